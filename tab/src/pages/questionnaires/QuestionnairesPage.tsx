import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { useLoad } from '../../app/use-load';
import type { QuestionnairesView, RunView } from '../../api/types';
import { ActionNotice, type ActionResult } from '../../ui/ActionNotice';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { LoadView } from '../../ui/LoadView';
import { PageHeader } from '../../ui/PageHeader';
import { PermittedButton } from '../../ui/PermittedButton';
import { OpenRunForm } from './OpenRunForm';
import { PaperAnswerForm } from './PaperAnswerForm';
import { PublicLinkPanel } from './PublicLinkPanel';
import { ChannelSendStatus } from './ChannelSendStatus';
import { RunCard } from './RunCard';
import { RunResultsPage } from './RunResultsPage';
import { ErrorMessage } from '../../ui/ErrorMessage';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalL },
});

/** What is open on the page: one form or confirmation at a time. */
type Open =
  | { readonly kind: 'none' }
  | { readonly kind: 'open-run' }
  | { readonly kind: 'paper' | 'new-link' | 'close' | 'channel'; readonly runId: string };

/** A link shown once, after opening a run or giving it a new link. */
interface ShownLink {
  readonly title: string;
  readonly publicLink: string;
  readonly token: string;
}

/**
 * A service's questionnaires in the assessment's cycle: the runs with their counts, opening one (its public link
 * and QR codes shown once), a new link, closing early and typing in paper answers. `runId` shows one run's results.
 */
export function QuestionnairesPage({ assessmentId, runId }: { assessmentId: string; runId?: string | undefined }) {
  if (runId !== undefined) return <RunResultsPage key={runId} assessmentId={assessmentId} runId={runId} />;
  return <RunsPage assessmentId={assessmentId} />;
}

