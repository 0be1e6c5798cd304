import { applicableStandards, type SubjectKind } from './applicability';
import type { AssessmentState, Rating } from './assessment';
import type { DateWindow } from './cycle';
import { DomainError } from './errors';
import type { FrameworkDraft } from './framework-draft';
import type { IsoDate } from './ids';
import type { TeamViolation } from './review-team-rules';

/** A reviewer's N/A removes the standard from their view of the score, so like a self-assessor they say why. */
export function validateReviewerRating(input: { rating: Rating; comment: string }): void {
  if (input.rating === 'not_applicable' && input.comment.trim() === '') {
    throw new DomainError(
      'na_reason_required',
      'Say in the comment why this standard does not apply: a rating of not applicable needs a reason.',
      'comment',
    );
  }
}

/** The rationale is what lets a service accept an agreed rating that differs from its own. */
export function validateAgreedRating(input: { rating: Rating; rationale: string }): void {
  if (input.rationale.trim() === '') {
    throw new DomainError(
      'rationale_required',
      `An agreed rating needs a rationale: say in a sentence or two why the team agreed "${input.rating.replace(/_/g, ' ')}" (what it saw, heard or read).`,
      'rationale',
    );
  }
}

export function validateFindingText(text: string): void {
  if (text.trim() === '') {
    throw new DomainError(
      'finding_text_required',
      'Describe the finding: what the team saw and why it matters.',
      'text',
    );
  }
}

/** Ratings, findings and agreed ratings are recorded while the assessment is under review, and only then. */
export function checkUnderReview(state: AssessmentState): void {
  const reason = notUnderReviewBecause(state);
  if (reason === null) return;
  throw new DomainError('not_under_review', reason, 'state', { state });
}

/** Why review ratings and findings cannot be recorded in `state`, in plain words; null while they can. */
export function notUnderReviewBecause(state: AssessmentState): string | null {
  if (state === 'under_review') return null;
  const hint =
    state === 'submitted'
      ? 'The lead reviewer starts the review first.'
      : state === 'agreed' || state === 'closed'
        ? 'The review has been agreed, so it can no longer change.'
        : 'It goes to review once the service submits it.';
  return `This assessment is ${state.replace(/_/g, ' ')}, not under review, so review ratings and findings cannot be recorded. ${hint}`;
}

export interface ReviewStartCheck {
  readonly cycleName: string;
  readonly window: DateWindow;
  readonly today: IsoDate;
  readonly hasTeam: boolean;
  readonly violations: readonly TeamViolation[];
}

/**
 * A review starts only inside the cycle's peer review window and with a team that keeps every rule: reviewers'
 * access is granted for that window only, so a review started outside it could not be carried out.
 */
export function checkReviewCanStart(check: ReviewStartCheck): void {
  const problem = reviewStartProblem(check);
  if (problem) throw problem;
}

/** What stops the review from starting, as the error `checkReviewCanStart` throws; null when it can start. */
export function reviewStartProblem(check: ReviewStartCheck): DomainError | null {
  const { window, today } = check;
  if (today < window.start || today > window.end) {
    const when = today < window.start ? `it opens on ${window.start}` : `it closed on ${window.end}`;
    return new DomainError(
      'outside_review_window',
      `A peer review can start only in the peer review window of ${check.cycleName} (${window.start} to ${window.end}); today is ${today} and ${when}.`,
      'state',
      { window, today },
    );
  }
  if (!check.hasTeam) {
    return new DomainError(
      'no_review_team',
      'This assessment has no review team yet: a network admin builds one (lead reviewer, mental and physical health clinicians, an expert by experience) before the review starts.',
      'team',
    );
  }
  if (check.violations.length > 0) {
    return new DomainError(
      'review_team_incomplete',
      `The review team does not meet the network's rules yet: ${check.violations.map((v) => v.message).join(' ')}`,
      'team',
      { violations: check.violations },
    );
  }
  return null;
}

export interface AgreementGap {
  readonly standardCode: string;
  readonly title: string;
}

/** Applicable standards without an agreed rating, in framework order. */
export function agreedRatingGaps(
  framework: FrameworkDraft,
  subjectKind: SubjectKind,
  agreed: readonly { standardCode: string }[],
): AgreementGap[] {
  const done = new Set(agreed.map((a) => a.standardCode));
  return applicableStandards(framework, subjectKind)
    .filter((s) => !done.has(s.code))
    .map((s) => ({ standardCode: s.code, title: s.title }));
}

function listCodes(gaps: readonly AgreementGap[]): string {
  const shown = gaps.slice(0, 12).map((g) => g.standardCode);
  return `${shown.join(', ')}${gaps.length > shown.length ? `, and ${gaps.length - shown.length} more` : ''}`;
}

/** The review is agreed once every applicable standard has an agreed rating (each carries its rationale). */
export function checkReviewCanBeAgreed(gaps: readonly AgreementGap[]): void {
  if (gaps.length === 0) return;
  throw new DomainError(
    'agreed_ratings_missing',
    `The review cannot be agreed yet: ${gaps.length} standard${gaps.length === 1 ? ' has' : 's have'} no agreed rating (${listCodes(gaps)}). The lead reviewer records each with its rationale first.`,
    'agreedRatings',
    { gaps },
  );
}

/** Why the review cannot be agreed yet, as the lead reviewer reads it beside the button; null once it can. */
export function agreedRatingsMissingBecause(gaps: readonly AgreementGap[]): string | null {
  if (gaps.length === 0) return null;
  return `${gaps.length} standard${gaps.length === 1 ? ' still needs' : 's still need'} an agreed rating (${listCodes(gaps)}): record each with its rationale, then agree the review.`;
}

/** Reports describe agreed results only: a report before agreement would publish a half-finished review. */
export function checkReportable(state: AssessmentState, gaps: readonly AgreementGap[]): void {
  if (state === 'agreed' || state === 'closed') return;
  const missing =
    state === 'under_review' && gaps.length > 0
      ? ` Still missing: agreed ratings for ${listCodes(gaps)}, then the lead reviewer agrees the review.`
      : state === 'under_review'
        ? ' Every standard has an agreed rating: the lead reviewer now agrees the review.'
        : ' It must be reviewed first: submitted, reviewed by its team, and agreed by the lead reviewer.';
  throw new DomainError(
    'review_not_agreed',
    `A report can be written only once the review is agreed; this assessment is ${state.replace(/_/g, ' ')}.${missing}`,
    'state',
    { state, gaps },
  );
}
