import { weekdayDate } from '../../src/domain/formatting/uk-dates';
import { reviewerRoleInSentence, ROLE_LABELS } from '../../src/domain/labels';
import type { VisitFormat } from '../../src/domain/review';
import type { VisitDetails } from '../../src/domain/visit-details';
import type { ReviewTeamContent, VisitRole } from '../../src/services/reminders/content';
import { tabLink } from '../deep-links';
import { firstName, type CardContext } from './card-context';
import { renderTemplate, type AdaptiveCardJson } from './render';
import template from './review-team.json';

/** Names the card lists before saying how many more there are (a team is rarely larger). */
export const TEAM_NAMES_SHOWN = 8;

const FORMAT_LABELS: Readonly<Record<VisitFormat, string>> = {
  in_person: 'In person, at the service',
  online: 'Online, in Microsoft Teams',
};

export interface ReviewTeamCardData {
  readonly fallbackText: string;
  readonly title: string;
  readonly intro: string;
  readonly facts: readonly { readonly title: string; readonly value: string }[];
  readonly next: string;
  readonly joinUrl: string;
  readonly openTitle: string;
  readonly openUrl: string;
}

function isHost(role: VisitRole): role is 'service_lead' | 'organisational_lead' {
  return role === 'service_lead' || role === 'organisational_lead';
}

/** "Monday 25 January 2027 at 10:00 (UK time)": the visit as people say it. */
export function visitWhen(visit: VisitDetails): string {
  const day = weekdayDate(visit.date);
  return visit.startTime === null ? `${day} (time to be confirmed)` : `${day} at ${visit.startTime} (UK time)`;
}

function teamLine(team: ReviewTeamContent['team']): string {
  const shown = team.slice(0, TEAM_NAMES_SHOWN).map((m) => `${m.name} (${reviewerRoleInSentence(m.role)})`);
  const more = team.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/**
 * A review team was saved (or its visit changed): a member hears their role, who else is on the team and when and
 * how the visit happens; the lead of the service visited hears the same as an invitation to host it.
 */
export function reviewTeamCard(content: ReviewTeamContent, ctx: CardContext): AdaptiveCardJson {
  const host = isHost(content.role);
  const service = `${content.subjectName}, ${content.organisationName}`;
  const title = host
    ? `Peer review visit to ${content.subjectName}`
    : `You are on the review team for ${content.subjectName}`;
  const when = visitWhen(content.visit);
  const intro = host
    ? `Hello ${firstName(content.personName)}, the peer review team will visit ${service} for ${content.cycleName}. As the ${ROLE_LABELS[content.role].toLowerCase()}, please host the visit.`
    : `Hello ${firstName(content.personName)}, you are the ${reviewerRoleInSentence(content.role)} for the peer review of ${service} (${content.cycleName}).`;
  const meeting =
    content.visit.joinUrl === null
      ? []
      : [{ title: 'Teams meeting', value: 'Use "Join the Teams meeting" below on the day.' }];
  const data: ReviewTeamCardData = {
    fallbackText: `${title}: ${when}`,
    title,
    intro,
    facts: [
      { title: 'Service', value: content.subjectName },
      { title: 'Trust', value: content.organisationName },
      { title: 'Your role', value: ROLE_LABELS[content.role] },
      { title: 'Visit', value: when },
      { title: 'Format', value: FORMAT_LABELS[content.visit.format] },
      ...meeting,
      { title: 'Review team', value: teamLine(content.team) },
    ],
    next: host
      ? 'Make sure the self-assessment and its evidence are complete: the team reads them before the visit.'
      : 'Read the self-assessment and its evidence in the review workspace before the visit.',
    joinUrl: content.visit.joinUrl ?? '',
    openTitle: host ? 'Open the self-assessment' : 'Open the review workspace',
    openUrl: tabLink(
      ctx.links,
      host ? { assessmentId: content.assessmentId } : { assessmentId: content.assessmentId, view: 'review' },
    ),
  };
  return renderTemplate(template, data);
}
