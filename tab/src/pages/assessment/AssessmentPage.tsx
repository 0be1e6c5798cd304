import { useCallback } from 'react';
import { useApp } from '../../app/app-context';
import type { Route } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import type { AssessmentDetail } from '../../api/types';
import { LoadView } from '../../ui/LoadView';
import { AssessmentWorkspace } from './AssessmentWorkspace';
import { loadAssessmentView } from './load-assessment-view';

type AssessmentRoute = Extract<Route, { page: 'assessment' }>;

/** Self-assessment of one service or organisation, theme by theme, with autosave and a submission check. */
export function AssessmentPage({ route }: { route: AssessmentRoute }) {
  const { api } = useApp();
  const view = useLoad(() => loadAssessmentView(api, route.assessmentId), route.assessmentId);
  const { setData } = view;
  const setDetail = useCallback(
    (update: (detail: AssessmentDetail) => AssessmentDetail) =>
      setData((data) => ({ ...data, detail: update(data.detail) })),
    [setData],
  );
  return (
    <LoadView
      state={view}
      onRetry={view.reload}
      loadingLabel="Opening the self-assessment…"
      errorTitle="The self-assessment could not be opened"
    >
      {(data) => <AssessmentWorkspace view={data} route={route} setDetail={setDetail} reload={view.reload} />}
    </LoadView>
  );
}
