import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { RATING_LABELS, reviewerRoleInSentence } from '../../../../src/domain/labels';
import type { VisitView } from '../../api/types';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

type Agenda = VisitView['agenda'];

/** The agenda: themes, where views differ most (or what the service rated low), evidence gaps, people to meet. */
export function AgendaSection({ agenda }: { agenda: Agenda }) {
  const styles = useStyles();
  const { focus, people } = agenda;
  return (
    <div className={styles.section}>
      <div>
        <Text as="h3" weight="semibold" block>
          Themes
        </Text>
        <ul className={styles.list}>
          {agenda.themes.map((t) => (
            <li key={t.code}>
              {t.code}. {t.title} ({t.standardCount} standards)
            </li>
          ))}
        </ul>
      </div>
      <div>
        <Text as="h3" weight="semibold" block>
          Where views differ most
        </Text>
        {focus.basis === 'rating_differences' ? (
          focus.items.length === 0 ? (
            <Text>The team rates every standard as the service did so far.</Text>
          ) : (
            <ul className={styles.list}>
              {focus.items.map((i) => (
                <li key={i.standardCode}>
                  {i.standardCode} {i.title}: the service rated it {RATING_LABELS[i.self].toLowerCase()}; the team{' '}
                  {i.reviewers.map((r) => RATING_LABELS[r].toLowerCase()).join(', ')}.
                </li>
              ))}
            </ul>
          )
        ) : (
          <>
            <Text block>
              The team has not rated any standard yet, so these are the standards the service rated not met or partly
              met.
            </Text>
            <ul className={styles.list}>
              {focus.items.map((i) => (
                <li key={i.standardCode}>
                  {i.standardCode} {i.title}: {RATING_LABELS[i.self].toLowerCase()}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div>
        <Text as="h3" weight="semibold" block>
          Evidence gaps
        </Text>
        {agenda.evidenceGaps.length === 0 ? (
          <Text>Every rated standard has evidence or a clear reason.</Text>
        ) : (
          <ul className={styles.list}>
            {agenda.evidenceGaps.map((g) => (
              <li key={g.standardCode}>
                {g.standardCode} {g.title}:{' '}
                {g.problem === 'no_evidence'
                  ? `rated ${RATING_LABELS[g.rating].toLowerCase()} with no evidence attached`
                  : 'rated not applicable without a clear reason'}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <Text as="h3" weight="semibold" block>
          People to meet
        </Text>
        <ul className={styles.list}>
          <li>
            Service lead:{' '}
            {people.serviceLeads.length > 0 ? people.serviceLeads.map((p) => p.name).join(', ') : 'none named'}
          </li>
          {people.contributorsByTheme.map((t) => (
            <li key={t.themeCode}>
              Theme {t.themeCode} ({t.title}): {t.people.map((p) => p.name).join(', ')}
            </li>
          ))}
          <li>The review team: {people.team.map((m) => `${m.name} (${reviewerRoleInSentence(m.role)})`).join(', ')}</li>
        </ul>
      </div>
    </div>
  );
}
