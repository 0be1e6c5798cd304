import type { Route } from '../../app/routes';
import type { MyWork } from '../../api/types';
import { formatDate } from '../../ui/dates';
import { ACTION_STATUS_LABELS, ASSESSMENT_STATE_LABELS, ROLE_LABELS } from '../../../../src/domain/labels';

/** One card on the My work page. What is due is the API's answer (GET /me/work); this only words it. */
export interface WorkItem {
  readonly id: string;
  readonly title: string;
  readonly detail: string;
  /** YYYY-MM-DD, or null when there is no deadline yet. */
  readonly dueDate: string | null;
  /** Where the work is done; null while it cannot be opened yet. */
  readonly route: Route | null;
  readonly progress?: { readonly done: number; readonly total: number };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n === 1 ? 'One' : n} ${n === 1 ? one : many}`;

/** The person's work as cards, soonest deadline first. */
export function workItems(work: MyWork): WorkItem[] {
  const items: WorkItem[] = [
    ...work.work.map((w): WorkItem => {
      const first = w.toRate[0];
      const title =
        w.role === 'contributor'
          ? `${plural(w.toRateCount, 'standard')} to rate for ${w.subjectName}`
          : w.readyToSubmit && w.toRateCount === 0
            ? `Ready to submit: ${w.subjectName}`
            : w.state === 'returned'
              ? `Add what the review team asked for: ${w.subjectName}`
              : `Complete the self-assessment: ${w.subjectName}`;
      const toRate = w.toRate.map((s) => s.standardCode).join(', ');
      return {
        id: `self:${w.assessmentId}`,
        title,
        detail: `${w.cycleName} · ${ASSESSMENT_STATE_LABELS[w.state]}${toRate ? ` · to rate: ${toRate}` : ''}`,
        dueDate: w.deadline,
        route: first
          ? {
              page: 'assessment',
              assessmentId: w.assessmentId,
              standardCode: first.standardCode,
              themeCode: first.themeCode,
            }
          : { page: 'assessment', assessmentId: w.assessmentId, view: 'submit' },
        progress: { done: w.rated, total: w.total },
      };
    }),
    ...work.reviews.map((r): WorkItem => ({
      id: `review:${r.assessmentId}`,
      title: `Peer review: ${r.subjectName}`,
      detail: `${ROLE_LABELS[r.role]} · ${r.organisationName} · ${ASSESSMENT_STATE_LABELS[r.state]}`,
      dueDate: r.windowEnd,
      route: { page: 'review', assessmentId: r.assessmentId },
    })),
    // The lead reviewer also records the agreed ratings and takes the review's decisions, on a page of its own.
    ...work.reviews
      .filter((r) => r.role === 'lead_reviewer')
      .map((r): WorkItem => ({
        id: `review-agreement:${r.assessmentId}`,
        title: `Agree the review: ${r.subjectName}`,
        detail: `Start, return for information, agreed ratings · ${r.organisationName} · ${ASSESSMENT_STATE_LABELS[r.state]}`,
        dueDate: r.windowEnd,
        route: { page: 'review-agreement', assessmentId: r.assessmentId },
      })),
    ...work.actions.map((a): WorkItem => ({
      id: `action:${a.actionId}`,
      title: `${a.daysLeft < 0 ? 'Overdue action' : 'Action due'}: ${a.title}`,
      detail: `${a.subjectName} · ${ACTION_STATUS_LABELS[a.status]}${
        a.daysLeft < 0 ? ` · ${-a.daysLeft} day${a.daysLeft === -1 ? '' : 's'} late` : ''
      }`,
      dueDate: a.dueDate,
      route: { page: 'actions', assessmentId: a.assessmentId, actionId: a.actionId },
    })),
    ...work.upcomingReviews.map((r): WorkItem => ({
      id: `upcoming-review:${r.assessmentId}`,
      title: 'Peer review assigned to you',
      detail: `${ROLE_LABELS[r.role]} · ${r.cycleName} · you can open it when the peer review window starts on ${formatDate(r.windowStart)}`,
      dueDate: r.windowEnd,
      route: null,
    })),
  ];
  return items.sort(
    (a, b) => (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.title.localeCompare(b.title),
  );
}
