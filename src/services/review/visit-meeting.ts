import { DomainError } from '../../domain/errors';
import { validateJoinUrl, visitTimes, type VisitDay, type VisitMeeting } from '../../domain/visit-day';
import { authorize, type Principal } from '../access-policy';
import { commitContext, putChange, type Ports } from '../context';
import type { MeetingRequest } from '../ports';
import { notLeadBecause } from './review-context';
import { agendaPerson, isNetworkAdmin, loadVisit, subjectLeads, subjectNames, type LoadedVisit } from './visit-context';
import { planRemindersAgain } from '../reminders/day-plan';

/** Why the person cannot schedule the visit; null when they are the lead reviewer or a network admin. */
export function notSchedulerBecause(principal: Principal, visit: LoadedVisit): string | null {
  if (isNetworkAdmin(principal)) return null;
  return notLeadBecause(visit, 'schedule the visit');
}

async function loadForScheduling(ports: Ports, principal: Principal, assessmentId: string): Promise<LoadedVisit> {
  const visit = await loadVisit(ports, principal, assessmentId);
  authorize(principal, 'visit.schedule', visit.resource);
  const reason = notSchedulerBecause(principal, visit);
  if (reason !== null) throw new DomainError('not_lead_reviewer', reason, 'team');
  return visit;
}

/**
 * Puts the visit in the caller's Teams calendar through Microsoft Graph, on their behalf, inviting the team and
 * the service's leads; scheduling again changes the same event. The visit day is written only once Graph has
 * answered, so a failure leaves the review exactly as it was.
 */
export async function scheduleVisitMeeting(
  ports: Ports,
  principal: Principal,
  userToken: string,
  assessmentId: string,
): Promise<VisitDay> {
  const visit = await loadForScheduling(ports, principal, assessmentId);
  if (!ports.meetings) {
    throw new DomainError(
      'meetings_need_microsoft_365',
      'Scheduling the visit in Teams needs this app connected to Microsoft 365, and this copy is not. ' +
        'Make the meeting in Teams yourself, choose "Copy join link" and paste the link here instead.',
      'joinUrl',
    );
  }
  const teamVisit = visit.team?.visit;
  if (!visit.team || !teamVisit) {
    throw new DomainError(
      'no_visit_date',
      'The review team has no visit date yet. Set the date with the team first, then schedule the meeting.',
      'visit',
    );
  }
  const [leads, names] = await Promise.all([subjectLeads(ports, visit), subjectNames(ports, visit)]);
  const members = await ports.store.getMany(
    'person',
    visit.team.members.map((m) => m.personId),
  );
  const invitees = [...members, ...leads]
    .filter((p) => p.id !== principal.person.id && p.email.trim() !== '')
    .map(agendaPerson);
  const unique = [...new Map(invitees.map((p) => [p.email.toLowerCase(), p])).values()];
  const times = visitTimes(teamVisit);
  const request: MeetingRequest = {
    subject: `Peer review visit: ${names.serviceName}`,
    body:
      `The Mind & Body network's peer review visit to ${names.serviceName} (${names.organisationName}). ` +
      'The agenda is on the visit page of the review in the Mind & Body app.',
    start: times.start,
    end: times.end,
    timeZone: 'Europe/London',
    attendees: unique.map((p) => ({ name: p.name, email: p.email })),
    transactionId: `mbqin-${visit.day.id}-v${visit.day.version}`,
  };
  const previous = visit.day.meeting?.source === 'scheduled' ? visit.day.meeting.eventId : null;
  const scheduled = await ports.meetings.schedule(userToken, request, previous);
  const meeting: VisitMeeting = {
    source: 'scheduled',
    eventId: scheduled.eventId,
    joinUrl: scheduled.joinUrl,
    start: times.start,
    end: times.end,
    invited: request.attendees.map((a) => a.email),
    by: principal.person.id,
    at: ports.clock.now().toISOString(),
  };
  return keepMeeting(ports, principal, visit, meeting, visit.day.version);
}

/** Keeps the join link of a meeting the lead made in Teams themselves (no Microsoft 365 connection here). */
export async function linkVisitMeeting(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  input: { joinUrl: string; version: number },
): Promise<VisitDay> {
  const visit = await loadForScheduling(ports, principal, assessmentId);
  const joinUrl = validateJoinUrl(input.joinUrl);
  const meeting: VisitMeeting = {
    source: 'linked',
    joinUrl,
    by: principal.person.id,
    at: ports.clock.now().toISOString(),
  };
  return keepMeeting(ports, principal, visit, meeting, input.version);
}

/**
 * Writes the meeting on the visit day and its join link on the review team in one commit: the team is what the
 * reminder run reads to announce the visit to each member, so the link reaches their chat without another read.
 */
async function keepMeeting(
  ports: Ports,
  principal: Principal,
  visit: LoadedVisit,
  meeting: VisitMeeting,
  dayVersion: number,
): Promise<VisitDay> {
  const changes = [
    putChange('visitDay', { ...visit.day, meeting }, dayVersion),
    ...(visit.team
      ? [putChange('reviewTeam', { ...visit.team, meeting: { joinUrl: meeting.joinUrl } }, visit.team.version)]
      : []),
  ];
  const [day] = await ports.store.commit(commitContext(ports, principal), changes);
  // The join link goes to the team with the visit's announcement: today, not only from tomorrow's plan.
  if (visit.team) await planRemindersAgain(ports);
  return day as VisitDay;
}
