import { submittedOn } from '../../../../src/domain/submitted-on';
import { Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, tokens } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { useApp } from '../../app/app-context';
import type { Route } from '../../app/routes';
import type { AssessmentDetail, Permission, StandardResponse } from '../../api/types';
import { describeDue, formatDate, todayIso } from '../../ui/dates';
import { ASSESSMENT_STATE_LABELS } from '../../../../src/domain/labels';
import { PageHeader } from '../../ui/PageHeader';
import { RouteLink } from '../../app/RouteLink';
import type { AssessmentView } from './load-assessment-view';
import { EvidenceLibrary } from './evidence/EvidenceLibrary';
import { EvidenceContext, useEvidence } from './evidence/use-evidence';
import { InformationRequestsPanel } from './information/InformationRequestsPanel';
import { InformationContext, useInformationRequests } from './information/use-information-requests';
import { currentFields } from './response-drafts';
import { SharedVisitFeedback } from './SharedVisitFeedback';
import { ReportLink } from './ReportLink';
import { SaveSummary } from '../shared/autosave/SaveSummary';
import { SubmitPanel } from './SubmitPanel';
import { submissionGaps } from './submission-check';
import { ThemeNav } from './ThemeNav';
import { ThemeSection } from './ThemeSection';
import { useResponseDrafts } from './use-response-drafts';
import { LayoutSwitch } from './grid/LayoutSwitch';
import { LazyStandardsGrid } from './grid/LazyStandardsGrid';
import { useStandardsLayout } from './grid/standards-layout';
import {
  QuestionnaireEvidenceContext,
  useQuestionnaireEvidence,
} from '../questionnaires/evidence/questionnaire-evidence';

const useStyles = makeStyles({
  top: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalL,
  },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(12rem, 18rem) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    '@media (max-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  layoutSwitch: { marginBottom: tokens.spacingVerticalL },
});

type AssessmentRoute = Extract<Route, { page: 'assessment' }>;

