import { findStandard } from '../../domain/applicability';
import { responseId, type StandardResponse } from '../../domain/assessment';
import type { CyclePhase } from '../../domain/cycle';
import type { Standard } from '../../domain/framework';
import type { IsoDate } from '../../domain/ids';
import { authorize, type Principal } from '../access-policy';
import { ratePermission } from './assessment-permissions';
import { loadAssessment } from './assessment-context';
import { today, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { loadFramework } from '../network/frameworks';
import type { ReviewRole, StandardToRate } from '../reminders/content';
import { dueWorkFor, type DueWork } from '../reminders/due-work';
import { daysBetween } from '../reminders/period';
import { loadSnapshotFor, type ReminderSnapshot } from '../reminders/snapshot';

/**
 * A peer review the person is on whose window has not opened yet. The assessment cannot be read before then, so
 * only the role and the window are told, to plan the visit by.
 */
export interface UpcomingReview {
  readonly assessmentId: string;
  readonly role: ReviewRole;
  readonly cycleName: string;
  readonly windowStart: IsoDate;
  readonly windowEnd: IsoDate;
}

/** GET /me/work: what is due now (as the reminders say), and the peer reviews still to come. */
export interface MyWork extends DueWork {
  readonly upcomingReviews: readonly UpcomingReview[];
}

const REVIEW_ROLES: ReadonlySet<string> = new Set<ReviewRole>([
  'lead_reviewer',
  'peer_reviewer',
  'expert_by_experience',
]);

function upcomingReviews(principal: Principal, snapshot: ReminderSnapshot): UpcomingReview[] {
  return principal.roles.flatMap((role): UpcomingReview[] => {
    if (!REVIEW_ROLES.has(role.role) || role.scope.kind !== 'review') return [];
    const view = snapshot.assessments.get(role.scope.assessmentId);
    if (!view || (view.phase !== 'not_open' && view.phase !== 'self_assessment')) return [];
    return [
      {
        assessmentId: view.assessment.id,
        role: role.role as ReviewRole,
        cycleName: view.cycle.name,
        windowStart: view.cycle.windows.peer_review.start,
        windowEnd: view.cycle.windows.peer_review.end,
      },
    ];
  });
}

/**
 * "My work" for one person: what they should rate, review and act on now. The same rules as the reminders (one
 * function decides both), read only for the assessments the person's roles reach.
 */
export async function myWork(ports: Ports, principal: Principal): Promise<MyWork> {
  const snapshot = await loadSnapshotFor(ports, principal, today(ports));
  return { ...dueWorkFor(principal.person.id, snapshot), upcomingReviews: upcomingReviews(principal, snapshot) };
}

/** The next standard this person should rate after `after` (or the first one), in the order of their work. */
export async function nextStandardToRate(
  ports: Ports,
  principal: Principal,
  after?: { readonly assessmentId: string; readonly standardCode: string },
): Promise<StandardToRate | null> {
  const list = (await myWork(ports, principal)).work.flatMap((w) => w.toRate);
  const same = (s: StandardToRate) => s.assessmentId === after?.assessmentId && s.standardCode === after.standardCode;
  const index = after ? list.findIndex(same) : -1;
  if (index >= 0) return list[index + 1] ?? list.find((s) => !same(s)) ?? null;
  return list[0] ?? null;
}

export interface StandardForRating {
  readonly assessmentId: string;
  readonly subjectName: string;
  readonly organisationName: string;
  readonly cycleName: string;
  readonly phase: CyclePhase | 'not_open' | 'ended';
  readonly deadline: IsoDate;
  readonly daysLeft: number;
  readonly standard: Standard;
  readonly themeTitle: string;
  readonly response: StandardResponse;
  readonly updatedByName: string | null;
  readonly assigneeName: string | null;
  /** Whether this person may rate it now; when not, `notRateableBecause` says why in plain words. */
  readonly canRate: boolean;
  readonly notRateableBecause: string | null;
}

/** One standard as a person sees it for rating: its text and guidance, the current response, and whether they can rate. */
export async function standardForRating(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  standardCode: string,
): Promise<StandardForRating> {
  const { assessment, cycle, resource } = await loadAssessment(ports, assessmentId);
  authorize(principal, 'assessment.read', resource);
  const framework = await loadFramework(ports, assessment.frameworkVersionId);
  const standard = findStandard(framework, standardCode);
  const response = await ports.store.get('response', responseId(assessmentId, standardCode));
  if (!standard || !response) throw new NotFoundError('standard in this assessment', standardCode);
  const subject = assessment.subject;
  const [organisation, service, updatedBy, assignee] = await Promise.all([
    ports.store.get('organisation', subject.organisationId),
    subject.kind === 'service' ? ports.store.get('service', subject.serviceId) : undefined,
    response.updatedBy ? ports.store.get('person', response.updatedBy) : undefined,
    response.assigneeId ? ports.store.get('person', response.assigneeId) : undefined,
  ]);
  const phase = resource.phase ?? 'not_open';
  const deadline = cycle.windows.self_assessment.end;
  const rate = ratePermission(principal, assessment, cycle, resource, response, assignee?.displayName ?? null);
  return {
    assessmentId,
    subjectName: service?.name ?? organisation?.name ?? '',
    organisationName: organisation?.name ?? '',
    cycleName: cycle.name,
    phase,
    deadline,
    daysLeft: daysBetween(today(ports), deadline),
    standard,
    themeTitle: framework.themes.find((t) => t.code === standard.themeCode)?.title ?? '',
    response,
    updatedByName: updatedBy?.displayName ?? null,
    assigneeName: assignee?.displayName ?? null,
    canRate: rate.allowed,
    notRateableBecause: rate.allowed ? null : rate.reason,
  };
}
