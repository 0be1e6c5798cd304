import type { HttpClient } from './http-client';
import type {
  AppealOutcomeRequest,
  RecognitionAppealRequest,
  RecognitionDecisionRequest,
  RecognitionView,
} from './types';

const seg = encodeURIComponent;

/**
 * The calls of the pages that come after the review (the report and its check, the recognition decision, the
 * action plan, the good-practice library, impact over time). They load with the first of those pages, never
 * with everyone's first page; every name is listed in `after-review-calls.ts`.
 */
export function createAfterReviewApi(http: HttpClient) {
  return {
    // The recognition decision: the proposal, the panel's decision and certificate, the service's appeal.
    recognition: (id: string) => http.get<RecognitionView>(`/assessments/${seg(id)}/recognition`),
    recordRecognitionDecision: (id: string, body: RecognitionDecisionRequest) =>
      http.post<RecognitionView>(`/assessments/${seg(id)}/recognition/decision`, body),
    appealRecognition: (id: string, body: RecognitionAppealRequest) =>
      http.post<RecognitionView>(`/assessments/${seg(id)}/recognition/appeal`, body),
    recordAppealOutcome: (id: string, body: AppealOutcomeRequest) =>
      http.post<RecognitionView>(`/assessments/${seg(id)}/recognition/appeal/outcome`, body),
    recognitionCertificate: (id: string) => http.download(`/assessments/${seg(id)}/recognition/certificate`),
  };
}

export type AfterReviewApi = ReturnType<typeof createAfterReviewApi>;
