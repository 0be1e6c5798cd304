import { summaryFromParts, type AssessmentSummary } from '../../src/domain/assessment-summary';
import type { Change } from '../../src/services/ports';
import { put, response, serviceAssessment } from './fixtures';

/** The summary of the fixtures' service assessment with one response rated. */
export function assessmentSummary(overrides: Partial<AssessmentSummary> = {}): AssessmentSummary {
  const base = summaryFromParts(
    {
      assessment: serviceAssessment(),
      responses: [response('as-cardio-2026', '1.1', { rating: 'met' }), response('as-cardio-2026', '1.2')],
      agreed: [],
      recognition: undefined,
    },
    0,
  );
  return { ...base, ...overrides };
}

export function oneAssessmentSummary(): Change[] {
  return [put('assessmentSummary', assessmentSummary())];
}
