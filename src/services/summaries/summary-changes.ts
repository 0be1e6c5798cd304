import type { Assessment } from '../../domain/assessment';
import type { AssessmentSummary } from '../../domain/assessment-summary';
import {
  withAgreed,
  withAssessment,
  withoutResponse,
  withRecognition,
  withResponse,
} from '../../domain/assessment-summary';
import { recognitionId } from '../../domain/recognition-decision';
import type { Change } from '../ports';

/*
 * Which changes of a commit move an assessment's summary, and how. Ids of responses and agreed ratings are
 * `${assessmentId}:${standardCode}` (responseId, agreedRatingId) and a recognition record's is
 * recognitionId(assessmentId), so a delete, which carries only the id, still names its assessment.
 */

const RECOGNITION_PREFIX = recognitionId('');

function splitStandardId(id: string): { assessmentId: string; standardCode: string } {
  const at = id.lastIndexOf(':');
  return { assessmentId: id.slice(0, at), standardCode: id.slice(at + 1) };
}

/** The assessment a change moves the summary of, or null when it moves none. */
export function summarisedAssessmentOf(change: Change): string | null {
  if (change.kind === 'assessment') return change.op === 'put' ? change.value.id : change.id;
  if (change.kind === 'response' || change.kind === 'agreedRating') {
    return change.op === 'put' ? change.value.assessmentId : splitStandardId(change.id).assessmentId;
  }
  if (change.kind === 'recognition') {
    return change.op === 'put' ? change.value.assessmentId : change.id.slice(RECOGNITION_PREFIX.length);
  }
  return null;
}

/** The assessments whose summaries a commit moves, each with its changes in order. */
export function changesByAssessment(changes: readonly Change[]): Map<string, Change[]> {
  const out = new Map<string, Change[]>();
  // A commit that writes summaries itself (a restore, a summary being built) is taken as it is.
  const written = new Set(changes.flatMap((c) => (c.kind === 'assessmentSummary' ? [idOf(c)] : [])));
  for (const change of changes) {
    const assessmentId = summarisedAssessmentOf(change);
    if (assessmentId === null || written.has(assessmentId)) continue;
    const list = out.get(assessmentId);
    if (list) list.push(change);
    else out.set(assessmentId, [change]);
  }
  return out;
}

function idOf(change: Change): string {
  return change.op === 'put' ? change.value.id : change.id;
}

/** True when the changes delete the assessment itself: its summary goes with it. */
export function deletesAssessment(changes: readonly Change[]): boolean {
  return changes.some((c) => c.kind === 'assessment' && c.op === 'delete');
}

/** The assessment the changes create (it has nothing stored yet to summarise), if they create it. */
export function createdAssessment(changes: readonly Change[]): Assessment | undefined {
  for (const c of changes) {
    if (c.kind === 'assessment' && c.op === 'put' && c.expectedVersion === 0) return c.value;
  }
  return undefined;
}

/** The summary with one change applied. */
export function applyChange(summary: AssessmentSummary, change: Change): AssessmentSummary {
  if (change.kind === 'assessment') return change.op === 'put' ? withAssessment(summary, change.value) : summary;
  if (change.kind === 'response') {
    return change.op === 'put'
      ? withResponse(summary, change.value)
      : withoutResponse(summary, splitStandardId(change.id).standardCode);
  }
  if (change.kind === 'agreedRating') {
    return change.op === 'put'
      ? withAgreed(summary, change.value.standardCode, change.value.rating)
      : withAgreed(summary, splitStandardId(change.id).standardCode, null);
  }
  if (change.kind === 'recognition') return withRecognition(summary, change.op === 'put' ? change.value : null);
  return summary;
}
