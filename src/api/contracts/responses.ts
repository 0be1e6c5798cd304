/**
 * The JSON shapes of the API, for clients (the tab imports these as types only). Every route under /api/v1
 * answers with one of these, or with a Problem (application/problem+json).
 */
import type { RunSummary } from '../../services/questionnaires/questionnaire-runs';

export type { AssessmentDetail, AssessmentSummary } from '../../services/assessment/assessments';
export type { AssessmentAct, StandardAct } from '../../services/assessment/assessment-permissions';
/** GET /api/v1/assessments/:id/history: who changed what, and when, newest first. */
export type { AssessmentHistory, HistoryEntry } from '../../services/assessment/assessment-history';
export type { Permission, Permissions } from '../../services/permission';
/** GET /api/v1/me/work: what the person should rate, review and act on now (the same rules as the reminders). */
export type { MyWork, UpcomingReview } from '../../services/assessment/my-work';
/** GET and PUT /api/v1/me/notifications: chat, the Teams bell or both, and what that means for the person now. */
export type { NotificationPreferenceView } from '../../services/identity/notification-preference';
export type { ActionDue, AssessmentWork, ReviewToComplete, StandardToRate } from '../../services/reminders/content';
export type { FrameworkSummary } from '../../services/network/frameworks';
export type { StarterFrameworkOffer } from '../../services/network/starter-framework-offer';
export type { NetworkRow, NetworkScores, ScoredAssessment } from '../../services/network/scores';
export type { Progress } from '../../domain/progress';
export type { Quartiles } from '../../domain/quartiles';
export type { ScoreReport, ScoreBucket, RecognitionResult, RecognitionCheck } from '../../domain/scoring';
export type { Problem } from '../problem';
export type { AssessmentPerson } from '../../services/assessment/assessment-people';

/** GET /api/v1/me: who the person is, their roles, and what they may do across the network (and why not). */
export type { WhoAmI as MeResponse, NetworkAct } from '../../services/identity/identity';

/** GET /api/v1/dev/people (local mode only): a seeded person one can sign in as, with their roles. */
export type { SignInCandidate as DevPerson } from '../../services/identity/dev-sign-in';

export interface DevSignInResponse {
  readonly token: string;
  readonly tokenType: 'Bearer';
  readonly person: { readonly id: string; readonly displayName: string };
}

// Peer review, reports, action plans and the good-practice library (issue 7).
export type { TeamView, TeamMemberView, Candidate } from '../../services/review/review-teams';
export type { ReviewView, StandardReviewLine, ReviewerOpinionView } from '../../services/review/review-view';
export type { AgreedReview } from '../../services/review/review-decisions';
export type { ReportView, DownloadedFile } from '../../services/reports/reports';
export type { ActionPlan, ActionView } from '../../services/actions/action-plans';
export type { NetworkReport, NetworkServiceLine, TrendLine, Priority } from '../../services/reports/network-report';
export type { AgreementReport, AgreementMeasure, ThemeAgreement } from '../../domain/agreement';
export type { TeamViolation, TeamRule } from '../../domain/review-team-rules';
export type { RoleTraining } from '../../services/review/review-pool';
export type { ReviewTeamList, ReviewTeamRow } from '../../services/review/review-team-list';
export type { MyReviewing, MyReview } from '../../services/review/my-reviewing';
export type { ReviewTeam, ReviewerRating, AgreedRating, Finding, ConflictDeclaration } from '../../domain/review';
export type { ReportRecord, PublicSummary, ReportState, ReportAction, ReportFormat } from '../../domain/report';
export type { ReportComment, ReportCommentStatus } from '../../domain/report-comment';
export type {
  ReportDocument,
  ReportSection,
  ReportBlock,
  TableBlock,
  ChartBlock,
  Cell,
} from '../../domain/report-document';
export type { ActionItem, ActionStatus } from '../../domain/action-plan';
export type { LibraryEntry } from '../../domain/library';

// The stored things routes answer with as they are (GET, and the saved value after a POST or PUT).
export type { Assessment, StandardResponse } from '../../domain/assessment';
export type { Cycle } from '../../domain/cycle';
export type { FrameworkVersion } from '../../domain/framework';
export type { EvidenceRecord } from '../../domain/evidence';
export type { Organisation, Service, Person, RoleAssignment } from '../../domain/network';

