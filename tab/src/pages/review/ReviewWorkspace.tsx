import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useApp } from '../../app/app-context';
import type { Route } from '../../app/routes';
import type { EvidenceFileView, ReviewView } from '../../api/types';
import { ASSESSMENT_STATE_LABELS, ROLE_LABELS } from '../../../../src/domain/labels';
import { PageHeader } from '../../ui/PageHeader';
import { SaveSummary } from '../shared/autosave/SaveSummary';
import { ReviewerProgressList } from './ReviewerProgressList';
import { REVIEWER_DRAFT_KIND } from './reviewer-drafts';
import { ReviewStandardCard } from './ReviewStandardCard';
import {
  QuestionnaireEvidenceContext,
  useQuestionnaireEvidence,
} from '../questionnaires/evidence/questionnaire-evidence';
import { ReviewThemeNav } from './ReviewThemeNav';
import { TeamFiles } from './TeamFiles';
import { useReviewerDrafts } from './use-reviewer-drafts';
import { ReviewPagesNav } from '../shared/ReviewPagesNav';
import { saveFile } from '../../ui/save-file';

const useStyles = makeStyles({
  top: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalL,
  },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(12rem, 18rem) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    '@media (max-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  standards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
});

type ReviewRoute = Extract<Route, { page: 'review' }>;

export function ReviewWorkspace({
  review,
  route,
  onChanged,
}: {
  review: ReviewView;
  route: ReviewRoute;
  onChanged: (update: (review: ReviewView) => ReviewView) => void;
}) {
  const styles = useStyles();
  const { api, http, me } = useApp();
  const assessmentId = review.assessmentId;
  const { drafts, entries } = useReviewerDrafts(api, http.status, me.person.id, review);
  const refresh = useCallback(async () => {
    const fresh = await api.review(assessmentId);
    onChanged(() => fresh);
  }, [api, assessmentId, onChanged]);

  const wantedTheme = route.themeCode ?? review.standards.find((s) => s.standardCode === route.standardCode)?.themeCode;
  const theme = review.themes.find((t) => t.code === wantedTheme) ?? review.themes[0];
  const ratedByMe = (code: string) => {
    const entry = entries.get(code);
    return entry ? (entry.draft ?? REVIEWER_DRAFT_KIND.fieldsOf(entry.server)).rating !== null : false;
  };
  const subjectName = review.subjectName;
  const whyNot = review.allowed.rate.allowed ? null : review.allowed.rate.reason;
  const openServiceFile = (file: EvidenceFileView) =>
    void api.evidenceContent(assessmentId, file.id).then((blob) => saveFile(blob, file.fileName));
  const openTeamFile = (file: EvidenceFileView) =>
    void api.reviewEvidenceContent(assessmentId, file.id).then((blob) => saveFile(blob, file.fileName));

  const questionnaireEvidence = useQuestionnaireEvidence(api, assessmentId, review.readQuestionnaires.allowed);

  return (
    <QuestionnaireEvidenceContext.Provider value={questionnaireEvidence}>
      <PageHeader
        title={`Peer review: ${subjectName}`}
        subtitle={`${review.myRole ? `You are the ${ROLE_LABELS[review.myRole].toLowerCase()}` : 'You are not on the review team'} · ${ASSESSMENT_STATE_LABELS[review.state]}`}
      />
      <ReviewPagesNav
        assessmentId={assessmentId}
        current="review"
        report={review.readReport}
        actionPlan={review.allowed.read_actions}
        recognition={review.readRecognition}
      />
      <div className={styles.top}>
        {whyNot ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>You can read this review but not change it. {whyNot}</MessageBarBody>
          </MessageBar>
        ) : null}
        <SaveSummary entries={entries} />
        <ReviewerProgressList progress={review.progress} myId={me.person.id} />
      </div>
      <div className={styles.layout}>
        <ReviewThemeNav
          assessmentId={assessmentId}
          currentTheme={theme?.code}
          themes={review.themes.map((t) => {
            const own = review.standards.filter((s) => s.themeCode === t.code);
            return {
              code: t.code,
              title: t.title,
              total: own.length,
              rated: own.filter((s) => ratedByMe(s.standardCode)).length,
            };
          })}
        />
        <div className={styles.standards}>
          {theme ? (
            <Text as="h2" size={500} weight="semibold" block>
              Theme {theme.code}: {theme.title}
            </Text>
          ) : null}
          {review.standards
            .filter((s) => s.themeCode === theme?.code)
            .map((line) => {
              const entry = entries.get(line.standardCode);
              if (!entry) return null;
              const code = line.standardCode;
              return (
                <ReviewStandardCard
                  key={code}
                  line={line}
                  entry={entry}
                  onEdit={(patch, quick) => drafts.edit(code, patch, quick ? { quick } : {})}
                  onLeaveField={() => void drafts.flush(code)}
                  onResolve={(choice) => drafts.resolveConflict(code, choice)}
                  onOpenFile={openServiceFile}
                  onAddFinding={async (draft) => {
                    await api.addFinding(assessmentId, { standardCode: code, ...draft });
                    await refresh();
                  }}
                  onUpdateFinding={async (finding, draft) => {
                    await api.updateFinding(assessmentId, finding.id, { ...draft, version: finding.version });
                    await refresh();
                  }}
                  onDeleteFinding={async (finding) => {
                    await api.deleteFinding(assessmentId, finding.id, finding.version);
                    await refresh();
                  }}
                />
              );
            })}
          <TeamFiles
            files={review.teamEvidence}
            addEvidence={review.allowed.add_evidence}
            onUpload={async (file) => {
              await api.uploadReviewEvidence(assessmentId, file, () => undefined);
              await refresh();
            }}
            onCopyIn={async (url) => {
              await api.copyInReviewEvidence(assessmentId, url);
              await refresh();
            }}
            onOpen={openTeamFile}
          />
        </div>
      </div>
    </QuestionnaireEvidenceContext.Provider>
  );
}
