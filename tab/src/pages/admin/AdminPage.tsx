import { makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { ADMIN_SECTIONS, type AdminSection } from '../../app/routes';
import { PageHeader } from '../../ui/PageHeader';
import { CyclesAdmin } from './CyclesAdmin';
import { FrameworksAdmin } from './FrameworksAdmin';
import { OrganisationsAdmin } from './OrganisationsAdmin';
import { PeopleAdmin } from './PeopleAdmin';
import { ReviewTeamsAdmin } from './review-teams/ReviewTeamsAdmin';
import { ServicesAdmin } from './ServicesAdmin';

const LABELS: Readonly<Record<AdminSection, string>> = {
  organisations: 'Organisations',
  services: 'Services',
  people: 'People and roles',
  cycles: 'Cycles',
  frameworks: 'Frameworks',
  'review-teams': 'Review teams',
};

const useStyles = makeStyles({
  nav: { marginBottom: tokens.spacingVerticalL },
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  current: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: 'underline' },
});

/** The network team's pages: membership, people and roles, cycles and frameworks. */
export function AdminPage({ section }: { section: AdminSection }) {
  const styles = useStyles();
  const { me } = useApp();
  if (!me.allowed.administer.allowed) {
    return <PageHeader title="Network admin" subtitle={me.allowed.administer.reason} />;
  }
  return (
    <>
      <PageHeader title={`Network admin: ${LABELS[section]}`} />
      <nav aria-label="Admin sections" className={styles.nav}>
        <ul className={styles.list}>
          {ADMIN_SECTIONS.map((s) => (
            <li key={s}>
              <RouteLink
                to={{ page: 'admin', section: s }}
                aria-current={s === section ? 'page' : undefined}
                {...(s === section ? { className: styles.current } : {})}
              >
                {LABELS[s]}
              </RouteLink>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'organisations' ? <OrganisationsAdmin /> : null}
      {section === 'services' ? <ServicesAdmin /> : null}
      {section === 'people' ? <PeopleAdmin /> : null}
      {section === 'cycles' ? <CyclesAdmin /> : null}
      {section === 'frameworks' ? <FrameworksAdmin /> : null}
      {section === 'review-teams' ? <ReviewTeamsAdmin /> : null}
    </>
  );
}
