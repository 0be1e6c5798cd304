import { RATINGS, type Rating } from '../../src/domain/assessment';
import { RATING_LABELS } from '../../src/domain/labels';
import { nextStandardToRate, standardForRating, type StandardForRating } from '../../src/services/assessment/my-work';
import { ConflictError } from '../../src/services/ports';
import { saveResponse } from '../../src/services/assessment/responses';
import { actionData } from '../cards/action-data';
import { messageCard } from '../cards/message';
import { rateStandardCard, type Banner, type RateDraft } from '../cards/rate-standard';
import type { AdaptiveCardJson } from '../cards/render';
import { VERBS } from '../cards/verbs';
import { NOTHING_SAVED, userMessage } from '../errors';
import type { ActionContext } from './action-context';

/** How much of the other person's text a conflict card quotes (the tab shows it all). */
const STALE_TEXT_CHARS = 1_500;

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

/** The standard after `ref` in this person's work (what follows a save). */
export async function nextAfter(ctx: ActionContext, ref: StandardRef, banner?: Banner): Promise<AdaptiveCardJson> {
  const next = await nextStandardToRate(ctx.ports, ctx.principal, ref);
  if (!next || (next.assessmentId === ref.assessmentId && next.standardCode === ref.standardCode)) {
    return allDone(banner?.text);
  }
  return openStandard(ctx, next, banner);
}

/** "Skip for now": the next standard; when the skipped one is the only one open, it is still to rate, not done. */
export async function skip(ctx: ActionContext, ref: StandardRef): Promise<AdaptiveCardJson> {
  const isSkipped = (s: StandardRef) => s.assessmentId === ref.assessmentId && s.standardCode === ref.standardCode;
  const next = await nextStandardToRate(ctx.ports, ctx.principal, ref);
  if (next && !isSkipped(next)) return openStandard(ctx, next);
  // Nothing after it: either nothing is open at all, or the skipped standard is the only one still open.
  const first = await nextStandardToRate(ctx.ports, ctx.principal);
  if (!first) return allDone();
  if (!isSkipped(first)) return openStandard(ctx, first);
  return messageCard({
    title: 'One standard left',
    text: `${ref.standardCode} is the only standard still waiting for you. Rate it whenever you are ready: type "next", or open it here.`,
    buttons: [{ title: `Rate ${ref.standardCode} now`, data: actionData(VERBS.rateOpen, ref) }],
  });
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
  // The boxes below hold what THIS person typed, so the other person's words must be shown here to be compared.
  const narrative = current.response.narrative.trim();
  const shown = narrative.length > STALE_TEXT_CHARS ? `${narrative.slice(0, STALE_TEXT_CHARS)}...` : narrative;
  const wrote = shown === '' ? `${who} wrote no text.` : `${who} wrote: "${shown}".`;
  const text =
    `${who} changed this standard while you were looking${theirs}. ${NOTHING_SAVED} ${wrote} ` +
    'Your rating and text are still below: check theirs, then save again if yours should replace it.';
  return card(ctx, current, { banner: { text, style: 'warning' }, draft });
}
