import { RATINGS, type Rating } from '../../src/domain/assessment';
import { longDate } from '../../src/domain/formatting/uk-dates';
import { RATING_LABELS, reviewerRoleInSentence } from '../../src/domain/labels';
import type { StandardForReview } from '../../src/services/review/standard-for-review';
import { tabLink } from '../deep-links';
import { actionData, type ActionData } from './action-data';
import { commonData, type CardContext, type CommonCardData } from './card-context';
import { daysLeftText } from './format';
import type { Banner } from './rate-standard';
import { renderTemplate, type AdaptiveCardJson } from './render';
import template from './review-standard.json';
import { VERBS } from './verbs';

/** How much of the service's narrative the card quotes; the workspace shows it all (and keeps cards small). */
export const SELF_NARRATIVE_CHARS = 600;

export interface ReviewStandardCardData extends CommonCardData {
  readonly banner: Banner;
  readonly context: string;
  readonly heading: string;
  readonly text: string;
  readonly selfRating: string;
  readonly selfNarrative: string;
  readonly current: string;
  readonly canRate: boolean;
  readonly notRateable: string;
  readonly choices: readonly { readonly title: string; readonly value: Rating }[];
  readonly rating: string;
  readonly comment: string;
  readonly save: ActionData;
  readonly hasNext: boolean;
  readonly nextTitle: string;
  readonly next: ActionData;
  readonly openUrl: string;
}

/** What the reviewer typed, shown again when it could not be saved (so nothing they wrote is lost). */
export interface ReviewDraft {
  readonly rating: string;
  readonly comment: string;
}

export interface ReviewStandardInput {
  readonly view: StandardForReview;
  readonly banner?: Banner;
  readonly draft?: ReviewDraft;
}

export function shortened(text: string, limit: number): string {
  const trimmed = text.trim();
  return trimmed.length > limit ? `${trimmed.slice(0, limit).trimEnd()}...` : trimmed;
}

function selfRatingLine(view: StandardForReview): string {
  const { rating, naReason } = view.self;
  if (rating === null) return 'The service did not rate this standard.';
  const why = rating === 'not_applicable' && naReason.trim() !== '' ? ` Why: ${shortened(naReason, 300)}` : '';
  return `The service rated it ${RATING_LABELS[rating]}.${why}`;
}

function currentLine(view: StandardForReview): string {
  if (!view.mine) return '';
  const when = longDate(view.mine.updatedAt);
  const comment = view.mine.comment === '' ? 'no comment' : `comment: "${shortened(view.mine.comment, 300)}"`;
  return `Your rating: ${RATING_LABELS[view.mine.rating]} (saved ${when}), ${comment}.`;
}

/** One standard of a peer review to rate in chat: the service's rating and narrative, and the reviewer's own. */
export function reviewStandardCard(input: ReviewStandardInput, ctx: CardContext): AdaptiveCardJson {
  const { view } = input;
  const s = view.standard;
  const ids = { assessmentId: view.assessmentId, standardCode: s.code };
  const draft = input.draft ?? { rating: view.mine?.rating ?? '', comment: view.mine?.comment ?? '' };
  const next = view.stillToRate.find((code) => code !== s.code);
  const role = view.myRole ? ` · You are the ${reviewerRoleInSentence(view.myRole)}` : '';
  const data: ReviewStandardCardData = {
    ...commonData(ctx, `Review standard ${s.code}: ${s.title}`, 'review_standard', ids),
    banner: input.banner ?? { text: '', style: 'accent' },
    context:
      `${view.subjectName}, ${view.organisationName} · Theme ${s.themeCode}: ${view.themeTitle}${role} · ` +
      `review window closes ${daysLeftText(view.daysLeft)}`,
    heading: `${s.code} ${s.title}`,
    text: s.text,
    selfRating: selfRatingLine(view),
    selfNarrative: shortened(view.self.narrative, SELF_NARRATIVE_CHARS),
    current: currentLine(view),
    canRate: view.rate.allowed,
    notRateable: view.rate.allowed ? '' : view.rate.reason,
    choices: RATINGS.map((value) => ({ title: RATING_LABELS[value], value })),
    rating: draft.rating,
    comment: draft.comment,
    save: actionData(VERBS.reviewSave, { ...ids, version: view.version }),
    hasNext: next !== undefined,
    nextTitle: next === undefined ? '' : `Next: rate ${next}`,
    next: actionData(VERBS.reviewOpen, { assessmentId: view.assessmentId, ...(next ? { standardCode: next } : {}) }),
    openUrl: tabLink(ctx.links, { ...ids, view: 'review' }),
  };
  return renderTemplate(template, data);
}