function RunsPage({ assessmentId }: { assessmentId: string }) {
  const styles = useStyles();
  const { api } = useApp();
  const loaded = useLoad(() => api.questionnaires(assessmentId), assessmentId);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [notice, setNotice] = useState<ActionResult | null>(null);
  const [link, setLink] = useState<ShownLink | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmError, setConfirmError] = useState<unknown>(null);

  const done = (text: string) => {
    setOpen({ kind: 'none' });
    setNotice({ intent: 'success', text });
    loaded.reload();
  };
  const confirmed = async (action: () => Promise<void>) => {
    setBusy(true);
    setConfirmError(null);
    try {
      await action();
    } catch (error) {
      setConfirmError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <LoadView
      state={loaded}
      onRetry={loaded.reload}
      loadingLabel="Opening the questionnaires…"
      errorTitle="The questionnaires could not be opened"
    >
      {(view: QuestionnairesView) => {
        const openable = view.questionnaires.filter((q) => view.openableIds.includes(q.id));
        const formFor = (run: RunView) => {
          if (open.kind === 'paper' && open.runId === run.id) {
            const questionnaire = view.questionnaires.find((q) => q.id === run.questionnaireId);
            return questionnaire ? (
              <PaperAnswerForm
                questionnaire={questionnaire}
                onSave={async (answer) => {
                  const saved = await api.enterPaperAnswer(assessmentId, run.id, answer);
                  done(`The paper answer to ${run.title} was saved: ${saved.answers} answers so far.`);
                }}
                onCancel={() => setOpen({ kind: 'none' })}
              />
            ) : null;
          }
          if (open.kind === 'new-link' && open.runId === run.id) {
            return (
              <>
                <ConfirmAction
                  confirmation={{
                    question: `Give ${run.title} a new link?`,
                    consequences: [
                      'The old link and its QR code stop working at once: posters and leaflets that carry them need replacing.',
                      'The answers already given are kept.',
                    ],
                    confirmLabel: 'Make a new link',
                  }}
                  busy={busy}
                  onConfirm={() =>
                    void confirmed(async () => {
                      const fresh = await api.newQuestionnaireLink(assessmentId, run.id, run.version);
                      setLink({ title: run.title, ...fresh });
                      done(`${run.title} has a new link; the old one no longer works.`);
                    })
                  }
                  onCancel={() => setOpen({ kind: 'none' })}
                />
                {confirmError ? <ErrorMessage error={confirmError} title="No new link was made" /> : null}
              </>
            );
          }
          if (open.kind === 'close' && open.runId === run.id) {
            return (
              <>
                <ConfirmAction
                  confirmation={{
                    question: `Close ${run.title} now?`,
                    consequences: [
                      'Nobody can answer it any more, online, in Teams or on paper.',
                      'The answers given so far are kept, and so are the results.',
                    ],
                    confirmLabel: 'Close it now',
                  }}
                  busy={busy}
                  onConfirm={() =>
                    void confirmed(async () => {
                      await api.closeQuestionnaireRun(assessmentId, run.id, run.version);
                      done(`${run.title} is closed.`);
                    })
                  }
                  onCancel={() => setOpen({ kind: 'none' })}
                />
                {confirmError ? <ErrorMessage error={confirmError} title="The questionnaire was not closed" /> : null}
              </>
            );
          }
          if (open.kind === 'channel' && open.runId === run.id) {
            return (
              <>
                <ConfirmAction
                  confirmation={{
                    question: `Send ${run.title} to the members of the service’s Teams channel?`,
                    consequences: [
                      'Each member of the channel gets it once, in a chat with the bot; guests are left out.',
                      'Their answers are anonymous, as in the tab.',
                    ],
                    confirmLabel: 'Send it',
                  }}
                  busy={busy}
                  onConfirm={() =>
                    void confirmed(async () => {
                      // The send goes on in the background: its progress shows on the run's card.
                      await api.sendQuestionnaireToChannel(assessmentId, run.id);
                      done(`${run.title} is being sent to the members of the service’s Teams channel.`);
                    })
                  }
                  onCancel={() => setOpen({ kind: 'none' })}
                />
                {confirmError ? <ErrorMessage error={confirmError} title="The questionnaire was not sent" /> : null}
              </>
            );
          }
          return null;
        };
        const choose = (next: Open) => {
          setConfirmError(null);
          setOpen(next);
        };
        return (
          <div className={styles.page}>
            <PageHeader title={`Questionnaires: ${view.serviceName}`} subtitle={view.cycleName} />
            <RouteLink to={{ page: 'assessment', assessmentId }}>Back to the self-assessment</RouteLink>
            <ActionNotice result={notice} />
            {link ? <PublicLinkPanel {...link} /> : null}

            <section aria-labelledby="questionnaire-runs" className={styles.section}>
              <Text as="h2" size={500} weight="semibold" id="questionnaire-runs" className={styles.heading}>
                Running in this cycle
              </Text>
              {view.runs.length === 0 ? <Text>No questionnaire has been opened for the service yet.</Text> : null}
              <ul className={styles.list}>
                {view.runs.map((run) => (
                  <RunCard
                    key={run.id}
                    assessmentId={assessmentId}
                    run={run}
                    onPaperAnswer={() => choose({ kind: 'paper', runId: run.id })}
                    onNewLink={() => choose({ kind: 'new-link', runId: run.id })}
                    onClose={() => choose({ kind: 'close', runId: run.id })}
                    onSendToChannel={() => choose({ kind: 'channel', runId: run.id })}
                    channelSend={
                      run.channelSend ? (
                        <ChannelSendStatus
                          key={`${run.channelSend.startedAt}:${run.channelSend.state}`}
                          assessmentId={assessmentId}
                          initial={run.channelSend}
                          onFinished={loaded.reload}
                        />
                      ) : null
                    }
                  >
                    {formFor(run)}
                  </RunCard>
                ))}
              </ul>
            </section>

            <section aria-labelledby="questionnaire-open" className={styles.section}>
              <Text as="h2" size={500} weight="semibold" id="questionnaire-open" className={styles.heading}>
                Open a questionnaire
              </Text>
              {open.kind === 'open-run' ? (
                <OpenRunForm
                  questionnaires={openable}
                  onOpen={async (request) => {
                    const opened = await api.openQuestionnaireRun(assessmentId, request);
                    const title = view.questionnaires.find((q) => q.id === request.questionnaireId)?.title ?? '';
                    setLink({ title, publicLink: opened.publicLink, token: opened.token });
                    done(`${title} is open. Its link is below: copy it now, it is shown only this once.`);
                  }}
                  onCancel={() => setOpen({ kind: 'none' })}
                />
              ) : (
                <div>
                  <PermittedButton
                    appearance="primary"
                    permission={view.allowed.open}
                    onClick={() => choose({ kind: 'open-run' })}
                  >
                    Open a questionnaire
                  </PermittedButton>
                </div>
              )}
            </section>
          </div>
        );
      }}
    </LoadView>
  );
}
