import type { AssessmentState } from '../../domain/assessment';
import type { ReviewVisit } from '../../domain/review';
import type { VisitAgenda } from '../../domain/visit-agenda';
import { visitTimes, type VisitMeeting } from '../../domain/visit-day';
import { authorize, type Principal } from '../access-policy';
import type { Ports } from '../context';
import { loadFramework } from '../network/frameworks';
import { permission, type Permissions } from '../permission';
import { notLeadBecause, notMemberBecause } from './review-context';
import { agendaOf } from './visit-agenda';
import { loadVisit } from './visit-context';
import { feedbackDraftOf, type FeedbackSections } from './visit-feedback';
import { notSchedulerBecause } from './visit-meeting';

export interface VisitNoteView {
  readonly personId: string;
  readonly name: string;
  readonly text: string;
  readonly version: number;
  readonly updatedAt: string;
}

export interface ThemeNotesView {
  readonly themeCode: string;
  readonly title: string;
  /** The signed-in member's own note (version 0 and empty before they write one). */
  readonly mine: { readonly text: string; readonly version: number };
  /** What the rest of the team wrote about the theme. */
  readonly others: readonly VisitNoteView[];
}

export interface VisitFeedbackView {
  readonly sections: FeedbackSections;
  /** True while nothing was saved: the sections are the first draft from findings and notes. */
  readonly generated: boolean;
  readonly sharedAt: string | null;
}

/** What a person may do on the visit page. */
export type VisitAct = 'schedule' | 'write_notes' | 'edit_feedback';

export interface VisitView {
  readonly assessmentId: string;
  readonly serviceName: string;
  readonly state: AssessmentState;
  readonly visit: (ReviewVisit & { readonly start: string; readonly end: string }) | null;
  readonly agenda: VisitAgenda;
  readonly meeting: VisitMeeting | null;
  /** Whether the app can put the meeting in Teams itself (Microsoft 365 connected); otherwise a pasted link. */
  readonly teamsScheduling: boolean;
  /** The visit day's version, sent back with a pasted link or a feedback edit. */
  readonly version: number;
  /** Notes are the team's own: null for anyone who is not on the team. */
  readonly notes: readonly ThemeNotesView[] | null;
  /** The preliminary feedback: for the team (the service reads it once shared, elsewhere). */
  readonly feedback: VisitFeedbackView | null;
  readonly allowed: Permissions<VisitAct>;
}

/** The visit page: agenda, meeting, the team's notes and the preliminary feedback, with what the person may do. */
export async function getVisitView(ports: Ports, principal: Principal, assessmentId: string): Promise<VisitView> {
  const visit = await loadVisit(ports, principal, assessmentId);
  authorize(principal, 'review.read', visit.resource);
  const onTeam = visit.memberRole !== null;
  const [agenda, framework, notes, organisationOrService] = await Promise.all([
    agendaOf(ports, visit),
    loadFramework(ports, visit.assessment.frameworkVersionId),
    onTeam ? ports.store.query('visitNote', { assessmentId }) : Promise.resolve([]),
    visit.assessment.subject.kind === 'service'
      ? ports.store.get('service', visit.assessment.subject.serviceId)
      : ports.store.get('organisation', visit.assessment.subject.organisationId),
  ]);
  const authors = await ports.store.getMany('person', [...new Set(notes.map((n) => n.personId))]);
  const nameOf = new Map(authors.map((p) => [p.id, p.displayName]));
  const me = principal.person.id;
  const themeNotes = onTeam
    ? agenda.themes.map((t): ThemeNotesView => {
        const own = notes.find((n) => n.themeCode === t.code && n.personId === me);
        return {
          themeCode: t.code,
          title: framework.themes.find((f) => f.code === t.code)?.title ?? t.title,
          mine: { text: own?.text ?? '', version: own?.version ?? 0 },
          others: notes
            .filter((n) => n.themeCode === t.code && n.personId !== me && n.text.trim() !== '')
            .map((n) => ({
              personId: n.personId,
              name: nameOf.get(n.personId) ?? n.personId,
              text: n.text,
              version: n.version,
              updatedAt: n.updatedAt,
            })),
        };
      })
    : null;
  const teamVisit = visit.team?.visit ?? null;
  const times = teamVisit ? visitTimes(teamVisit) : null;
  return {
    assessmentId,
    serviceName: organisationOrService?.name ?? assessmentId,
    state: visit.assessment.state,
    visit: teamVisit && times ? { ...teamVisit, startTime: times.startTime, start: times.start, end: times.end } : null,
    agenda,
    meeting: visit.day.meeting,
    teamsScheduling: ports.meetings !== undefined,
    version: visit.day.version,
    notes: themeNotes,
    feedback: onTeam
      ? {
          sections: await feedbackDraftOf(ports, visit),
          generated: visit.day.feedback === null,
          sharedAt: visit.day.feedback?.sharedAt ?? null,
        }
      : null,
    allowed: {
      schedule: permission(principal, 'visit.schedule', visit.resource, notSchedulerBecause(principal, visit)),
      write_notes: permission(
        principal,
        'review.rate',
        visit.resource,
        notMemberBecause(visit, 'write notes for this visit'),
      ),
      edit_feedback: permission(
        principal,
        'review.agree',
        visit.resource,
        notLeadBecause(visit, 'edit or share the preliminary feedback'),
      ),
    },
  };
}
