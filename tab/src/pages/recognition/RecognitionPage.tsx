import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { useLoad } from '../../app/use-load';
import type { RecognitionView } from '../../api/types';
import { formatDate } from '../../ui/dates';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ActionNotice } from '../../ui/ActionNotice';
import { LoadView } from '../../ui/LoadView';
import { PageHeader } from '../../ui/PageHeader';
import { PermittedButton } from '../../ui/PermittedButton';
import { dueNextText } from '../shared/formal-status-text';
import { AppealForm } from './AppealForm';
import { AppealOutcomeForm } from './AppealOutcomeForm';
import { DecisionForm } from './DecisionForm';
import { DecisionSummary } from './DecisionSummary';
import { saveFile } from '../../ui/save-file';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalL },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  why: { color: tokens.colorNeutralForeground2 },
});

type Open = 'none' | 'decide' | 'appeal' | 'outcome';

/**
 * The recognition decision: the panel sees the computed proposal and why, records its decision (with a certificate
 * for a recognition) and each appeal's outcome; the service sees the decision and may appeal within the window.
 * Every button is offered or refused with the API's reason.
 */
export function RecognitionPage({ assessmentId }: { readonly assessmentId: string }) {
  const styles = useStyles();
  const { api } = useApp();
  const loaded = useLoad(() => api.recognition(assessmentId), assessmentId);
  const [open, setOpen] = useState<Open>('none');
  const [notice, setNotice] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  const done = (text: string) => {
    setOpen('none');
    setNotice(text);
    loaded.reload();
  };

  const downloadCertificate = async (fileName: string) => {
    setDownloadError(null);
    try {
      saveFile(await api.recognitionCertificate(assessmentId), fileName);
    } catch (error) {
      setDownloadError(error);
    }
  };

  return (
    <LoadView
      state={loaded}
      onRetry={loaded.reload}
      loadingLabel="Opening the recognition decision…"
      errorTitle="The recognition decision could not be opened"
    >
      {(view: RecognitionView) => {
        const current = view.current;
        const earlier = view.history.slice(0, -1).reverse();
        const due = dueNextText(view.dueNext);
        return (
          <div className={styles.page}>
            <PageHeader
              title={`Recognition: ${view.subjectName}`}
              subtitle={current ? `Decided on ${formatDate(current.decidedOn)}` : 'Awaiting the panel’s decision'}
            />
            <RouteLink to={{ page: 'assessment', assessmentId }}>Open the self-assessment</RouteLink>
            <ActionNotice text={notice} />

            <section aria-labelledby="recognition-proposal" className={styles.section}>
              <Text as="h2" size={500} weight="semibold" id="recognition-proposal" className={styles.heading}>
                The proposal
              </Text>
              <Text>
                The agreed ratings give the level <strong>{view.proposal.level}</strong>. This is a proposal: the
                network’s recognition panel decides.
              </Text>
              <Text className={styles.why}>{view.proposal.summary}</Text>
              {view.notReady ? (
                <MessageBar intent="info" layout="multiline">
                  <MessageBarBody>{view.notReady}</MessageBarBody>
                </MessageBar>
              ) : null}
            </section>

            <section aria-labelledby="recognition-decision" className={styles.section}>
              <Text as="h2" size={500} weight="semibold" id="recognition-decision" className={styles.heading}>
                The panel’s decision
              </Text>
              {current ? (
                <div className={styles.card}>
                  <DecisionSummary decision={current} />
                  {current.certificate ? (
                    <div className={styles.actions}>
                      <Button
                        onClick={() => void downloadCertificate(current.certificate?.fileName ?? 'certificate.docx')}
                      >
                        Download the certificate (Word)
                      </Button>
                    </div>
                  ) : null}
                  {downloadError ? (
                    <ErrorMessage error={downloadError} title="The certificate did not download" />
                  ) : null}
                </div>
              ) : (
                <Text>No decision has been recorded yet.</Text>
              )}
              {due ? <Text weight="semibold">Next: {due}</Text> : null}
              <div className={styles.actions}>
                <PermittedButton
                  appearance="primary"
                  permission={view.allowed.decide}
                  disabled={open === 'decide'}
                  onClick={() => setOpen('decide')}
                >
                  Record the decision
                </PermittedButton>
                <PermittedButton
                  permission={view.allowed.appeal}
                  disabled={open === 'appeal'}
                  onClick={() => setOpen('appeal')}
                >
                  Appeal the decision
                </PermittedButton>
                <PermittedButton
                  permission={view.allowed.decideAppeal}
                  disabled={open === 'outcome'}
                  onClick={() => setOpen('outcome')}
                >
                  Record the appeal’s outcome
                </PermittedButton>
              </div>
              {open === 'decide' ? (
                <DecisionForm
                  view={view}
                  onCancel={() => setOpen('none')}
                  onRecord={async (body) => {
                    const saved = await api.recordRecognitionDecision(assessmentId, { ...body, version: view.version });
                    done(
                      saved.current?.certificate
                        ? 'The decision is recorded and its certificate is filed in the service’s folder.'
                        : 'The decision is recorded.',
                    );
                  }}
                />
              ) : null}
              {open === 'appeal' && current?.appealClosesOn ? (
                <AppealForm
                  closesOn={formatDate(current.appealClosesOn)}
                  onCancel={() => setOpen('none')}
                  onAppeal={async (grounds) => {
                    await api.appealRecognition(assessmentId, { grounds, version: view.version });
                    done('Your appeal has been sent to the recognition panel.');
                  }}
                />
              ) : null}
              {open === 'outcome' ? (
                <AppealOutcomeForm
                  view={view}
                  onCancel={() => setOpen('none')}
                  onRecord={async (body) => {
                    await api.recordAppealOutcome(assessmentId, { ...body, version: view.version });
                    done('The appeal’s outcome is recorded.');
                  }}
                />
              ) : null}
            </section>

            {view.appeals.length > 0 ? (
              <section aria-labelledby="recognition-appeals" className={styles.section}>
                <Text as="h2" size={500} weight="semibold" id="recognition-appeals" className={styles.heading}>
                  Appeals
                </Text>
                <ul className={styles.list}>
                  {view.appeals.map((appeal) => (
                    <li key={appeal.decisionNumber} className={styles.card}>
                      <Text weight="semibold">
                        Appeal against decision {appeal.decisionNumber}, lodged {formatDate(appeal.lodgedAt)}
                      </Text>
                      <Text>Grounds: {appeal.grounds}</Text>
                      <Text>
                        {appeal.outcome
                          ? `${appeal.outcome.result === 'upheld' ? 'Upheld' : 'Dismissed'} on ${formatDate(appeal.outcome.decidedAt)}: ${appeal.outcome.reasons}`
                          : 'Waiting for the panel’s outcome.'}
                      </Text>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}

            {earlier.length > 0 ? (
              <section aria-labelledby="recognition-history" className={styles.section}>
                <Text as="h2" size={500} weight="semibold" id="recognition-history" className={styles.heading}>
                  Earlier decisions
                </Text>
                <ul className={styles.list}>
                  {earlier.map((decision) => (
                    <li key={decision.number} className={styles.card}>
                      <DecisionSummary decision={decision} />
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </div>
        );
      }}
    </LoadView>
  );
}