// Returning for information: the team's requests as items, with the service's answers.
export type { InformationRequestsView, InformationAct } from '../../services/review/information-answers';
export type { InformationRequestWithItems } from '../../domain/information-requests';
export type { InformationRequestItem, InformationAnswer } from '../../domain/review';
export type { ThemeReviewAgreement, AgreementComparison, OffScaleCounts } from '../../domain/agreement';
export type {
  VisitView,
  ThemeNotesView,
  VisitNoteView,
  VisitFeedbackView,
  VisitAct,
} from '../../services/review/visit-view';
export type { SharedFeedback } from '../../services/review/visit-feedback';
export type { VisitDay, VisitNote, VisitMeeting, FeedbackSummary, FeedbackSection } from '../../domain/visit-day';
export type { VisitAgenda, AgendaFocus, EvidenceGap, AgendaPerson } from '../../domain/visit-agenda';
// The reviewer's workspace (issue 13).
export type { EvidenceFileView, FindingView, ReviewerProgress, ReviewAct } from '../../services/review/review-view';
export type { ClaimsPage, ClaimView, ClaimableReview } from '../../services/claims/reviewer-claims';
export type { ReviewerClaim } from '../../domain/reviewer-claim';

// The good-practice library page (issue 14).
export type { LibraryDecision } from '../../domain/library';
export type { ServiceType } from '../../domain/service-types';
export type { LibraryEntryView, LibraryFilterOptions, LibraryPage } from '../../services/library/library-views';
export type { GoodPracticeFinding } from '../../services/library/library-decisions';
// The recognition decision (issue 14).
export type { RecognitionView, RecognitionProposal, RecognitionAct } from '../../services/recognition/recognition-view';
export type {
  RecognitionDecision,
  RecognitionAppeal,
  RecognitionOutcome,
  RecognitionPolicy,
  AppealResult,
  CertificateFile,
  DueNext,
} from '../../domain/recognition-decision';
export type { FormalStatus, FormalStatusKind } from '../../domain/formal-status';
export type { AssessmentListItem } from '../../services/assessment/assessments';
// Impact over time (issue 14).
export type { ServiceImpactView } from '../../services/impact/service-impact';
export type { ServiceImpact, CompletedAction } from '../../domain/service-impact';
export type { NetworkImpact, StandardMovement, LevelMove } from '../../domain/network-impact';
export type { RatingChange } from '../../domain/rating-change';
// Questionnaires (issue 17): running one, its results, and what people said beside the standards.
export type { RunSummary };
export type { RunResults } from '../../services/questionnaires/questionnaire-results-view';
export type {
  QuestionnairesView,
  QuestionnairesAct,
  RunAct,
  RunView,
} from '../../services/questionnaires/questionnaires-page';
export type { QuestionnaireEvidenceView } from '../../services/questionnaires/questionnaire-evidence';
export type { ChannelSendSummary } from '../../domain/questionnaires/channel-members';
export type { ChannelSendProgress } from '../../domain/questionnaires/channel-send-progress';
export type { EvidenceItem, StandardEvidence } from '../../domain/questionnaires/questionnaire-evidence';
export type {
  CommentView,
  ItemResult,
  OptionCount,
  QuestionnaireResults,
} from '../../domain/questionnaires/questionnaire-results';
export type {
  Questionnaire,
  QuestionnaireItem,
  Audience,
  AnswerScale,
} from '../../domain/questionnaires/questionnaire';

/**
 * POST /api/v1/assessments/:id/questionnaire-runs: the run with its public token and absolute short link
 * (`/q/:token`), given this once, since the store keeps only the token's digest. Matches the open-run answer.
 */
export interface OpenedRun {
  readonly run: RunSummary;
  readonly token: string;
  readonly publicLink: string;
}

/**
 * POST /api/v1/assessments/:id/questionnaire-runs/:runId/new-link: a new public token and short link for a run; the
 * old link stops working at once and the answers are kept. Matches the new-link answer.
 */
export interface NewRunLink {
  readonly token: string;
  readonly publicLink: string;
}
export type { StaffQuestion, StaffQuestionnaire, StaffRunToAnswer } from '../../services/questionnaires/staff-answers';
