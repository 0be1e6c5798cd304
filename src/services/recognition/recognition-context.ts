import type { Assessment } from '../../domain/assessment';
import type { Cycle } from '../../domain/cycle';
import { DomainError } from '../../domain/errors';
import { serviceReportId, type ReportRecord } from '../../domain/report';
import {
  DEFAULT_RECOGNITION_POLICY,
  recognitionId,
  type RecognitionPolicy,
  type RecognitionRecord,
} from '../../domain/recognition-decision';
import type { Ports } from '../context';

/** The network's validity and appeal settings (its configuration, or our defaults). */
export function policyOf(ports: Ports): RecognitionPolicy {
  return ports.recognitionPolicy ?? DEFAULT_RECOGNITION_POLICY;
}

export interface RecognitionState {
  readonly record: RecognitionRecord | undefined;
  readonly report: ReportRecord | undefined;
}

export async function loadRecognitionState(ports: Ports, assessmentId: string): Promise<RecognitionState> {
  const [record, report] = await Promise.all([
    ports.store.get('recognition', recognitionId(assessmentId)),
    ports.store.get('report', serviceReportId(assessmentId)),
  ]);
  return { record, report };
}

/**
 * The panel decides on the report the service has checked: once it is final (after the factual-accuracy check),
 * the level it proposes is one both sides have read. Why not yet, or null.
 */
export function notReadyReason(report: ReportRecord | undefined): string | null {
  if (report === undefined) return 'The report is not written yet: it is written once the review is agreed.';
  if (report.state === 'final' || report.state === 'published') return null;
  return `The report is in ${report.state.replace(/_/g, ' ')}: the panel decides once it is final, after the factual-accuracy check.`;
}

export function checkReady(report: ReportRecord | undefined): void {
  const reason = notReadyReason(report);
  if (reason !== null) throw new DomainError('recognition_not_ready', reason, 'report');
}

/** A fresh record for an assessment's first decision. */
export function emptyRecord(assessment: Assessment, cycle: Cycle): RecognitionRecord {
  const subject = assessment.subject;
  return {
    id: recognitionId(assessment.id),
    version: 0,
    assessmentId: assessment.id,
    cycleId: cycle.id,
    organisationId: subject.organisationId,
    subjectId: subject.kind === 'service' ? subject.serviceId : subject.organisationId,
    decisions: [],
    appeals: [],
  };
}
