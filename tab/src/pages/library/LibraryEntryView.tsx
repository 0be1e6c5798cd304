import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { useLoad } from '../../app/use-load';
import { messageOf } from '../../api/errors';
import type { LibraryDecision, LibraryEntryView as EntryView } from '../../api/types';
import { formatDate } from '../../ui/dates';
import { LoadView } from '../../ui/LoadView';
import { ActionNotice } from '../../ui/ActionNotice';
import { PageHeader } from '../../ui/PageHeader';
import { PermittedButton } from '../../ui/PermittedButton';
import { AgreeForm, type AgreedEntry } from './AgreeForm';
import { LibraryEntryCard } from './LibraryEntryCard';
import { ReasonForm } from './ReasonForm';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  history: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalXS },
  section: { marginTop: tokens.spacingVerticalL },
});

const STATUS_TEXT: Readonly<Record<EntryView['status'], string>> = {
  proposed: 'Proposed: waiting for the service to agree. Nobody else can see it yet.',
  declined: 'The service decided not to share this.',
  published: 'Published: everyone in the network can find it.',
  withdrawn: 'Withdrawn: no longer in the library.',
};

const STEP_TEXT: Readonly<Record<LibraryDecision['step'], string>> = {
  proposed: 'Proposed by',
  agreed: 'Agreed and published by',
  declined: 'Declined by',
  withdrawn: 'Withdrawn by',
};

type Open = 'agree' | 'decline' | 'withdraw' | null;

/** One entry: the card, where it stands and its record, and the service's decisions when the API allows them. */
export function LibraryEntryView({ entryId }: { entryId: string }) {
  const styles = useStyles();
  const { api } = useApp();
  const page = useLoad(() => api.libraryEntry(entryId), entryId);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);

  const act = async (run: () => Promise<unknown>, success: string) => {
    try {
      await run();
      setNotice({ intent: 'success', text: success });
      setOpen(null);
      page.reload();
    } catch (error) {
      setNotice({ intent: 'error', text: messageOf(error) });
    }
  };

  return (
    <>
      <PageHeader
        title={page.status === 'ready' ? page.data.title : 'Good practice'}
        subtitle={<RouteLink to={{ page: 'library' }}>Back to the good-practice library</RouteLink>}
      />
      <ActionNotice result={notice} />
      <LoadView state={page} onRetry={page.reload} loadingLabel="Opening the entry…">
        {(entry) => (
          <>
            <Text block as="p" weight="semibold">
              {STATUS_TEXT[entry.status]}
            </Text>
            <LibraryEntryCard
              entry={entry}
              headingLevel="h2"
              onError={(text) => setNotice({ intent: 'error', text })}
              footer={
                <div className={styles.actions}>
                  {entry.status === 'proposed' ? (
                    <>
                      <PermittedButton
                        appearance="primary"
                        permission={entry.allowed.agree}
                        onClick={() => setOpen('agree')}
                      >
                        Agree to share
                      </PermittedButton>
                      <PermittedButton permission={entry.allowed.decline} onClick={() => setOpen('decline')}>
                        Decline
                      </PermittedButton>
                    </>
                  ) : null}
                  {entry.status === 'published' && entry.allowed.withdraw.allowed ? (
                    <PermittedButton permission={entry.allowed.withdraw} onClick={() => setOpen('withdraw')}>
                      Withdraw from the library
                    </PermittedButton>
                  ) : null}
                </div>
              }
            />
            {open === 'agree' ? (
              <AgreeForm
                entry={entry}
                onCancel={() => setOpen(null)}
                onSubmit={(agreed: AgreedEntry) =>
                  act(
                    () =>
                      api.agreeToPublish(entry.id, {
                        ...agreed,
                        evidenceIds: [...agreed.evidenceIds],
                        version: entry.version,
                      }),
                    'Published. Everyone in the network can find it now, and it will be announced in Teams.',
                  )
                }
              />
            ) : null}
            {open === 'decline' ? (
              <ReasonForm
                label="Why not share this?"
                hint="The reviewers who proposed it will read this."
                submitLabel="Decline"
                onCancel={() => setOpen(null)}
                onSubmit={(reason) =>
                  act(
                    () => api.declineToPublish(entry.id, { version: entry.version, reason }),
                    'Declined. Nothing was published.',
                  )
                }
              />
            ) : null}
            {open === 'withdraw' ? (
              <ReasonForm
                label="Why take this out of the library?"
                hint="The reason stays on the entry's record."
                submitLabel="Withdraw"
                onCancel={() => setOpen(null)}
                onSubmit={(reason) =>
                  act(
                    () => api.withdrawFromLibrary(entry.id, { version: entry.version, reason }),
                    'Withdrawn. It is no longer in the library; its record stays.',
                  )
                }
              />
            ) : null}
            <section className={styles.section} aria-labelledby="record-heading">
              <Text block as="h2" size={400} weight="semibold" id="record-heading">
                Record
              </Text>
              <ol className={styles.history}>
                {entry.history.map((d, i) => (
                  <li key={i}>
                    {STEP_TEXT[d.step]} {d.byName} on {formatDate(d.at.slice(0, 10))}
                    {d.reason ? `: ${d.reason}` : ''}
                  </li>
                ))}
              </ol>
            </section>
          </>
        )}
      </LoadView>
    </>
  );
}
