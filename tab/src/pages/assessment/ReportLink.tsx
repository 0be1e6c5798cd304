import { REPORT_STATE_LABELS } from '../../../../src/domain/labels';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { useLoad } from '../../app/use-load';

/**
 * A link to the review's report from the self-assessment, once there is a report this person may read (the API
 * answers it); nothing shows before, or for anyone it does not show the report to.
 */
export function ReportLink({ assessmentId }: { assessmentId: string }) {
  const { api } = useApp();
  const report = useLoad(async () => api.report(assessmentId), assessmentId);
  if (report.status !== 'ready') return null;
  const { state } = report.data.report;
  return (
    <p>
      <RouteLink to={{ page: 'report', assessmentId }}>
        Read the review&apos;s report ({REPORT_STATE_LABELS[state].toLowerCase()})
      </RouteLink>
      {report.data.allowed.comment.allowed ? ': it is with you for its factual-accuracy check.' : null}
    </p>
  );
}
