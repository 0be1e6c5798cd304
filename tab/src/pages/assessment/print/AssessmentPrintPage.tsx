import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useApp } from '../../../app/app-context';
import { RouteLink } from '../../../app/RouteLink';
import { useLoad } from '../../../app/use-load';
import type { Api } from '../../../api/endpoints';
import type { EvidenceRecord, ScoreReport } from '../../../api/types';
import { ASSESSMENT_STATE_LABELS, STANDARD_TYPE_LABELS } from '../../../../../src/domain/labels';
import { formatDate, todayIso } from '../../../ui/dates';
import { LoadView } from '../../../ui/LoadView';
import { PageHeader } from '../../../ui/PageHeader';
import { percentText } from '../../../ui/percent-text';
import { RecognitionSummary } from '../../shared/RecognitionSummary';
import { ThemeScoreTable } from '../../shared/ThemeScoreTable';
import { loadAssessmentView, type AssessmentView } from '../load-assessment-view';
import { PrintStandard } from './PrintStandard';
import { PRINT_PAGE_CSS } from './print-page-css';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, maxWidth: '60rem' },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    '@media print': { display: 'none' },
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  themeHeading: { margin: 0, '@media print': { breakAfter: 'avoid' } },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  standards: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
});

interface PrintData {
  readonly view: AssessmentView;
  readonly evidence: readonly EvidenceRecord[];
  readonly scores: ScoreReport;
}

async function loadPrintData(api: Api, assessmentId: string): Promise<PrintData> {
  const [view, evidence, scores] = await Promise.all([
    loadAssessmentView(api, assessmentId),
    api.evidence(assessmentId),
    api.scores(assessmentId),
  ]);
  return { view, evidence, scores };
}

/**
 * The whole self-assessment as one document to print or save as PDF on A4: every theme and standard with its
 * rating, notes and evidence names, then the scores. It shows what is saved; drafts not yet saved are not in it.
 */
export function AssessmentPrintPage({ assessmentId }: { assessmentId: string }) {
  const { api } = useApp();
  const state = useLoad(() => loadPrintData(api, assessmentId), assessmentId);
  return (
    <LoadView state={state} onRetry={state.reload} loadingLabel="Preparing the self-assessment to print…">
      {(data) => <PrintDocument data={data} assessmentId={assessmentId} />}
    </LoadView>
  );
}

function PrintDocument({ data, assessmentId }: { data: PrintData; assessmentId: string }) {
  const styles = useStyles();
  const { detail, framework } = data.view;
  const responses = new Map(detail.responses.map((r) => [r.standardCode, r]));
  const standards = framework.standards.filter((s) => responses.has(s.code));
  const themes = framework.themes.filter((t) => standards.some((s) => s.themeCode === t.code));
  const fileNames = new Map(data.evidence.map((e) => [e.id, e.fileName]));
  return (
    <div className={styles.page}>
      <style>{PRINT_PAGE_CSS}</style>
      <div className={styles.toolbar}>
        <Button appearance="primary" onClick={() => window.print()}>
          Print or save as PDF
        </Button>
        <RouteLink to={{ page: 'assessment', assessmentId }}>Back to the self-assessment</RouteLink>
      </div>
      <PageHeader
        title={`Self-assessment: ${detail.subjectName}`}
        subtitle={`${detail.cycleName} · ${ASSESSMENT_STATE_LABELS[detail.assessment.state]} · ${framework.name} · printed ${formatDate(todayIso())}`}
      />
      <section className={styles.section} aria-labelledby="print-scores">
        <Text block as="h2" size={600} weight="semibold" id="print-scores" className={styles.heading}>
          Scores
        </Text>
        <Text block as="p">
          Overall: {percentText(data.scores.overall.percent)} ({data.scores.overall.counted} standards counted,{' '}
          {data.scores.overall.unrated} still to rate)
        </Text>
        <ul className={styles.list} aria-label="Scores by type of standard">
          {data.scores.byType.map(({ type, score }) => (
            <li key={type}>
              {STANDARD_TYPE_LABELS[type]}: {percentText(score.percent)}
            </li>
          ))}
        </ul>
        <RecognitionSummary recognition={data.scores.recognition} headingLevel="h3" />
        <ThemeScoreTable report={data.scores} caption={`Scores by theme (${framework.name})`} />
      </section>
      {themes.map((theme) => (
        <section key={theme.code} className={styles.section} aria-labelledby={`print-theme-${theme.code}`}>
          <Text
            block
            as="h2"
            size={600}
            weight="semibold"
            id={`print-theme-${theme.code}`}
            className={styles.themeHeading}
          >
            Theme {theme.code}: {theme.title}
          </Text>
          <ol className={styles.standards} aria-label={`Standards of theme ${theme.code}`}>
            {standards
              .filter((s) => s.themeCode === theme.code)
              .map((standard) => {
                const response = responses.get(standard.code);
                return response ? (
                  <li key={standard.code}>
                    <PrintStandard
                      standard={standard}
                      response={response}
                      evidenceNames={response.evidenceIds.map((id) => fileNames.get(id) ?? 'A file no longer listed')}
                    />
                  </li>
                ) : null;
              })}
          </ol>
        </section>
      ))}
    </div>
  );
}
