import type { Assessment } from './assessment';
import type { IsoDateTime } from './ids';

/** States in which the service has handed its self-assessment in and the deadline no longer concerns it. */
const HANDED_IN: ReadonlySet<Assessment['state']> = new Set(['submitted', 'under_review', 'agreed', 'closed']);

/**
 * When the service submitted the self-assessment, while it stays submitted; null while it is still being done
 * (including after the review team returned it), when its header counts the days to the deadline instead.
 */
export function submittedOn(assessment: Pick<Assessment, 'state' | 'submittedAt'>): IsoDateTime | null {
  return HANDED_IN.has(assessment.state) ? assessment.submittedAt : null;
}
