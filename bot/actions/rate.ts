import { RATINGS, type Rating } from '../../src/domain/assessment';
import { RATING_LABELS } from '../../src/domain/labels';
import { nextStandardToRate, standardForRating, type StandardForRating } from '../../src/services/my-work';
import { ConflictError } from '../../src/services/ports';
import { saveResponse } from '../../src/services/responses';
import { messageCard } from '../cards/message';
import { rateStandardCard, type Banner, type RateDraft } from '../cards/rate-standard';
import type { AdaptiveCardJson } from '../cards/render';
import { NOTHING_SAVED, userMessage } from '../errors';
import type { ActionContext } from './action-context';

export interface StandardRef {
  readonly assessmentId: string;
  readonly standardCode: string;
}

function card(
  ctx: ActionContext,
  view: StandardForRating,
  extra: { banner?: Banner; draft?: RateDraft } = {},
): AdaptiveCardJson {
  return rateStandardCard({ view, viewerId: ctx.principal.person.id, ...extra }, ctx.cards);
}

function allDone(banner?: string): AdaptiveCardJson {
  return messageCard({
    title: 'Nothing left for you to rate',
    text: `${banner ? `${banner} ` : ''}Every standard waiting for you is rated. Thank you! Type "progress" to see where things stand.`,
    style: 'good',
  });
}

/** A given standard, or (without one) the first standard waiting for this person. */
export async function openStandard(
  ctx: ActionContext,
  ref: Partial<StandardRef>,
  banner?: Banner,
): Promise<AdaptiveCardJson> {
  let target: StandardRef | null = null;
  if (ref.assessmentId && ref.standardCode) target = { assessmentId: ref.assessmentId, standardCode: ref.standardCode };
  else target = await nextStandardToRate(ctx.ports, ctx.principal);
  if (!target) return allDone(banner?.text);
  const view = await standardForRating(ctx.ports, ctx.principal, target.assessmentId, target.standardCode);
  return card(ctx, view, banner ? { banner } : {});
}

/** The standard after `ref` in this person's work ("Skip for now", and what follows a save). */
export async function nextAfter(ctx: ActionContext, ref: StandardRef, banner?: Banner): Promise<AdaptiveCardJson> {
  const next = await nextStandardToRate(ctx.ports, ctx.principal, ref);
  if (!next || (next.assessmentId === ref.assessmentId && next.standardCode === ref.standardCode)) {
    return allDone(banner?.text);
  }
  return openStandard(ctx, next, banner);
}

function isRating(value: string | undefined): value is Rating {
  return value !== undefined && (RATINGS as readonly string[]).includes(value);
}

/**
 * Saves a rating given in the card through the same use case as the tab, then answers with the next standard.
 * Whatever stops it (a rating off the scale, a closed window, a standard not theirs, someone else's newer rating)
 * comes back as the same card with what went wrong, what they typed kept, and nothing written.
 */
export async function saveRating(
  ctx: ActionContext,
  ref: StandardRef & { readonly version: number },
  inputs: { readonly rating?: string; readonly narrative?: string; readonly naReason?: string },
): Promise<AdaptiveCardJson> {
  const draft: RateDraft = {
    rating: inputs.rating ?? '',
    narrative: inputs.narrative ?? '',
    naReason: inputs.naReason ?? '',
  };
  const view = await standardForRating(ctx.ports, ctx.principal, ref.assessmentId, ref.standardCode);
  const refuse = (text: string, style: Banner['style'] = 'attention') =>
    card(ctx, view, { banner: { text: `${text} ${NOTHING_SAVED}`, style }, draft });
  if (!view.canRate) return refuse(view.notRateableBecause ?? 'You cannot rate this standard.');
  if (!isRating(inputs.rating)) {
    return refuse(`Choose one of: ${RATINGS.map((r) => RATING_LABELS[r]).join(', ')}.`);
  }
  try {
    await saveResponse(ctx.ports, ctx.principal, ref.assessmentId, ref.standardCode, {
      rating: inputs.rating,
      naReason: draft.naReason,
      narrative: draft.narrative,
      evidenceIds: view.response.evidenceIds,
      version: ref.version,
    });
  } catch (error) {
    if (error instanceof ConflictError) return stale(ctx, ref, draft);
    const message = userMessage(error);
    if (message === null) throw error;
    return refuse(message);
  }
  const saved = { text: `Saved ${ref.standardCode} as ${RATING_LABELS[inputs.rating]}.`, style: 'good' as const };
  return nextAfter(ctx, ref, saved);
}

/** Someone else changed the standard since the card was drawn: show theirs, keep ours as a draft, write nothing. */
async function stale(ctx: ActionContext, ref: StandardRef, draft: RateDraft): Promise<AdaptiveCardJson> {
  const current = await standardForRating(ctx.ports, ctx.principal, ref.assessmentId, ref.standardCode);
  const who = current.updatedByName ?? 'Someone else';
  const theirs = current.response.rating ? ` (now ${RATING_LABELS[current.response.rating]})` : '';
  const text =
    `${who} changed this standard while you were looking${theirs}. ${NOTHING_SAVED} ` +
    'Your rating and text are still below: check theirs, then save again if yours should replace it.';
  return card(ctx, current, { banner: { text, style: 'warning' }, draft });
}
