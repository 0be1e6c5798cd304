import { ASSESSMENT_STATE_LABELS, reviewerRoleInSentence } from '../../src/domain/labels';
import type { ReviewContent } from '../../src/services/reminders/content';
import { tabLink } from '../deep-links';
import { capped, type MoreInTheTab } from './capped-list';
import { commonData, firstName, type CardContext, type CommonCardData } from './card-context';
import { daysLeftText, formatDate, plural } from './format';
import { renderTemplate, type AdaptiveCardJson } from './render';
import template from './review-reminder.json';

export interface ReviewReminderCardData extends CommonCardData {
  readonly title: string;
  readonly intro: string;
  readonly reviews: readonly { readonly heading: string; readonly summary: string; readonly openUrl: string }[];
  readonly more: MoreInTheTab;
}

/** Peer reviews the person is on, with the window's end and a button to open each review. */
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
        `the review window closes on ${formatDate(r.windowEnd)} (${daysLeftText(r.daysLeft)}).`,
      openUrl: tabLink(ctx.links, { assessmentId: r.assessmentId, view: 'review' }),
    })),
  };
  return renderTemplate(template, data);
}
