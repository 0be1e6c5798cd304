import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { messageOf } from '../../api/errors';
import type { VisitDay, VisitView } from '../../api/types';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import { ActionNotice, type ActionResult } from '../../ui/ActionNotice';
import { LoadView } from '../../ui/LoadView';
import { PageHeader } from '../../ui/PageHeader';
import { AgendaSection } from './AgendaSection';
import { FeedbackSection } from './FeedbackSection';
import { MeetingSection } from './MeetingSection';
import { NotesSection } from './NotesSection';
import { ReviewPagesNav } from '../shared/ReviewPagesNav';
import { saveFile } from '../../ui/save-file';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, maxWidth: '60rem' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

/** The visit day of a peer review: agenda, the Teams meeting, the team's notes per theme and the feedback. */
export function ReviewVisitPage({ assessmentId }: { assessmentId: string }) {
  const { api } = useApp();
  const view = useLoad(() => api.visit(assessmentId), assessmentId);
  return (
    <LoadView
      state={view}
      onRetry={view.reload}
      loadingLabel="Loading the visit"
      errorTitle="The visit could not be opened"
    >
      {(data) => (
        <VisitContent
          view={data}
          onSaved={(day) =>
            view.setData((v) => ({
              ...v,
              version: day.version,
              meeting: day.meeting,
              feedback:
                v.feedback && day.feedback
                  ? { sections: day.feedback.sections, generated: false, sharedAt: day.feedback.sharedAt }
                  : v.feedback,
            }))
          }
        />
      )}
    </LoadView>
  );
}

function VisitContent({ view, onSaved }: { view: VisitView; onSaved: (day: VisitDay) => void }) {
  const styles = useStyles();
  const { api } = useApp();
  const [downloadError, setDownloadError] = useState<ActionResult | null>(null);
  const download = async () => {
    setDownloadError(null);
    try {
      saveFile(await api.visitAgendaDocx(view.assessmentId), `visit-agenda-${view.assessmentId}.docx`);
    } catch (e) {
      setDownloadError({ intent: 'error', text: messageOf(e) });
    }
  };
  return (
    <div className={styles.page}>
      <PageHeader
        title={`Visit day: ${view.serviceName}`}
        subtitle="The agenda, the Teams meeting, the team's notes and the preliminary feedback."
        actions={<Button onClick={() => void download()}>Download the agenda (Word)</Button>}
      />
      <ReviewPagesNav assessmentId={view.assessmentId} current="review-visit" />
      <ActionNotice result={downloadError} />
      <section className={styles.section} aria-labelledby="visit-meeting">
        <Text as="h2" size={500} weight="semibold" id="visit-meeting">
          The visit
        </Text>
        <MeetingSection view={view} onSaved={onSaved} />
      </section>
      <section className={styles.section} aria-labelledby="visit-agenda">
        <Text as="h2" size={500} weight="semibold" id="visit-agenda">
          Agenda
        </Text>
        <AgendaSection agenda={view.agenda} />
      </section>
      {view.notes ? (
        <section className={styles.section} aria-labelledby="visit-notes">
          <Text as="h2" size={500} weight="semibold" id="visit-notes">
            Notes on the day
          </Text>
          <Text>
            Your notes are saved as you type and kept on this device if the connection drops. Only the review team sees
            them.
          </Text>
          <NotesSection assessmentId={view.assessmentId} themes={view.notes} permission={view.allowed.write_notes} />
        </section>
      ) : null}
      {view.feedback ? (
        <section className={styles.section} aria-labelledby="visit-feedback">
          <Text as="h2" size={500} weight="semibold" id="visit-feedback">
            Preliminary feedback
          </Text>
          <FeedbackSection view={view} onSaved={onSaved} />
        </section>
      ) : null}
    </div>
  );
}
