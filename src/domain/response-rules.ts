import { applicableStandards, type SubjectKind } from './applicability';
import type { Rating, StandardResponse } from './assessment';
import { DomainError } from './errors';
import type { FrameworkDraft } from './framework-draft';

export interface SubmissionGap {
  readonly standardCode: string;
  readonly title: string;
  readonly problem: 'not_rated' | 'na_without_reason';
}

/** What the person is told when "not applicable" has no reason: by the API, and by the tab before it sends. */
export const NA_REASON_REQUIRED_MESSAGE =
  'Say why this standard does not apply to you: a rating of not applicable needs a reason.';

/** True when the rating is "not applicable" and no reason is given yet. */
export function naReasonMissing(input: { rating: Rating | null; naReason: string }): boolean {
  return input.rating === 'not_applicable' && input.naReason.trim() === '';
}

/** N/A removes a standard from the score, so the reason is what lets reviewers accept or challenge it. */
export function validateRating(input: { rating: Rating | null; naReason: string }): void {
  if (naReasonMissing(input)) {
    throw new DomainError('na_reason_required', NA_REASON_REQUIRED_MESSAGE, 'naReason');
  }
}

/**
 * What must be fixed before an assessment can be submitted, in framework order, so the user can work down
 * the list. Responses to standards that do not apply to this kind of subject are ignored.
 */
export function submissionGaps(
  framework: FrameworkDraft,
  subjectKind: SubjectKind,
  responses: readonly Pick<StandardResponse, 'standardCode' | 'rating' | 'naReason'>[],
): SubmissionGap[] {
  const byCode = new Map(responses.map((r) => [r.standardCode, r]));
  const gaps: SubmissionGap[] = [];
  for (const standard of applicableStandards(framework, subjectKind)) {
    const response = byCode.get(standard.code);
    if (response === undefined || response.rating === null) {
      gaps.push({ standardCode: standard.code, title: standard.title, problem: 'not_rated' });
    } else if (naReasonMissing(response)) {
      gaps.push({ standardCode: standard.code, title: standard.title, problem: 'na_without_reason' });
    }
  }
  return gaps;
}
