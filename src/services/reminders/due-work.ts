import { applicableStandards } from '../../domain/applicability';
import type { StandardProgress } from '../../domain/assessment-summary';
import { isEditableBySelfAssessors } from '../../domain/assessment-state';
import { percentOf } from '../../domain/formatting/percent';
import type { ActionDue, AssessmentWork, ReviewRole, ReviewToComplete, StandardToRate, ThemeProgress } from './content';
import { daysBetween } from './period';
import type { AssessmentView, ReminderSnapshot } from './snapshot';

/** Everything one person is due, in full (reminders trim the lists; `next` in chat walks them). */
export interface DueWork {
  readonly work: readonly AssessmentWork[];
  readonly reviews: readonly ReviewToComplete[];
  readonly actions: readonly ActionDue[];
}

const REVIEW_ROLES: ReadonlySet<string> = new Set<ReviewRole>([
  'lead_reviewer',
  'peer_reviewer',
  'expert_by_experience',
]);
/** States in which reviewers still have work: submitted (to start) and under review. */
const REVIEWABLE: ReadonlySet<string> = new Set(['submitted', 'under_review']);
const CLOSED_ACTION: ReadonlySet<string> = new Set(['completed', 'verified', 'cancelled', 'deferred']);

/** Theme progress is the same for everyone in a service, so it is worked out once per assessment and run. */
const themeCache = new WeakMap<AssessmentView, ThemeProgress[]>();

function themesOf(view: AssessmentView): ThemeProgress[] {
  const cached = themeCache.get(view);
  if (cached) return cached;
  const themeOf = new Map(view.framework.standards.map((s) => [s.code, s.themeCode]));
  const counts = new Map<string, { rated: number; total: number }>();
  for (const r of view.responses) {
    const theme = themeOf.get(r.standardCode) ?? '';
    const c = counts.get(theme) ?? { rated: 0, total: 0 };
    c.total += 1;
    if (r.rating !== null) c.rated += 1;
    counts.set(theme, c);
  }
  const themes = view.framework.themes.flatMap((t): ThemeProgress[] => {
    const c = counts.get(t.code);
    if (!c) return [];
    return [{ themeCode: t.code, title: t.title, ...c, percent: percentOf(c.rated, c.total) ?? 0 }];
  });
  themeCache.set(view, themes);
  return themes;
}

/** Whether a rating can be given in this assessment today: its cycle is in self-assessment and it is not locked. */
function isRateable(view: AssessmentView): boolean {
  return view.phase === 'self_assessment' && isEditableBySelfAssessors(view.assessment.state);
}

function toItem(view: AssessmentView, r: StandardProgress, personId: string): StandardToRate {
  const standard = view.framework.standards.find((s) => s.code === r.standardCode);
  return {
    assessmentId: view.assessment.id,
    standardCode: r.standardCode,
    title: standard?.title ?? r.standardCode,
    themeCode: standard?.themeCode ?? '',
    assignedToMe: r.assigneeId === personId,
  };
}

function workIn(view: AssessmentView, personId: string, lead: boolean, today: string): AssessmentWork | null {
  // A lead rates what nobody else was given; a contributor only what was given to them.
  const mine = view.responses.filter(
    (r) => r.rating === null && (r.assigneeId === personId || (lead && r.assigneeId === null)),
  );
  const rated = view.responses.filter((r) => r.rating !== null).length;
  const total = view.responses.length;
  const readyToSubmit = lead && total > 0 && rated === total;
  if (mine.length === 0 && !readyToSubmit) return null;
  const deadline = view.cycle.windows.self_assessment.end;
  return {
    assessmentId: view.assessment.id,
    cycleId: view.cycle.id,
    cycleName: view.cycle.name,
    subjectName: view.subjectName,
    organisationName: view.organisationName,
    role: lead ? 'lead' : 'contributor',
    state: view.assessment.state,
    deadline,
    daysLeft: daysBetween(today, deadline),
    themes: themesOf(view),
    rated,
    total,
    toRate: mine.map((r) => toItem(view, r, personId)),
    toRateCount: mine.length,
    readyToSubmit,
  };
}

