import type { LinkTarget } from '../../domain/deep-links';
import type { BellActivity } from './activity-feed';
import type { ReminderContent } from './content';
import { daysLeftText, longDate } from '../../domain/formatting/uk-dates';

/** What the bell says for a reminder and which page it opens: the same decision as the chat card, shorter. */
export interface BellMessage {
  readonly activity: BellActivity;
  readonly previewText: string;
  readonly target: LinkTarget | null;
}

/** Graph cuts the preview at 150 characters; a cut ends with an ellipsis rather than mid-word silently. */
export const PREVIEW_MAX = 150;

function preview(text: string): string {
  return text.length <= PREVIEW_MAX ? text : `${text.slice(0, PREVIEW_MAX - 1).trimEnd()}…`;
}

function standards(n: number): string {
  return `${n} ${n === 1 ? 'standard' : 'standards'}`;
}

/**
 * The bell for a reminder's content, or null for content that is not personal work (channel announcements, a
 * lead's hand-back note), which stays in chat. Assignments, deadlines, review invitations and due or overdue
 * actions ring the bell.
 */
export function bellFor(content: ReminderContent): BellMessage | null {
  switch (content.kind) {
    case 'digest': {
      const first = content.work[0];
      if (!first) return null;
      const many = content.work.length > 1;
      const assessment = many ? `${content.work.length} assessments` : first.subjectName;
      // One assessment opens it; several open My work, which lists them all.
      const target = many ? null : { assessmentId: first.assessmentId };
      if (content.deadline) {
        const when = daysLeftText(content.deadline.daysLeft);
        return {
          activity: { type: 'deadlineNear', parameters: { assessment: first.subjectName, when } },
          previewText: preview(
            `The self-assessment for ${first.subjectName} is due ${when} (${longDate(content.deadline.date)}); ` +
              `${first.rated} of ${first.total} standards are rated.`,
          ),
          target: { assessmentId: first.assessmentId },
        };
      }
      const count = content.work.reduce((sum, w) => sum + w.toRateCount, 0);
      return {
        activity: { type: 'workToRate', parameters: { count: standards(count), assessment } },
        previewText: preview(
          `${standards(count)} waiting for your rating; the nearest deadline is ${longDate(first.deadline)}.`,
        ),
        target,
      };
    }
    case 'review': {
      const first = content.reviews[0];
      if (!first) return null;
      const when = daysLeftText(first.daysLeft);
      const more = content.reviews.length > 1 ? ` and ${content.reviews.length - 1} more` : '';
      return {
        activity: { type: 'reviewDue', parameters: { assessment: first.subjectName, when } },
        previewText: preview(
          `Your peer review of ${first.subjectName} (${first.organisationName})${more} closes ${when}.`,
        ),
        target: { assessmentId: first.assessmentId, view: 'review' },
      };
    }
    case 'action': {
      const first = content.actions[0];
      if (!first) return null;
      const overdue = first.daysLeft < 0;
      const when = overdue ? `overdue since ${longDate(first.dueDate)}` : `due ${daysLeftText(first.daysLeft)}`;
      const more = content.actions.length > 1 ? ` (and ${content.actions.length - 1} more)` : '';
      return {
        activity: { type: 'actionDue', parameters: { action: first.title, when } },
        previewText: preview(`Improvement action for ${first.subjectName}${more}: ${first.title}.`),
        target: { assessmentId: first.assessmentId, view: 'actions', actionId: first.actionId },
      };
    }
    case 'review_team': {
      const host = content.role === 'service_lead' || content.role === 'organisational_lead';
      const at = content.visit.startTime ? ` at ${content.visit.startTime}` : '';
      const when = `${longDate(content.visit.date)}${at}`;
      return {
        activity: { type: 'reviewInvitation', parameters: { assessment: content.subjectName, when } },
        previewText: preview(
          host
            ? `Your review team of ${content.team.length} is set; the visit is on ${when}.`
            : `You are on the review team for ${content.subjectName} (${content.organisationName}); the visit is on ${when}.`,
        ),
        target: host ? { assessmentId: content.assessmentId } : { assessmentId: content.assessmentId, view: 'review' },
      };
    }
    // A staff questionnaire has no activity type in the manifest: the chat carries it, with its form.
    case 'staff_questionnaire':
    case 'not_mine':
    case 'library':
      return null;
  }
}
