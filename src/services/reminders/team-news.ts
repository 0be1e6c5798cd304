import { REVIEWER_ROLES, type ReviewTeam } from '../../domain/review';
import { visitDetailsOf, type VisitDetails } from '../../domain/visit-details';
import type { ReviewTeamContent, VisitRole } from './content';
import type { AssessmentView, ReminderSnapshot } from './snapshot';

/** One person's announcement of a saved review team, with the period that makes its dedupe key. */
export interface TeamNews {
  readonly period: string;
  readonly content: ReviewTeamContent;
}

/** Teams change until the review is agreed: after that there is nothing new to announce. */
const ANNOUNCED_STATES: ReadonlySet<string> = new Set([
  'not_started',
  'in_progress',
  'submitted',
  'under_review',
  'returned',
]);

/**
 * A short, stable fingerprint of a join link (FNV-1a, 32 bits): a new meeting link makes a new key, while the key
 * stays short enough for a SharePoint text column.
 */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The period part of an announcement's dedupe key: the assessment, the person's part and every visit detail they
 * are told. A change to any of them (a new date, time, format or meeting) is a new key, so it is sent once more;
 * anything else (a restart, a second run) finds the key already written and sends nothing.
 */
export function teamNewsPeriod(assessmentId: string, role: VisitRole, visit: VisitDetails): string {
  const link = visit.joinUrl === null ? 'no-meeting' : `meeting-${fingerprint(visit.joinUrl)}`;
  return `${assessmentId}:${role}:${visit.date}:${visit.startTime ?? 'no-time'}:${visit.format}:${link}`;
}

/** Who leads each subject: service leads by service id, organisational leads by organisation id. */
function leadsBySubject(snapshot: ReminderSnapshot): Map<string, { personId: string; role: VisitRole }[]> {
  const out = new Map<string, { personId: string; role: VisitRole }[]>();
  const add = (subjectId: string, lead: { personId: string; role: VisitRole }) =>
    out.set(subjectId, [...(out.get(subjectId) ?? []), lead]);
  for (const roles of snapshot.rolesByPerson.values()) {
    for (const r of roles) {
      if (r.role === 'service_lead' && r.scope.kind === 'service') {
        add(r.scope.serviceId, { personId: r.personId, role: 'service_lead' });
      }
      if (r.role === 'organisational_lead' && r.scope.kind === 'organisation') {
        add(r.scope.organisationId, { personId: r.personId, role: 'organisational_lead' });
      }
    }
  }
  return out;
}

function hostsOf(view: AssessmentView, leads: Map<string, { personId: string; role: VisitRole }[]>) {
  const subject = view.assessment.subject;
  return subject.kind === 'service'
    ? (leads.get(subject.serviceId) ?? []).filter((l) => l.role === 'service_lead')
    : (leads.get(subject.organisationId) ?? []).filter((l) => l.role === 'organisational_lead');
}

function teamList(team: ReviewTeam, snapshot: ReminderSnapshot): ReviewTeamContent['team'] {
  return [...team.members]
    .sort((a, b) => REVIEWER_ROLES.indexOf(a.role) - REVIEWER_ROLES.indexOf(b.role))
    .map((m) => ({
      name: snapshot.people.get(m.personId)?.displayName ?? snapshot.names?.get(m.personId) ?? m.personId,
      role: m.role,
    }));
}

/**
 * The announcements due from the saved review teams: each member, and the lead of the service (or organisation)
 * visited, hears of the team and the visit while the team can still change and the visit is today or later.
 */
export function teamNewsByPerson(snapshot: ReminderSnapshot): Map<string, TeamNews[]> {
  const out = new Map<string, TeamNews[]>();
  const leads = leadsBySubject(snapshot);
  for (const view of snapshot.assessments.values()) {
    const team = view.team;
    if (!team || !ANNOUNCED_STATES.has(view.assessment.state) || team.visit.date < snapshot.today) continue;
    const visit = visitDetailsOf(team);
    const members = teamList(team, snapshot);
    const recipients = [...team.members, ...hostsOf(view, leads)];
    for (const { personId, role } of recipients) {
      const person = snapshot.people.get(personId);
      if (!person) continue;
      const news: TeamNews = {
        period: teamNewsPeriod(view.assessment.id, role, visit),
        content: {
          kind: 'review_team',
          personName: person.displayName,
          role,
          assessmentId: view.assessment.id,
          subjectName: view.subjectName,
          organisationName: view.organisationName,
          cycleName: view.cycle.name,
          visit,
          team: members,
        },
      };
      out.set(personId, [...(out.get(personId) ?? []), news]);
    }
  }
  return out;
}
