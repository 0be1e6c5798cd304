import type { HttpClient } from './http-client';
import type {
  ReportComment,
  ReportCommentDecisionRequest,
  ReportCommentRequest,
  ReportFormat,
  ReportTransitionRequest,
  ReportView,
} from './types';

const seg = encodeURIComponent;

/**
 * The calls of the pages that come after the review (the report and its check, the recognition decision, the
 * action plan, the good-practice library, impact over time). They load with the first of those pages, never
 * with everyone's first page; every name is listed in `after-review-calls.ts`.
 */
export function createAfterReviewApi(http: HttpClient) {
  return {
    // The report of an agreed review (issue 14): read, regenerate, move on, download.
    report: (id: string) => http.get<ReportView>(`/assessments/${seg(id)}/report`),
    generateReport: (id: string) => http.post<ReportView>(`/assessments/${seg(id)}/report`, {}),
    moveReport: (id: string, body: ReportTransitionRequest) =>
      http.post<ReportView>(`/assessments/${seg(id)}/report/transitions`, body),
    reportFile: (id: string, format: ReportFormat) => http.download(`/assessments/${seg(id)}/report/files/${format}`),
    reportRatingsCsv: (id: string) => http.download(`/assessments/${seg(id)}/report/ratings.csv`),
    commentOnReport: (id: string, body: ReportCommentRequest) =>
      http.post<ReportComment>(`/assessments/${seg(id)}/report/comments`, body),
    decideReportComment: (id: string, commentId: string, body: ReportCommentDecisionRequest) =>
      http.post<ReportComment>(`/assessments/${seg(id)}/report/comments/${seg(commentId)}/decision`, body),
  };
}

export type AfterReviewApi = ReturnType<typeof createAfterReviewApi>;
