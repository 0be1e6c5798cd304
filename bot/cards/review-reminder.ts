import { ASSESSMENT_STATE_LABELS, reviewerRoleInSentence } from '../../src/domain/labels';
import type { ReviewContent } from '../../src/services/reminders/content';
import { tabLink } from '../deep-links';
import { actionData, type ActionData } from './action-data';
import { capped, type MoreInTheTab } from './capped-list';
import { commonData, firstName, type CardContext, type CommonCardData } from './card-context';
import { daysLeftText, formatDate, plural } from './format';
import { renderTemplate, type AdaptiveCardJson } from './render';
import template from './review-reminder.json';
import { VERBS } from './verbs';

export interface ReviewReminderCardData extends CommonCardData {
  readonly title: string;
  readonly intro: string;
  readonly reviews: readonly {
    readonly heading: string;
    readonly summary: string;
    readonly openUrl: string;
    /** Offered once the review is under way and the reviewer has a standard still to rate. */
    readonly canRateInChat: boolean;
    readonly rateInChat: ActionData;
  }[];
  readonly more: MoreInTheTab;
}

/**
 * Peer reviews the person is on, with the window's end, a button to open each review's workspace (at the first
 * standard they have still to rate) and one to rate that standard here in chat.
 */
export function reviewReminderCard(content: ReviewContent, ctx: CardContext): AdaptiveCardJson {
  const title = `${plural(content.reviews.length, 'peer review')} to complete`;
  const list = capped(content.reviews, ctx.links, (n) => (n === 1 ? 'review' : 'reviews'));
  const data: ReviewReminderCardData = {
    ...commonData(ctx, title, 'review'),
    title,
    intro: `Hello ${firstName(content.personName)}, you are on these review teams. Read the self-assessment and evidence before the visit.`,
    more: list.more,
    reviews: list.shown.map((r) => ({
      heading: `${r.subjectName}, ${r.organisationName} (${r.cycleName})`,
      summary:
        `You are the ${reviewerRoleInSentence(r.role)}. The assessment is ${ASSESSMENT_STATE_LABELS[r.state].toLowerCase()}; ` +
        `the review window closes on ${formatDate(r.windowEnd)} (${daysLeftText(r.daysLeft)}).` +
        (r.firstToRate === undefined ? '' : ` Your next standard to rate is ${r.firstToRate}.`),
      openUrl: tabLink(ctx.links, {
        assessmentId: r.assessmentId,
        view: 'review',
        ...(r.firstToRate === undefined ? {} : { standardCode: r.firstToRate }),
      }),
      canRateInChat: r.firstToRate !== undefined,
      rateInChat: actionData(VERBS.reviewOpen, {
        assessmentId: r.assessmentId,
        ...(r.firstToRate === undefined ? {} : { standardCode: r.firstToRate }),
      }),
    })),
  };
  return renderTemplate(template, data);
}
