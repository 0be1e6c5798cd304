import { Field, Select, Text } from '@fluentui/react-components';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { useLoad } from '../../app/use-load';
import type { AssessmentSummary, Cycle } from '../../api/types';
import { LoadView } from '../../ui/LoadView';
import { ServiceAssessmentProgress } from './ServiceAssessmentProgress';

function serviceIdOf(summary: AssessmentSummary): string | undefined {
  return summary.assessment.subject.kind === 'service' ? summary.assessment.subject.serviceId : undefined;
}

/** Chooses the service (their own first) and shows its progress in the chosen cycle. */
export function ServiceProgress({
  cycle,
  serviceId,
  onPickService,
}: {
  cycle: Cycle;
  serviceId: string | undefined;
  onPickService: (serviceId: string) => void;
}) {
  const { api, me } = useApp();
  const list = useLoad(() => api.assessments(cycle.id), cycle.id);
  return (
    <LoadView state={list} onRetry={list.reload} loadingLabel="Loading the services…">
      {(assessments) => {
        const services = assessments.filter((a) => serviceIdOf(a) !== undefined);
        // Open the person's own service first (any role they hold in it), else the first they may see.
        const own = new Set(me.roles.flatMap((r) => (r.scope.kind === 'service' ? [r.scope.serviceId] : [])));
        const chosen =
          services.find((a) => serviceIdOf(a) === serviceId) ??
          services.find((a) => own.has(serviceIdOf(a) ?? '')) ??
          services[0];
        if (!chosen)
          return (
            <Text block as="p">
              There is no service self-assessment you can see in {cycle.name}.
            </Text>
          );
        return (
          <>
            {services.length > 1 ? (
              <Field label="Service">
                <Select value={serviceIdOf(chosen)} onChange={(_, data) => onPickService(data.value)}>
                  {services.map((a) => (
                    <option key={a.assessment.id} value={serviceIdOf(a)}>
                      {a.subjectName} ({a.organisationName})
                    </option>
                  ))}
                </Select>
              </Field>
            ) : null}
            {chosen.impact?.allowed ? (
              <RouteLink to={{ page: 'service-impact', serviceId: serviceIdOf(chosen) ?? '' }}>
                Impact over time for {chosen.subjectName}
              </RouteLink>
            ) : null}
            <ServiceAssessmentProgress key={chosen.assessment.id} summary={chosen} cycle={cycle} />
          </>
        );
      }}
    </LoadView>
  );
}
