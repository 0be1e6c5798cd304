/** One comment of a report's factual-accuracy check for the store contract; ids tie to fixtures.ts. */
import type { ReportComment } from '../../src/domain/report-comment';
import type { Change } from '../../src/services/ports';

export function reportComment(overrides: Partial<ReportComment> = {}): ReportComment {
  return {
    id: 'rc-as-cardio-2026-1',
    version: 0,
    assessmentId: 'as-cardio-2026',
    cycleId: 'cy-2026',
    section: 'Summary',
    passage: 'The review team visited in person on 2027-01-25.',
    whatIsWrong: 'The visit was online.',
    shouldSay: 'The review team visited online on 2027-01-25.',
    evidenceUrl: null,
    status: 'open',
    commentedBy: 'p-grace',
    commentedAt: '2026-11-26T09:30:00.000Z',
    decision: null,
    ...overrides,
  };
}

export function oneReportComment(): Change[] {
  return [{ op: 'put', kind: 'reportComment', value: reportComment(), expectedVersion: 0 }];
}