/** The assessments a person leads: their services' (service leads) and their organisation's own (org leads). */
function ledViews(personId: string, snapshot: ReminderSnapshot): AssessmentView[] {
  const out: AssessmentView[] = [];
  for (const role of snapshot.rolesByPerson.get(personId) ?? []) {
    if (role.role === 'service_lead' && role.scope.kind === 'service') {
      out.push(
        ...(snapshot.bySubject.get(role.scope.serviceId) ?? []).filter((v) => v.assessment.subject.kind === 'service'),
      );
    }
    if (role.role === 'organisational_lead' && role.scope.kind === 'organisation') {
      const views = snapshot.bySubject.get(role.scope.organisationId) ?? [];
      out.push(...views.filter((v) => v.assessment.subject.kind === 'organisation'));
    }
  }
  return out;
}

function selfAssessmentWork(personId: string, snapshot: ReminderSnapshot): AssessmentWork[] {
  const led = new Map(ledViews(personId, snapshot).map((v) => [v.assessment.id, v]));
  const contributing = new Map<string, AssessmentView>();
  for (const r of snapshot.assignedTo.get(personId) ?? []) {
    const view = snapshot.assessments.get(r.assessmentId);
    if (view && !led.has(view.assessment.id)) contributing.set(view.assessment.id, view);
  }
  const out: AssessmentWork[] = [];
  for (const [views, lead] of [
    [led, true],
    [contributing, false],
  ] as const) {
    for (const view of views.values()) {
      if (!isRateable(view)) continue;
      const work = workIn(view, personId, lead, snapshot.today);
      if (work) out.push(work);
    }
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft || a.subjectName.localeCompare(b.subjectName));
}

function reviewsFor(personId: string, snapshot: ReminderSnapshot): ReviewToComplete[] {
  const out: ReviewToComplete[] = [];
  for (const role of snapshot.rolesByPerson.get(personId) ?? []) {
    if (!REVIEW_ROLES.has(role.role) || role.scope.kind !== 'review') continue;
    const view = snapshot.assessments.get(role.scope.assessmentId);
    if (!view || view.phase !== 'peer_review' || !REVIEWABLE.has(view.assessment.state)) continue;
    const windowEnd = view.cycle.windows.peer_review.end;
    const firstToRate = firstStandardToReview(view, personId);
    out.push({
      assessmentId: view.assessment.id,
      subjectName: view.subjectName,
      organisationName: view.organisationName,
      cycleName: view.cycle.name,
      role: role.role as ReviewRole,
      state: view.assessment.state,
      windowEnd,
      daysLeft: daysBetween(snapshot.today, windowEnd),
      ...(firstToRate === undefined ? {} : { firstToRate }),
    });
  }
  return out;
}

/** Reviewers rate once the review is under way: the first applicable standard this one has not rated yet. */
function firstStandardToReview(view: AssessmentView, personId: string): string | undefined {
  if (view.assessment.state !== 'under_review') return undefined;
  const rated = view.reviewerRated.get(personId);
  return applicableStandards(view.framework, view.assessment.subject.kind).find((s) => !rated?.has(s.code))?.code;
}

function actionsFor(personId: string, snapshot: ReminderSnapshot, lookaheadDays: number): ActionDue[] {
  return snapshot.actions
    .filter((a) => a.ownerId === personId && !CLOSED_ACTION.has(a.status))
    .map((a) => ({
      actionId: a.id,
      title: a.title,
      assessmentId: a.assessmentId,
      subjectName: snapshot.assessments.get(a.assessmentId)?.subjectName ?? '',
      dueDate: a.dueDate,
      daysLeft: daysBetween(snapshot.today, a.dueDate),
      status: a.status,
    }))
    .filter((a) => a.daysLeft <= lookaheadDays)
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

export function dueWorkFor(personId: string, snapshot: ReminderSnapshot, actionLookaheadDays = 14): DueWork {
  return {
    work: selfAssessmentWork(personId, snapshot),
    reviews: reviewsFor(personId, snapshot),
    actions: actionsFor(personId, snapshot, actionLookaheadDays),
  };
}

/**
 * The deadline reminder due for `daysLeft`: the smallest milestone not yet passed, e.g. with [14, 7, 2], 10 days
 * left gives 14 (so a run missed on day 14 still sends it), 7..3 give 7, 2..0 give 2. Null before the first
 * milestone and after the deadline.
 */
export function deadlineMilestone(daysLeft: number, milestones: readonly number[]): number | null {
  if (daysLeft < 0) return null;
  const reached = milestones.filter((m) => daysLeft <= m);
  return reached.length === 0 ? null : Math.min(...reached);
}
