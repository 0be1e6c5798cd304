import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useLoad } from '../app/use-load';
import { PERSONAL_APP_HOSTS } from '../host/host-app';
import type { DevPerson } from '../api/types';
import { ErrorMessage } from '../ui/ErrorMessage';
import { ROLE_LABELS } from '../../../src/domain/labels';
import { Loading } from '../ui/Loading';
import { CenteredPanel } from './CenteredPanel';
import type { StandaloneSession } from './standalone-session';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  person: { width: '100%', justifyContent: 'flex-start', textAlign: 'left', paddingBlock: tokens.spacingVerticalS },
  detail: { display: 'block', color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
});

function describe(person: DevPerson): string {
  const roles = [...new Set(person.roles.map((r) => ROLE_LABELS[r.role]))].join(', ');
  return [person.jobTitle, roles].filter((s) => s !== '').join(' · ');
}

/** Local mode outside Teams: choose one of the demo people to sign in as. */
export function SignInPicker({ session, onSignedIn }: { session: StandaloneSession; onSignedIn: () => void }) {
  const styles = useStyles();
  const people = useLoad(() => session.people(), 'people');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const signIn = async (person: DevPerson) => {
    setBusy(person.id);
    setError(null);
    try {
      await session.signIn(person.id);
      onSignedIn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  if (people.status === 'ready' && people.data === null) {
    // No "sign in as" here: this server signs people in with their organisation's Microsoft account, in Teams.
    return (
      <CenteredPanel title={`Open this app from ${PERSONAL_APP_HOSTS}`}>
        <Text>
          This app signs you in with your organisation&apos;s Microsoft account, so it opens from {PERSONAL_APP_HOSTS},
          not directly in a browser. There, choose Apps, find Mind &amp; Body QIN and open it.
        </Text>
      </CenteredPanel>
    );
  }
  return (
    <CenteredPanel title="Sign in to the Mind & Body network">
      {people.status === 'error' ? <ErrorMessage error={people.error} onRetry={people.reload} /> : null}
      {people.status === 'loading' ? <Loading label="Finding the demo network's people…" /> : null}
      {people.status === 'ready' && people.data ? (
        <>
          <Text>
            This copy runs on its own, outside Microsoft Teams, with a demo network. Choose who to sign in as.
          </Text>
          {error ? <ErrorMessage error={error} /> : null}
          <ul className={styles.list} aria-label="People you can sign in as">
            {people.data.map((person) => (
              <li key={person.id}>
                <Button className={styles.person} onClick={() => void signIn(person)} disabled={busy !== null}>
                  <span>
                    {person.displayName}
                    <span className={styles.detail}>{describe(person)}</span>
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </CenteredPanel>
  );
}
