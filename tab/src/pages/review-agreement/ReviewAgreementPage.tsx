import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { RouteLink } from '../../app/RouteLink';
import { useLoad } from '../../app/use-load';
import type { AssessmentDetail, ReviewView } from '../../api/types';
import { ASSESSMENT_STATE_LABELS } from '../../../../src/domain/labels';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ActionNotice } from '../../ui/ActionNotice';
import { LoadView } from '../../ui/LoadView';
import { PageHeader } from '../../ui/PageHeader';
import { PermittedButton } from '../../ui/PermittedButton';
import { AgreementSummary } from './AgreementSummary';
import { GoodPracticeProposals } from './GoodPracticeProposals';
import { InformationAsked } from './InformationAsked';
import { ReturnForm } from './ReturnForm';
import { StandardRatingsCard } from './StandardRatingsCard';
import { ReviewPagesNav } from '../shared/ReviewPagesNav';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  decisions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
  theme: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
});

interface Loaded {
  readonly detail: AssessmentDetail;
  readonly review: ReviewView;
}

/**
 * The lead reviewer's agreement page: per theme and standard every rating side by side and the agreed rating
 * with its rationale; agreement in words; and the review's decisions, each offered or refused with the API's reason.
 */
export function ReviewAgreementPage({ assessmentId }: { readonly assessmentId: string }) {
  const styles = useStyles();
  const { api } = useApp();
  const loaded = useLoad(async (): Promise<Loaded> => {
    const [detail, review] = await Promise.all([api.assessment(assessmentId), api.agreementReview(assessmentId)]);
    return { detail, review };
  }, assessmentId);
  const [returning, setReturning] = useState(false);
  const [deciding, setDeciding] = useState(false);
  const [decisionError, setDecisionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const decide = async (action: () => Promise<string>) => {
    setDeciding(true);
    setDecisionError(null);
    try {
      setNotice(await action());
      loaded.reload();
    } catch (e) {
      setDecisionError(e);
    } finally {
      setDeciding(false);
    }
  };

  return (
    <LoadView
      state={loaded}
      onRetry={loaded.reload}
      loadingLabel="Opening the review…"
      errorTitle="The review could not be opened"
    >
      {({ detail, review }) => {
        const version = detail.assessment.version;
        return (
          <div className={styles.page}>
            <PageHeader
              title={`Agree the review: ${detail.subjectName}`}
              subtitle={`${detail.organisationName} · ${detail.cycleName} · ${ASSESSMENT_STATE_LABELS[review.state]}`}
            />
            <ReviewPagesNav
              assessmentId={assessmentId}
              current="review-agreement"
              report={review.readReport}
              actionPlan={review.allowed.read_actions}
              recognition={review.readRecognition}
            />
            <RouteLink to={{ page: 'assessment', assessmentId }}>Open the self-assessment and its evidence</RouteLink>
            <section aria-labelledby="review-decisions">
              <Text as="h2" size={500} weight="semibold" id="review-decisions" className={styles.heading}>
                The review's decisions
              </Text>
              <div className={styles.decisions}>
                <PermittedButton
                  permission={review.allowed.start}
                  disabled={deciding}
                  onClick={() =>
                    void decide(async () => {
                      await api.startReview(assessmentId, version);
                      return 'The review has started: the team can now rate standards and record findings.';
                    })
                  }
                >
                  Start the review
                </PermittedButton>
                <PermittedButton
                  permission={review.allowed.return}
                  disabled={deciding || returning}
                  onClick={() => setReturning(true)}
                >
                  Return for information
                </PermittedButton>
                <PermittedButton
                  appearance="primary"
                  permission={review.allowed.agree_review}
                  disabled={deciding}
                  onClick={() =>
                    void decide(async () => {
                      const agreed = await api.agreeReview(assessmentId, version);
                      return agreed.reportProblem ?? 'The review is agreed and its draft report has been written.';
                    })
                  }
                >
                  Agree the review
                </PermittedButton>
              </div>
              {returning ? (
                <ReturnForm
                  standards={review.standards}
                  onCancel={() => setReturning(false)}
                  onSend={async (body) => {
                    await api.returnForInformation(assessmentId, { ...body, version });
                    setReturning(false);
                    setNotice('The assessment has gone back to the service with your asks.');
                    loaded.reload();
                  }}
                />
              ) : null}
              {decisionError ? <ErrorMessage error={decisionError} title="That decision was not taken" /> : null}
              <ActionNotice text={notice} />
            </section>
            <InformationAsked requests={review.informationRequests} />
            <GoodPracticeProposals assessmentId={assessmentId} />
            {review.reviewAgreement.map((theme) => {
              const lines = review.standards.filter((s) => s.themeCode === theme.themeCode);
              if (lines.length === 0) return null;
              const headingId = `theme-${theme.themeCode}`;
              return (
                <section key={theme.themeCode} className={styles.theme} aria-labelledby={headingId}>
                  <Text as="h2" size={500} weight="semibold" id={headingId} className={styles.heading}>
                    {theme.themeCode}. {theme.title}
                  </Text>
                  <AgreementSummary agreement={theme} />
                  <ul className={styles.list} aria-label={`Standards of theme ${theme.themeCode}`}>
                    {lines.map((line) => (
                      <StandardRatingsCard
                        key={line.standardCode}
                        line={line}
                        permission={review.allowed.agree}
                        onSave={async (rating, rationale, ratingVersion) => {
                          const saved = await api.recordAgreedRating(assessmentId, line.standardCode, {
                            rating,
                            rationale,
                            version: ratingVersion,
                          });
                          loaded.reload();
                          return saved;
                        }}
                      />
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        );
      }}
    </LoadView>
  );
}
