import { weekdayDate } from '../../../../src/domain/formatting/uk-dates';
import {
  Button,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ConsentRequiredError, fieldMessages, messageOf } from '../../api/errors';
import type { VisitDay, VisitView } from '../../api/types';
import { useApp } from '../../app/app-context';
import { PermittedButton } from '../../ui/PermittedButton';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  input: { minWidth: 'min(24rem, 100%)' },
  link: { overflowWrap: 'anywhere' },
});

const FORMAT_WORDS = { in_person: 'in person', online: 'online, in Teams' } as const;

const visitDay = weekdayDate;

/** When and where the visit is, its Teams join link, and (for the lead reviewer) scheduling it. */
export function MeetingSection({ view, onSaved }: { view: VisitView; onSaved: (day: VisitDay) => void }) {
  const styles = useStyles();
  const { api, host } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [needsConsent, setNeedsConsent] = useState(false);
  const [joinUrl, setJoinUrl] = useState('');
  const schedule = async () => {
    setBusy(true);
    setError(null);
    setNeedsConsent(false);
    try {
      onSaved(await api.scheduleVisitMeeting(view.assessmentId));
    } catch (e) {
      if (e instanceof ConsentRequiredError) setNeedsConsent(true);
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const consent = async () => {
    if (!host.requestConsent) return;
    try {
      await host.requestConsent();
      await schedule();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const link = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.linkVisitMeeting(view.assessmentId, { joinUrl: joinUrl.trim(), version: view.version }));
      setJoinUrl('');
    } catch (e) {
      setError(fieldMessages(e)['joinUrl'] ?? messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const scheduled = view.meeting?.source === 'scheduled';
  return (
    <div className={styles.section}>
      <Text>
        {view.visit
          ? `${visitDay(view.visit.date)}, from ${view.visit.startTime ?? '09:30'} (UK time), ${FORMAT_WORDS[view.visit.format]}.`
          : 'The team has not set a visit date yet.'}
      </Text>
      {view.meeting ? (
        <Text>
          Teams meeting:{' '}
          <Link href={view.meeting.joinUrl} target="_blank" rel="noopener noreferrer" className={styles.link}>
            Join the visit in Teams
          </Link>
        </Text>
      ) : (
        <Text>No Teams meeting yet.</Text>
      )}
      {view.teamsScheduling ? (
        <PermittedButton permission={view.allowed.schedule} disabled={busy} onClick={() => void schedule()}>
          {busy ? 'Scheduling…' : scheduled ? 'Update the Teams meeting' : 'Schedule in Teams'}
        </PermittedButton>
      ) : view.allowed.schedule.allowed ? (
        <div className={styles.row}>
          <Field
            label="Teams join link"
            hint='Scheduling from here needs Microsoft 365. Make the meeting in Teams, choose "Copy join link" and paste it here.'
            validationMessage={error ?? undefined}
            validationState={error ? 'error' : 'none'}
          >
            <Input
              className={styles.input}
              type="url"
              value={joinUrl}
              placeholder="https://teams.microsoft.com/l/meetup-join/…"
              onChange={(_, d) => setJoinUrl(d.value)}
            />
          </Field>
          <Button onClick={() => void link()} disabled={busy || joinUrl.trim() === ''}>
            Save the join link
          </Button>
        </div>
      ) : null}
      {view.teamsScheduling && error ? (
        <MessageBar intent={needsConsent ? 'warning' : 'error'} layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {needsConsent && host.requestConsent ? (
        <Button appearance="primary" onClick={() => void consent()}>
          Give permission to add the visit to your calendar
        </Button>
      ) : null}
    </div>
  );
}
