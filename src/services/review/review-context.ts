import type { DateWindow } from '../../domain/cycle';
import { reviewTeamId, type Finding, type ReviewerRole, type ReviewTeam } from '../../domain/review';
import { DomainError } from '../../domain/errors';
import type { Principal } from '../access-policy';
import { loadAssessment, type LoadedAssessment } from '../assessment/assessment-context';
import type { Ports } from '../context';

export interface LoadedReview extends LoadedAssessment {
  readonly team: ReviewTeam | undefined;
  /** The signed-in person's role on the team, or null when they are not on it. */
  readonly memberRole: ReviewerRole | null;
}

/** An assessment with its review team and the caller's place on it. */
export async function loadReview(ports: Ports, principal: Principal, assessmentId: string): Promise<LoadedReview> {
  // The team's id comes from the assessment's, so both are read together (one batched round trip on SharePoint).
  const [loaded, team] = await Promise.all([
    loadAssessment(ports, assessmentId),
    ports.store.get('reviewTeam', reviewTeamId(assessmentId)),
  ]);
  const memberRole = team?.members.find((m) => m.personId === principal.person.id)?.role ?? null;
  return { ...loaded, team, memberRole };
}

export function reviewWindowOf(loaded: LoadedAssessment): DateWindow {
  return loaded.cycle.windows.peer_review;
}

/**
 * The access table lets reviewers act on the assessments their review-scoped role names; the team record is
 * what says in which capacity. A network admin passes the table but is not a reviewer, so is refused here.
 */
export function requireMember(review: LoadedReview, what: string): ReviewerRole {
  if (review.memberRole !== null) return review.memberRole;
  throw new DomainError('not_on_review_team', notMemberBecause(review, what) ?? '', 'team');
}

/** Why the person cannot `what` as a member of this review team; null when they are on it. */
export function notMemberBecause(review: LoadedReview, what: string): string | null {
  if (review.memberRole !== null) return null;
  return `Only members of this assessment's review team can ${what}; you are not on the team.`;
}

export function requireLead(review: LoadedReview, what: string): void {
  const reason = notLeadBecause(review, what);
  if (reason !== null) throw new DomainError('not_lead_reviewer', reason, 'team');
}

/** Why the person cannot `what` as the lead reviewer; null when they are the lead reviewer. */
export function notLeadBecause(review: LoadedReview, what: string): string | null {
  if (review.memberRole === 'lead_reviewer') return null;
  return `Only the lead reviewer of this assessment's review team can ${what}.`;
}

/** Why the person cannot change `finding`: only its author and the lead reviewer can; null when they may. */
export function notFindingAuthorBecause(
  review: LoadedReview,
  principal: Principal,
  finding: Pick<Finding, 'recordedBy'>,
): string | null {
  if (finding.recordedBy === principal.person.id || review.memberRole === 'lead_reviewer') return null;
  return 'Only the reviewer who recorded this finding, or the lead reviewer, can change it.';
}
