import type { HttpClient } from './http-client';

/**
 * The calls of the pages that come after the review (the report and its check, the recognition decision, the
 * action plan, the good-practice library, impact over time). They load with the first of those pages, never
 * with everyone's first page; every name is listed in `after-review-calls.ts`.
 */
export function createAfterReviewApi(http: HttpClient) {
  void http;
  return {};
}

export type AfterReviewApi = ReturnType<typeof createAfterReviewApi>;
