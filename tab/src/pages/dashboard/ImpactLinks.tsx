import { Text } from '@fluentui/react-components';
import { RouteLink } from '../../app/RouteLink';
import type { ScoredAssessment } from '../../api/types';
import { useViewStyles } from './view-styles';

/** Links to each service's impact over time, for the services the API says the reader may see it for. */
export function ImpactLinks({ scored }: { scored: readonly ScoredAssessment[] }) {
  const styles = useViewStyles();
  const open = scored.filter((s) => s.subjectKind === 'service' && s.allowed?.see_impact.allowed);
  if (open.length === 0) return null;
  return (
    <nav aria-labelledby="impact-links-heading">
      <Text block as="h3" size={400} weight="semibold" id="impact-links-heading" className={styles.heading}>
        Impact over time
      </Text>
      <ul>
        {open.map((s) => (
          <li key={s.subjectId}>
            <RouteLink to={{ page: 'service-impact', serviceId: s.subjectId }}>{s.subjectName}</RouteLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
