import type { Route } from '../../app/routes';
import type { ActionDue, AssessmentDetail, AssessmentSummary, Cycle, MeResponse } from '../../api/types';

export type { ActionDue };
import { organisationsLed, reviewAssignments, servicesLed } from '../../app/roles';
import { ASSESSMENT_STATE_LABELS, ROLE_LABELS } from '../../../../src/domain/labels';

export interface WorkItem {
  readonly id: string;
  readonly kind: 'self_assessment' | 'assigned_standards' | 'review' | 'review_upcoming' | 'action';
  readonly title: string;
  readonly detail: string;
  /** YYYY-MM-DD, or null when there is no deadline yet. */
  readonly dueDate: string | null;
  readonly route: Route | null;
  readonly progress?: { readonly done: number; readonly total: number };
}

export interface MyWorkInput {
  readonly me: MeResponse;
  readonly assessments: readonly AssessmentSummary[];
  /** Full assessments (with responses) where standards may be assigned to the person. */
  readonly details: ReadonlyMap<string, AssessmentDetail>;
  readonly cycles: readonly Cycle[];
  readonly today: string;
  /** Improvement actions the person owns that are due soon or overdue (from GET /me/work). */
  readonly actions?: readonly ActionDue[];
}

const OPEN_FOR_RATING = new Set(['not_started', 'in_progress', 'returned']);

/** Whose self-assessment this person leads (by their service or organisation role, not admin rights). */
export function ledByMe(me: MeResponse, summary: AssessmentSummary): boolean {
  const subject = summary.assessment.subject;
  if (subject.kind === 'organisation') return organisationsLed(me).includes(subject.organisationId);
  return servicesLed(me).includes(subject.serviceId);
}

/** The assessments worth loading in full to find standards assigned to the person. */
export function assessmentsToInspect(assessments: readonly AssessmentSummary[]): AssessmentSummary[] {
  return assessments.filter((s) => OPEN_FOR_RATING.has(s.assessment.state)).slice(0, 20);
}

/**
 * Everything assigned to the person and due: self-assessments they lead, standards assigned to them, and
 * peer reviews they are on, ordered by deadline (soonest first; no deadline last).
 */
export function collectMyWork({ me, assessments, details, cycles, today, actions = [] }: MyWorkInput): WorkItem[] {
  const cycleOf = new Map(cycles.map((c) => [c.id, c]));
  const items: WorkItem[] = [];
  for (const summary of assessments) {
    const { assessment } = summary;
    const cycle = cycleOf.get(assessment.cycleId);
    const selfEnd = cycle?.windows.self_assessment.end ?? null;
    if (!OPEN_FOR_RATING.has(assessment.state)) continue;
    if (ledByMe(me, summary)) {
      items.push({
        id: `lead:${assessment.id}`,
        kind: 'self_assessment',
        title:
          assessment.state === 'returned'
            ? `Add what the review team asked for: ${summary.subjectName}`
            : `Complete the self-assessment: ${summary.subjectName}`,
        detail: `${summary.cycleName} · ${ASSESSMENT_STATE_LABELS[assessment.state]}`,
        dueDate: selfEnd,
        route: { page: 'assessment', assessmentId: assessment.id },
        progress: { done: summary.progress.rated, total: summary.progress.total },
      });
    }
    const mine = (details.get(assessment.id)?.responses ?? []).filter((r) => r.assigneeId === me.person.id);
    const open = mine.filter((r) => r.rating === null);
    const first = open[0];
    if (first) {
      items.push({
        id: `assigned:${assessment.id}`,
        kind: 'assigned_standards',
        title: `${open.length === 1 ? 'One standard' : `${open.length} standards`} to rate for ${summary.subjectName}`,
        detail: `Assigned to you: ${open.map((r) => r.standardCode).join(', ')}`,
        dueDate: selfEnd,
        route: {
          page: 'assessment',
          assessmentId: assessment.id,
          standardCode: first.standardCode,
          themeCode: first.standardCode.split('.')[0] ?? '',
        },
        progress: { done: mine.length - open.length, total: mine.length },
      });
    }
  }
  items.push(...reviewItems(me, assessments, cycles, today));
  items.push(
    ...actions.map((a): WorkItem => ({
      id: `action:${a.actionId}`,
      kind: 'action',
      title: `${a.daysLeft < 0 ? 'Overdue action' : 'Action due'}: ${a.title}`,
      detail: `${a.subjectName} · ${a.status.replace(/_/g, ' ')}${
        a.daysLeft < 0 ? ` · ${-a.daysLeft} day${a.daysLeft === -1 ? '' : 's'} late` : ''
      }`,
      dueDate: a.dueDate,
      route: { page: 'assessment', assessmentId: a.assessmentId },
    })),
  );
  return items.sort(
    (a, b) => (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.title.localeCompare(b.title),
  );
}

function reviewItems(
  me: MeResponse,
  assessments: readonly AssessmentSummary[],
  cycles: readonly Cycle[],
  today: string,
): WorkItem[] {
  const byId = new Map(assessments.map((s) => [s.assessment.id, s]));
  const upcoming = [...cycles]
    .filter((c) => c.windows.peer_review.end >= today)
    .sort((a, b) => a.windows.peer_review.start.localeCompare(b.windows.peer_review.start))[0];
  return reviewAssignments(me).flatMap(({ assessmentId, role }): WorkItem[] => {
    const summary = byId.get(assessmentId);
    if (summary) {
      if (summary.assessment.state === 'agreed' || summary.assessment.state === 'closed') return [];
      const cycle = cycles.find((c) => c.id === summary.assessment.cycleId);
      return [
        {
          id: `review:${assessmentId}`,
          kind: 'review',
          title: `Peer review: ${summary.subjectName}`,
          detail: `${ROLE_LABELS[role]} · ${summary.organisationName} · ${ASSESSMENT_STATE_LABELS[summary.assessment.state]}`,
          dueDate: cycle?.windows.peer_review.end ?? null,
          route: { page: 'assessment', assessmentId },
        },
      ];
    }
    // The assessment cannot be read before the review window opens: say when it does.
    return [
      {
        id: `review:${assessmentId}`,
        kind: 'review_upcoming',
        title: 'Peer review assigned to you',
        detail: `${ROLE_LABELS[role]} · you can open it when the peer review window starts${
          upcoming && upcoming.windows.peer_review.start > today ? ` on ${upcoming.windows.peer_review.start}` : ''
        }`,
        dueDate: upcoming?.windows.peer_review.end ?? null,
        route: null,
      },
    ];
  });
}