export function AssessmentWorkspace({
  view,
  route,
  setDetail,
  reload,
}: {
  view: AssessmentView;
  route: AssessmentRoute;
  setDetail: (update: (detail: AssessmentDetail) => AssessmentDetail) => void;
  reload: () => void;
}) {
  const styles = useStyles();
  const { api, http, me } = useApp();
  const { detail, framework, cycle, people } = view;
  const assessmentId = detail.assessment.id;
  const { drafts, entries } = useResponseDrafts(api, http.status, me.person.id, assessmentId, detail.responses);
  const [layout, setLayout] = useStandardsLayout(me.person.id);

  const standards = useMemo(() => {
    const codes = new Set(detail.responses.map((r) => r.standardCode));
    return framework.standards.filter((s) => codes.has(s.code));
  }, [framework, detail.responses]);
  const themes = framework.themes.filter((t) => standards.some((s) => s.themeCode === t.code));
  const wantedTheme = route.themeCode ?? standards.find((s) => s.code === route.standardCode)?.themeCode;
  const theme = route.view ? undefined : (themes.find((t) => t.code === wantedTheme) ?? themes[0]);
  const everyTheme = !route.view && layout === 'all-grid';
  const fieldsByCode = new Map([...entries].map(([code, entry]) => [code, currentFields(entry)]));
  const rated = [...fieldsByCode.values()].filter((f) => f.rating !== null).length;
  const savedRevision = [...entries.values()].reduce((sum, e) => sum + e.server.version, 0);
  const names = useMemo(() => new Map(people.map((p) => [p.id, p.displayName])), [people]);
  const nameOf = useCallback(
    (id: string | null) =>
      id === null
        ? 'nobody'
        : id === me.person.id
          ? 'you'
          : id.startsWith('system:')
            ? 'the network (demo data)'
            : (names.get(id) ?? 'someone else'),
    [names, me.person.id],
  );
  const rateOf = (code: string): Permission =>
    detail.allowedByStandard[code]?.rate ?? { allowed: false, reason: `Standard ${code} is not in this assessment.` };
  const assignable = detail.allowed.assign.allowed ? people : null;
  const onResponses = useCallback(
    (updated: readonly StandardResponse[]) => {
      const byCode = new Map(updated.map((r) => [r.standardCode, r]));
      setDetail((d) => ({ ...d, responses: d.responses.map((r) => byCode.get(r.standardCode) ?? r) }));
    },
    [setDetail],
  );
  const evidence = useEvidence(api, assessmentId, onResponses);
  // What the review team asked is read only while the assessment is back with the service.
  const returned = detail.assessment.state === 'returned';
  const information = useInformationRequests(api, assessmentId, returned);
  const questionnaireEvidence = useQuestionnaireEvidence(api, assessmentId, detail.allowed.read_questionnaires.allowed);
  // What the cards and the grids do with a standard's edits: the page's one set of drafts.
  const draftHandlers = {
    onEdit: (code: string, patch: Parameters<typeof drafts.edit>[1], quick?: boolean) =>
      drafts.edit(code, patch, quick ? { quick } : {}),
    onLeaveField: (code: string) => void drafts.flush(code),
    onResolve: (code: string, choice: Parameters<typeof drafts.resolveConflict>[1]) =>
      drafts.resolveConflict(code, choice),
  };
  const onAssign = async (target: { themeCode: string } | { standardCodes: string[] }, personId: string | null) => {
    onResponses(await api.assign(assessmentId, target, personId));
  };

  // Once submitted, the header says when, rather than counting days to a deadline that no longer concerns anyone.
  const submitted = submittedOn(detail.assessment);
  const deadline = submitted
    ? ` · submitted on ${formatDate(submitted)}`
    : cycle
      ? ` · self-assessment closes ${formatDate(cycle.windows.self_assessment.end)} (${describeDue(cycle.windows.self_assessment.end, todayIso())})`
      : '';
  const rateRefusals = standards.map((s) => rateOf(s.code)).filter((p) => !p.allowed);
  const anyEditable = rateRefusals.length < standards.length;
  const whyReadOnly = anyEditable ? null : rateRefusals[0];

  const linksOf = (evidenceId: string) =>
    standards.filter((s) => fieldsByCode.get(s.code)?.evidenceIds.includes(evidenceId)).map((s) => s.code);

  return (
    <EvidenceContext.Provider value={evidence}>
      <InformationContext.Provider value={returned ? information : null}>
        <QuestionnaireEvidenceContext.Provider value={questionnaireEvidence}>
          <PageHeader
            title={`Self-assessment: ${detail.subjectName}`}
            subtitle={`${detail.cycleName} · ${ASSESSMENT_STATE_LABELS[detail.assessment.state]}${deadline}`}
          />
          <div className={styles.top}>
            <Field label={`${rated} of ${standards.length} standards rated`}>
              <ProgressBar value={standards.length === 0 ? 0 : rated / standards.length} thickness="large" />
            </Field>
            <SaveSummary entries={entries} />
            <SharedVisitFeedback assessmentId={assessmentId} />
            <ReportLink assessmentId={assessmentId} />
            <RouteLink to={{ page: 'assessment-print', assessmentId }}>Print the self-assessment</RouteLink>
            {detail.allowed.read_history.allowed ? (
              <RouteLink to={{ page: 'assessment-history', assessmentId }}>
                History: who changed what, and when
              </RouteLink>
            ) : null}
            {detail.allowed.read_actions.allowed ? (
              <RouteLink to={{ page: 'actions', assessmentId }}>Open the action plan that answers the review</RouteLink>
            ) : null}
            {detail.allowed.read_questionnaires.allowed ? (
              <RouteLink to={{ page: 'questionnaires', assessmentId }}>
                Questionnaires: what staff, patients and carers say
              </RouteLink>
            ) : null}
            {returned ? (
              <InformationRequestsPanel
                assessmentId={assessmentId}
                information={information}
                onHandBack={async () => {
                  await api.handBack(assessmentId, detail.assessment.version);
                  reload();
                }}
              />
            ) : null}
            {whyReadOnly && !whyReadOnly.allowed ? (
              <MessageBar intent="info">
                <MessageBarBody>You can read this self-assessment. {whyReadOnly.reason}</MessageBarBody>
              </MessageBar>
            ) : null}
          </div>
          <div className={styles.layout}>
            <ThemeNav
              assessmentId={assessmentId}
              themes={themes.map((t) => {
                const own = standards.filter((s) => s.themeCode === t.code);
                return {
                  theme: t,
                  total: own.length,
                  rated: own.filter((s) => fieldsByCode.get(s.code)?.rating).length,
                };
              })}
              currentTheme={everyTheme ? undefined : theme?.code}
              view={route.view}
            />
            <div>
              {route.view ? null : (
                <div className={styles.layoutSwitch}>
                  <LayoutSwitch layout={layout} onChange={setLayout} />
                </div>
              )}
              {route.view === 'evidence' ? (
                <EvidenceLibrary
                  standards={standards}
                  linksOf={linksOf}
                  addEvidence={detail.allowed.add_evidence}
                  nameOf={nameOf}
                />
              ) : route.view === 'submit' ? (
                <SubmitPanel
                  detail={detail}
                  framework={framework}
                  cycle={cycle}
                  gaps={submissionGaps({ standards }, fieldsByCode)}
                  unsaved={drafts.hasUnsaved()}
                  savedRevision={savedRevision}
                  onChanged={(fresh) => setDetail(() => fresh)}
                />
              ) : everyTheme ? (
                <LazyStandardsGrid
                  caption={`Every standard of this self-assessment (${standards.length})`}
                  standards={standards}
                  entries={entries}
                  focusStandard={route.standardCode}
                  rateOf={rateOf}
                  nameOf={nameOf}
                  assignable={assignable}
                  {...draftHandlers}
                  onAssign={(code, personId) => onAssign({ standardCodes: [code] }, personId)}
                />
              ) : theme ? (
                <ThemeSection
                  layout={layout === 'theme-grid' ? 'grid' : 'cards'}
                  assessmentId={assessmentId}
                  theme={theme}
                  standards={standards.filter((s) => s.themeCode === theme.code)}
                  entries={entries}
                  next={themes[themes.indexOf(theme) + 1]}
                  focusStandard={route.standardCode}
                  rateOf={rateOf}
                  nameOf={nameOf}
                  assignable={assignable}
                  {...draftHandlers}
                  onAssign={onAssign}
                />
              ) : null}
            </div>
          </div>
        </QuestionnaireEvidenceContext.Provider>
      </InformationContext.Provider>
    </EvidenceContext.Provider>
  );
}
