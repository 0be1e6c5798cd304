import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { RouteLink } from '../../app/RouteLink';
import type { LeftForPerson } from '../../api/types';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  groups: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** The standards still to rate, grouped by who they are assigned to. */
export function LeftToRate({
  assessmentId,
  left,
  nameOf,
}: {
  assessmentId: string;
  /** As the API worked it out: unassigned first, then by person, in framework order. */
  left: readonly LeftForPerson[];
  nameOf: (personId: string | null) => string;
}) {
  const styles = useStyles();
  const count = left.reduce((n, g) => n + g.standards.length, 0);
  return (
    <section className={styles.box} aria-labelledby="left-title">
      <Text block as="h3" size={500} weight="semibold" id="left-title" className={styles.heading}>
        {count === 0 ? 'Every standard is rated' : `Still to rate: ${count} standard${count === 1 ? '' : 's'}`}
      </Text>
      <div className={styles.groups}>
        {left.map((group) => (
          <div key={group.assigneeId ?? 'none'}>
            <Text block as="h4" weight="semibold" id={`left-${group.assigneeId ?? 'none'}`}>
              {nameOf(group.assigneeId)} ({group.standards.length})
            </Text>
            <ul className={styles.list} aria-labelledby={`left-${group.assigneeId ?? 'none'}`}>
              {group.standards.map((s) => (
                <li key={s.code}>
                  <RouteLink to={{ page: 'assessment', assessmentId, standardCode: s.code, themeCode: s.themeCode }}>
                    {s.code} {s.title}
                  </RouteLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
