import { percentText } from '../../src/domain/formatting/percent';
import type { AssessmentWork, DigestContent } from '../../src/services/reminders/content';
import { tabLink } from '../deep-links';
import { actionData, type ActionData } from './action-data';
import { capped, type MoreInTheTab } from './capped-list';
import { commonData, firstName, type CardContext, type CommonCardData } from './card-context';
import template from './digest.json';
import { daysLeftText, formatDate, plural } from './format';
import { renderTemplate, type AdaptiveCardJson } from './render';
import { VERBS } from './verbs';

export interface DigestAssessmentData {
  readonly heading: string;
  readonly summary: string;
  readonly themes: readonly { readonly label: string; readonly value: string }[];
  readonly itemsHeading: string;
  readonly items: readonly { readonly label: string }[];
  readonly more: string;
  readonly readyToSubmit: boolean;
  readonly readyText: string;
  readonly hasNext: boolean;
  readonly rateNext: ActionData;
  readonly openUrl: string;
}

export interface DigestCardData extends CommonCardData {
  readonly title: string;
  readonly intro: string;
  readonly deadlineBanner: string;
  readonly assessments: readonly DigestAssessmentData[];
  readonly more: MoreInTheTab;
}

function assessmentData(work: AssessmentWork, ctx: CardContext): DigestAssessmentData {
  const first = work.toRate[0];
  const shown = work.toRate.length;
  return {
    heading: `${work.subjectName} (${work.cycleName})`,
    summary:
      `${work.rated} of ${plural(work.total, 'standard')} rated. ` +
      `Self-assessment closes on ${formatDate(work.deadline)} (${daysLeftText(work.daysLeft)}).`,
    themes: work.themes.map((t) => ({
      label: `${t.themeCode}. ${t.title}`,
      value: `${t.rated} of ${t.total} (${percentText(t.percent)})`,
    })),
    itemsHeading:
      work.role === 'lead'
        ? `For you to rate or assign (${work.toRateCount}):`
        : `Assigned to you and not yet rated (${work.toRateCount}):`,
    items: work.toRate.map((s) => ({ label: `${s.standardCode} ${s.title}` })),
    more: work.toRateCount > shown ? `and ${work.toRateCount - shown} more` : '',
    readyToSubmit: work.readyToSubmit,
    readyText: 'Every standard is rated: read it through and submit it in the tab.',
    hasNext: first !== undefined,
    rateNext: actionData(
      VERBS.rateOpen,
      first ? { assessmentId: first.assessmentId, standardCode: first.standardCode } : {},
    ),
    openUrl: tabLink(ctx.links, { assessmentId: work.assessmentId }),
  };
}

/** The periodic digest (and the 14/7/2-day deadline reminder, which is a digest with a banner). */
export function digestCard(content: DigestContent, ctx: CardContext): AdaptiveCardJson {
  const todo = content.work.reduce((n, w) => n + w.toRateCount, 0);
  const list = capped(content.work, ctx.links, (n) => (n === 1 ? 'assessment' : 'assessments'));
  const deadline = content.deadline;
  const title = deadline
    ? `Self-assessment closes ${daysLeftText(deadline.daysLeft)}`
    : content.period.includes('W')
      ? 'Your self-assessment this week'
      : 'Your self-assessment today';
  const data: DigestCardData = {
    ...commonData(ctx, `${title}: ${plural(todo, 'standard')} to rate.`, 'digest'),
    title,
    intro: `Hello ${firstName(content.personName)}, here is where things stand and what is waiting for you.`,
    deadlineBanner: deadline
      ? `The self-assessment must be submitted by ${formatDate(deadline.date)}. ${plural(todo, 'standard')} still to rate.`
      : '',
    assessments: list.shown.map((w) => assessmentData(w, ctx)),
    more: list.more,
  };
  return renderTemplate(template, data);
}
