import { useApp } from '../../app/app-context';
import type { Route } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import { LoadView } from '../../ui/LoadView';
import { ReviewWorkspace } from './ReviewWorkspace';

type ReviewRoute = Extract<Route, { page: 'review' }>;

/**
 * A reviewer's workspace for one assessment: the service's self-assessment beside the reviewer's own rating and
 * comment, findings, everyone's progress and the review team's own files. A reviewer outside the review window
 * or not on the team is told why by the API's answer.
 */
export function ReviewPage({ route }: { route: ReviewRoute }) {
  const { api } = useApp();
  const review = useLoad(() => api.review(route.assessmentId), `review:${route.assessmentId}`);
  return (
    <LoadView
      state={review}
      onRetry={review.reload}
      loadingLabel="Opening the peer review…"
      errorTitle="The peer review could not be opened"
    >
      {(data) => <ReviewWorkspace review={data} route={route} onChanged={review.setData} />}
    </LoadView>
  );
}
