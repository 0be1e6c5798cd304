import { Field, Select, Text } from '@fluentui/react-components';
import { RouteLink } from '../../app/RouteLink';
import type { AssessmentSummary, Cycle, ServiceDashboard } from '../../api/types';
import { ServiceAssessmentProgress } from './ServiceAssessmentProgress';

function serviceIdOf(summary: AssessmentSummary): string | undefined {
  return summary.assessment.subject.kind === 'service' ? summary.assessment.subject.serviceId : undefined;
}

/** The service the API chose (the one asked for, else the person's own) with a choice of the others, and its progress. */
export function ServiceProgress({
  dashboard,
  cycle,
  onPickService,
}: {
  dashboard: ServiceDashboard;
  cycle: Cycle;
  onPickService: (serviceId: string) => void;
}) {
  const { services, shown, standing } = dashboard;
  if (!shown || !standing)
    return (
      <Text block as="p">
        There is no service self-assessment you can see in {cycle.name}.
      </Text>
    );
  return (
    <>
      {services.length > 1 ? (
        <Field label="Service">
          <Select value={serviceIdOf(shown)} onChange={(_, data) => onPickService(data.value)}>
            {services.map((a) => (
              <option key={a.assessment.id} value={serviceIdOf(a)}>
                {a.subjectName} ({a.organisationName})
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {shown.impact?.allowed ? (
        <RouteLink to={{ page: 'service-impact', serviceId: serviceIdOf(shown) ?? '' }}>
          Impact over time for {shown.subjectName}
        </RouteLink>
      ) : null}
      <ServiceAssessmentProgress key={shown.assessment.id} summary={shown} cycle={cycle} standing={standing} />
    </>
  );
}
