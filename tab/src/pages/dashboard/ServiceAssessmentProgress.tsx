import { Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import type { AssessmentListItem, Cycle, ServiceStanding } from '../../api/types';
import { describeDue, formatDate, todayIso } from '../../ui/dates';
import { ASSESSMENT_STATE_LABELS } from '../../../../src/domain/labels';
import { percentText } from '../../ui/percent-text';
import { RecognitionSummary } from '../shared/RecognitionSummary';
import { ThemeScoreTable } from '../shared/ThemeScoreTable';
import { LazyThemeChart } from './LazyThemeChart';
import { LeftToRate } from './LeftToRate';
import { FormalStatusCell } from './FormalStatusCell';
import { medianText } from '../shared/network-median';
import { medians } from './network-medians';

const useStyles = makeStyles({
  // The look of Fluent's tint badge, drawn here: the dashboard is everyone's first page, and the Badge component
  // would add 3 KB to what crosses the wire before it shows.
  state: {
    display: 'inline-block',
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  stack: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    marginTop: tokens.spacingVerticalL,
  },
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  heading: { margin: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  fact: {
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  big: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** One service's self-assessment: how far along, scores by theme against the network, what is left and for whom. */
export function ServiceAssessmentProgress({
  summary,
  cycle,
  standing,
}: {
  summary: AssessmentListItem;
  cycle: Cycle;
  standing: ServiceStanding;
}) {
  const styles = useStyles();
  const { me } = useApp();
  const id = summary.assessment.id;
  const { scores, network, leftToRate, assigneeNames } = standing;
  const benchmark = medians(network);
  const nameOf = (pid: string | null) =>
    pid === null
      ? 'Not assigned yet'
      : pid === me.person.id
        ? 'You'
        : (assigneeNames[pid] ?? 'Someone in your organisation');
  const end = cycle.windows.self_assessment.end;
  const { rated, total, percent } = summary.progress;
  const state = summary.assessment.state;
  const name = summary.subjectName;
  return (
    <div className={styles.stack} data-testid="dashboard-ready">
      <div className={styles.header}>
        <Text block as="h2" size={600} weight="semibold" className={styles.heading}>
          {name}
        </Text>
        <Text className={styles.state}>{ASSESSMENT_STATE_LABELS[state]}</Text>
      </div>
      <div className={styles.facts}>
        <div className={styles.fact}>
          <Field label={`Rated: ${rated} of ${total} standards`}>
            <ProgressBar value={total === 0 ? 0 : rated / total} thickness="large" />
          </Field>
          <Text>{percentText(percent)} done</Text>
        </div>
        <div className={styles.fact}>
          <Text>Overall score so far</Text>
          <Text className={styles.big}>{percentText(scores.overall.percent)}</Text>
          {benchmark.has('overall') ? <Text>Network median: {medianText(benchmark.get('overall'))}</Text> : null}
        </div>
        {/* The panel decides once the review is agreed; before then there is no standing to show. */}
        {summary.formalStatus.status !== 'awaiting_decision' || state === 'agreed' || state === 'closed' ? (
          <div className={styles.fact}>
            <Text>Formal status</Text>
            <FormalStatusCell assessmentId={id} status={summary.formalStatus} />
          </div>
        ) : null}
        <div className={styles.fact}>
          <Text>Self-assessment closes</Text>
          <Text className={styles.big}>{formatDate(end)}</Text>
          <Text>{describeDue(end, todayIso())}</Text>
        </div>
      </div>
      <LazyThemeChart
        title={`Score by theme: ${name}${network ? ' and the network median' : ''}`}
        sameFiguresIn="the table “Scores by theme” below"
        groups={scores.byTheme.map((t) => ({
          name: `${t.themeCode}. ${t.title}`,
          values: [
            { legend: name, value: t.score.percent },
            ...(network
              ? [
                  {
                    legend: 'Network median',
                    value: benchmark.get(t.themeCode)?.median ?? null,
                    text: medianText(benchmark.get(t.themeCode)),
                  },
                ]
              : []),
          ],
        }))}
      />
      <ThemeScoreTable report={scores} caption="Scores by theme" {...(network ? { benchmark } : {})} />
      <LeftToRate assessmentId={id} left={leftToRate} nameOf={nameOf} />
      <RecognitionSummary recognition={scores.recognition} assessmentId={id} />
      <Text>
        <RouteLink to={{ page: 'assessment', assessmentId: id }}>Open the self-assessment</RouteLink>
      </Text>
    </div>
  );
}
