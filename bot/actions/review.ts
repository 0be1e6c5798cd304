import { RATINGS, type Rating } from '../../src/domain/assessment';
import { RATING_LABELS } from '../../src/domain/labels';
import { ConflictError } from '../../src/services/ports';
import { rateStandard } from '../../src/services/review/reviewing';
import { standardForReview, type StandardForReview } from '../../src/services/review/standard-for-review';
import { tabLink } from '../deep-links';
import { messageCard } from '../cards/message';
import type { Banner } from '../cards/rate-standard';
import type { AdaptiveCardJson } from '../cards/render';
import { reviewStandardCard, shortened, type ReviewDraft } from '../cards/review-standard';
import { NOTHING_SAVED, userMessage } from '../errors';
import type { ActionContext } from './action-context';

/** How much of the newer comment a conflict card quotes (the workspace shows it all). */
const NEWER_COMMENT_CHARS = 1_500;

export interface ReviewStandardRef {
  readonly assessmentId: string;
  readonly standardCode?: string;
}

function card(
  ctx: ActionContext,
  view: StandardForReview,
  extra: { banner?: Banner; draft?: ReviewDraft } = {},
): AdaptiveCardJson {
  return reviewStandardCard({ view, ...extra }, ctx.cards);
}

function allRated(ctx: ActionContext, assessmentId: string, banner?: string): AdaptiveCardJson {
  return messageCard({
    title: 'You have rated every standard',
    text: `${banner ? `${banner} ` : ''}Every standard of this review has your rating. You can still change one here or in the review workspace until the review window closes.`,
    style: 'good',
    links: [{ title: 'Open the review workspace', url: tabLink(ctx.cards.links, { assessmentId, view: 'review' }) }],
  });
}

/** A standard of a review, or (without one) the first standard this reviewer has still to rate. */
export async function openReviewStandard(
  ctx: ActionContext,
  ref: ReviewStandardRef,
  banner?: Banner,
): Promise<AdaptiveCardJson> {
  const view = await standardForReview(ctx.ports, ctx.principal, ref.assessmentId, ref.standardCode);
  if (!view) return allRated(ctx, ref.assessmentId, banner?.text);
  return card(ctx, view, banner ? { banner } : {});
}

function isRating(value: string | undefined): value is Rating {
  return value !== undefined && (RATINGS as readonly string[]).includes(value);
}

/**
 * Saves a reviewer's rating and comment through the same use case as the review workspace, then shows the standard
 * again with what was saved. Whatever stops it (not on the team, outside the review window, a rating off the scale,
 * a newer rating saved elsewhere) comes back as the same card saying what went wrong, what they typed kept, and
 * nothing written.
 */
export async function saveReview(
  ctx: ActionContext,
  ref: Required<ReviewStandardRef> & { readonly version: number },
  inputs: { readonly rating?: string; readonly comment?: string },
): Promise<AdaptiveCardJson> {
  const draft: ReviewDraft = { rating: inputs.rating ?? '', comment: inputs.comment ?? '' };
  const view = await standardForReview(ctx.ports, ctx.principal, ref.assessmentId, ref.standardCode);
  if (!view) return allRated(ctx, ref.assessmentId);
  const refuse = (text: string) =>
    card(ctx, view, { banner: { text: `${text} ${NOTHING_SAVED}`, style: 'attention' }, draft });
  if (!view.rate.allowed) return refuse(view.rate.reason);
  if (!isRating(inputs.rating)) return refuse(`Choose one of: ${RATINGS.map((r) => RATING_LABELS[r]).join(', ')}.`);
  try {
    await rateStandard(ctx.ports, ctx.principal, ref.assessmentId, ref.standardCode, {
      rating: inputs.rating,
      comment: draft.comment,
      version: ref.version,
    });
  } catch (error) {
    if (error instanceof ConflictError) return newer(ctx, ref, draft);
    const message = userMessage(error);
    if (message === null) throw error;
    return refuse(message);
  }
  const saved = await standardForReview(ctx.ports, ctx.principal, ref.assessmentId, ref.standardCode);
  if (!saved) return allRated(ctx, ref.assessmentId);
  const text = `Saved your rating of ${ref.standardCode}: ${RATING_LABELS[inputs.rating]}.`;
  return card(ctx, saved, { banner: { text, style: 'good' } });
}

/**
 * The rating was saved elsewhere (the workspace, another copy of this card) since this card was drawn: show the
 * newer one, keep what was typed here as a draft, write nothing. Saving again then replaces it on purpose.
 */
async function newer(
  ctx: ActionContext,
  ref: Required<ReviewStandardRef>,
  draft: ReviewDraft,
): Promise<AdaptiveCardJson> {
  const current = await standardForReview(ctx.ports, ctx.principal, ref.assessmentId, ref.standardCode);
  if (!current) return allRated(ctx, ref.assessmentId);
  const mine = current.mine;
  const what = mine
    ? `It is now ${RATING_LABELS[mine.rating]}, ${mine.comment.trim() === '' ? 'with no comment' : `with the comment "${shortened(mine.comment, NEWER_COMMENT_CHARS)}"`}.`
    : 'It has since been removed.';
  const text =
    `Your rating of ${ref.standardCode} was changed elsewhere (in the review workspace or another copy of this card) ` +
    `while this card was open. ${NOTHING_SAVED} ${what} What you typed here is still below: save again if it should replace it.`;
  return card(ctx, current, { banner: { text, style: 'warning' }, draft });
}
