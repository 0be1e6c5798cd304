import { withQuery, type HttpClient } from './http-client';
import type { ImpactRangeQueryString, NetworkImpact, ServiceImpactView } from './types';

/**
 * The calls of the pages that come after the review (the report and its check, the recognition decision, the
 * action plan, the good-practice library, impact over time). They load with the first of those pages, never
 * with everyone's first page; every name is listed in `after-review-calls.ts`.
 */
export function createAfterReviewApi(http: HttpClient) {
  return {
    /** A service's ratings across cycles, what changed and the actions completed between. */
    serviceImpact: (serviceId: string) =>
      http.get<ServiceImpactView>(`/api/v1/services/${encodeURIComponent(serviceId)}/impact`),
    /** The network's impact over a range of cycles (null before any cycle exists). */
    networkImpact: (range: ImpactRangeQueryString = {}) =>
      http.get<NetworkImpact | null>(withQuery('/api/v1/impact', { ...range })),
  };
}

export type AfterReviewApi = ReturnType<typeof createAfterReviewApi>;
