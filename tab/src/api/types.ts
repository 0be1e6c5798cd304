/**
 * What the tab sends and what the API answers, as the API declares them (src/api/contracts): re-exported here,
 * types only, so pages have one tidy import and the bundle carries no server code. Nothing is declared here:
 * a shape copied into the tab would drift from the API without the compiler noticing.
 */
export type {
  ActionDue,
  Assessment,
  AssessmentDetail,
  AssessmentHistory,
  AssessmentPerson,
  AssessmentSummary,
  AssessmentWork,
  AssignmentRequest,
  AssignRoleRequest,
  CopyInRequest,
  Cycle,
  CycleQueryString,
  DevPerson,
  DevSignInRequest,
  DevSignInResponse,
  EvidenceRecord,
  FrameworkSummary,
  StarterFrameworkOffer,
  FrameworkVersion,
  HistoryEntry,
  ImportFrameworkRequest,
  LinkEvidenceRequest,
  MeResponse,
  MyWork,
  NetworkRow,
  NetworkScores,
  OptionalCycleQueryString,
  Organisation,
  OrganisationFilterQueryString,
  Permission,
  Person,
  Problem,
  Progress,
  PublishFrameworkRequest,
  Quartiles,
  RecognitionCheck,
  RecognitionResult,
  ReviewToComplete,
  RoleAssignment,
  RoleAssignmentQueryString,
  SaveCycleRequest,
  SaveOrganisationRequest,
  SavePersonRequest,
  SaveResponseRequest,
  SaveServiceRequest,
  ScoreBucket,
  ScoredAssessment,
  ScoreReport,
  ServiceDashboard,
  ServiceDashboardQueryString,
  ServiceStanding,
  LeftForPerson,
  Service,
  StandardResponse,
  TransitionRequest,
  UploadEvidenceQueryString,
  VersionQueryString,
  // Building review teams and the reviewers' own page.
  Candidate,
  CandidatesQueryString,
  CheckReviewTeamRequest,
  ConflictQueryString,
  ConflictDeclaration,
  DeclareConflictRequest,
  MyReview,
  MyReviewing,
  ReviewTeamList,
  ReviewTeamListQueryString,
  ReviewTeamRow,
  RoleTraining,
  SaveReviewTeamRequest,
  TeamMemberView,
  TeamView,
  TeamViolation,
} from '../../../src/api/contracts';
// The lead reviewer's agreement page and the service's answers to what the team asked.
export type {
  AgreedRating,
  AgreedReview,
  AgreementComparison,
  AgreedRatingRequest,
  InformationAnswerRequest,
  InformationRequestItem,
  InformationRequestsView,
  InformationRequestWithItems,
  ReturnForInformationRequest,
  ReviewerOpinionView,
  ReviewView,
  StandardReviewLine,
  ThemeReviewAgreement,
  VersionRequest,
  GuestInviteRequest,
  ClaimsPage,
  ClaimView,
  ClaimableReview,
  ClaimRequest,
  ClaimStatusRequest,
  ExpenseLineRequest,
  ReviewerClaim,
} from '../../../src/api/contracts';

// How a person hears about their work: chat, the Teams bell or both (My work's setting).
export type { NotificationPreferenceRequest, NotificationPreferenceView } from '../../../src/api/contracts';
export type {
  StaffAnswerRequest,
  StaffQuestion,
  StaffQuestionnaire,
  StaffRunToAnswer,
} from '../../../src/api/contracts';

// The domain's words the shapes above are made of (ratings, roles, phases...), for labels and form state.
export type { AssessmentState, Rating } from '../../../src/domain/assessment';
export type { AssessmentAction } from '../../../src/domain/assessment-state';
export type { CyclePhase, DateWindow } from '../../../src/domain/cycle';
export type { Standard, StandardType, Theme } from '../../../src/domain/framework';
export type { Profession, Role, Scope } from '../../../src/domain/network';
export type { ReviewerRole, ReviewVisit, VisitFormat } from '../../../src/domain/review';
export type { SubmissionGap } from '../../../src/domain/response-rules';
export type {
  MeetingLinkRequest,
  SharedFeedback,
  ThemeNotesView,
  VisitDay,
  VisitFeedbackRequest,
  VisitNote,
  VisitNoteRequest,
  VisitView,
} from '../../../src/api/contracts';

// The reviewer's workspace (peer review, issue 13).
export type {
  AddFindingRequest,
  EvidenceFileView,
  Finding,
  FindingView,
  ReviewerProgress,
  ReviewerRating,
  ReviewerRatingRequest,
  ReviewCopyInRequest,
  ReviewUploadQueryString,
  UpdateFindingRequest,
} from '../../../src/api/contracts';
export type { FindingKind } from '../../../src/domain/review';
export type { ClaimActivity, ClaimStatus, ExpenseCategory } from '../../../src/domain/reviewer-claim';

// The report page (issue 14).
export type {
  Cell,
  ChartBlock,
  PublicSummary,
  ReportAction,
  ReportComment,
  ReportCommentDecisionRequest,
  ReportCommentRequest,
  ReportBlock,
  ReportDocument,
  ReportFormat,
  ReportSection,
  ReportState,
  ReportTransitionRequest,
  ReportView,
  TableBlock,
} from '../../../src/api/contracts';
// The action plan after an agreed review (issue 14).
export type {
  ActionEvidenceCopyInRequest,
  ActionEvidenceUploadQueryString,
  ActionItem,
  ActionNoteRequest,
  ActionPlan,
  ActionStatus,
  ActionStatusRequest,
  ActionView,
  AddActionRequest,
} from '../../../src/api/contracts';
// The good-practice library (issue 14).
export type {
  AgreeToPublishRequest,
  GoodPracticeFinding,
  LibraryDecision,
  LibraryEntry,
  LibraryEntryView,
  LibraryFilterOptions,
  LibraryPage,
  LibraryReasonRequest,
  LibrarySearchQueryString,
  ProposeForLibraryRequest,
  ServiceType,
} from '../../../src/api/contracts';
// The recognition decision (issue 14).
export type {
  AppealOutcomeRequest,
  AppealResult,
  CertificateFile,
  DueNext,
  FormalStatus,
  FormalStatusKind,
  AssessmentListItem,
  RecognitionAct,
  RecognitionAppeal,
  RecognitionAppealRequest,
  RecognitionDecision,
  RecognitionDecisionRequest,
  RecognitionOutcome,
  RecognitionPolicy,
  RecognitionProposal,
  RecognitionView,
} from '../../../src/api/contracts';
// Impact over time (issue 14).
export type {
  ImpactRangeQueryString,
  NetworkImpact,
  ServiceImpact,
  ServiceImpactView,
  StandardMovement,
} from '../../../src/api/contracts';
// Questionnaires (issue 17): running one, its results, and what people said beside the standards.
export type {
  AnswerScale,
  Audience,
  CommentView,
  EvidenceItem,
  HideCommentRequest,
  ItemResult,
  NewRunLink,
  OpenedRun,
  OpenRunRequest,
  OptionCount,
  PaperAnswerRequest,
  Questionnaire,
  QuestionnaireEvidenceView,
  QuestionnaireItem,
  QuestionnairesView,
  RunResults,
  RunSummary,
  RunView,
  StandardEvidence,
  ChannelSendSummary,
  ChannelSendProgress,
} from '../../../src/api/contracts';
