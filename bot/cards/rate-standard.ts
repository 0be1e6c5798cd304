import { RATINGS, type Rating } from '../../src/domain/assessment';
import { longDate } from '../../src/domain/formatting/uk-dates';
import { RATING_LABELS } from '../../src/domain/labels';
import type { StandardForRating } from '../../src/services/assessment/my-work';
import { tabLink } from '../deep-links';
import { actionData, type ActionData } from './action-data';
import { commonData, type CardContext, type CommonCardData } from './card-context';
import { daysLeftText } from './format';
import template from './rate-standard.json';
import { renderTemplate, type AdaptiveCardJson } from './render';
import { VERBS } from './verbs';

export type BannerStyle = 'good' | 'attention' | 'warning' | 'accent';

export interface Banner {
  readonly text: string;
  readonly style: BannerStyle;
}

export interface RateStandardCardData extends CommonCardData {
  readonly banner: Banner;
  readonly context: string;
  readonly heading: string;
  readonly text: string;
  readonly guidance: string;
  readonly evidence: string;
  readonly current: string;
  readonly canRate: boolean;
  readonly notRateable: string;
  readonly choices: readonly { readonly title: string; readonly value: Rating }[];
  readonly rating: string;
  readonly narrative: string;
  readonly naReason: string;
  readonly save: ActionData;
  readonly hasSkip: boolean;
  readonly skip: ActionData;
  readonly showNotMine: boolean;
  readonly notMine: ActionData;
  readonly openUrl: string;
}

/** What the person typed, shown again when it could not be saved (so nothing they wrote is lost). */
export interface RateDraft {
  readonly rating: string;
  readonly narrative: string;
  readonly naReason: string;
}

export interface RateStandardInput {
  readonly view: StandardForRating;
  readonly viewerId: string;
  readonly banner?: Banner;
  readonly draft?: RateDraft;
  /** Offer "Skip for now" (there is another standard to go to). */
  readonly canSkip?: boolean;
}

function currentLine(view: StandardForRating): string {
  const r = view.response;
  if (r.rating === null) return '';
  const by = view.updatedByName ? ` by ${view.updatedByName}` : '';
  const when = r.updatedAt ? ` on ${longDate(r.updatedAt)}` : '';
  return `Currently rated ${RATING_LABELS[r.rating]}${by}${when}.`;
}

/** One standard to rate in chat: its text and guidance, a rating choice and a narrative box. */
export function rateStandardCard(input: RateStandardInput, ctx: CardContext): AdaptiveCardJson {
  const { view } = input;
  const s = view.standard;
  const ids = { assessmentId: view.assessmentId, standardCode: s.code };
  const r = view.response;
  const draft = input.draft ?? { rating: r.rating ?? '', narrative: r.narrative, naReason: r.naReason };
  const data: RateStandardCardData = {
    ...commonData(ctx, `Standard ${s.code}: ${s.title}`, 'rate', ids),
    banner: input.banner ?? { text: '', style: 'accent' },
    context:
      `${view.subjectName} · Theme ${s.themeCode}: ${view.themeTitle} · ${view.cycleName}` +
      (view.phase === 'self_assessment' ? ` · closes ${daysLeftText(view.daysLeft)}` : ''),
    heading: `${s.code} ${s.title}`,
    text: s.text,
    guidance: s.guidance,
    evidence: s.evidenceExamples.length > 0 ? `Evidence could be: ${s.evidenceExamples.join('; ')}.` : '',
    current: currentLine(view),
    canRate: view.canRate,
    notRateable: view.notRateableBecause ?? '',
    choices: RATINGS.map((value) => ({ title: RATING_LABELS[value], value })),
    rating: draft.rating,
    narrative: draft.narrative,
    naReason: draft.naReason,
    save: actionData(VERBS.rateSave, { ...ids, version: r.version }),
    hasSkip: input.canSkip ?? true,
    skip: actionData(VERBS.rateSkip, ids),
    showNotMine: r.assigneeId === input.viewerId,
    notMine: actionData(VERBS.notMine, ids),
    openUrl: tabLink(ctx.links, ids),
  };
  return renderTemplate(template, data);
}
