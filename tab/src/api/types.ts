/**
 * What the tab sends and what the API answers, as the API declares them (src/api/contracts): re-exported here,
 * types only, so pages have one tidy import and the bundle carries no server code. Nothing is declared here:
 * a shape copied into the tab would drift from the API without the compiler noticing.
 */
export type {
  ActionDue,
  Assessment,
  AssessmentDetail,
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
  FrameworkVersion,
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
  Service,
  StandardResponse,
  TransitionRequest,
  UploadEvidenceQueryString,
  VersionQueryString,
  GuestInviteRequest,
  ClaimsPage,
  ClaimView,
  ClaimableReview,
  ClaimRequest,
  ClaimStatusRequest,
  ExpenseLineRequest,
  ReviewerClaim,
} from '../../../src/api/contracts';

// The domain's words the shapes above are made of (ratings, roles, phases...), for labels and form state.
export type { AssessmentState, Rating } from '../../../src/domain/assessment';
export type { AssessmentAction } from '../../../src/domain/assessment-state';
export type { CyclePhase, DateWindow } from '../../../src/domain/cycle';
export type { Standard, StandardType, Theme } from '../../../src/domain/framework';
export type { Profession, Role, Scope } from '../../../src/domain/network';
export type { SubmissionGap } from '../../../src/domain/response-rules';
export type { ClaimActivity, ClaimStatus, ExpenseCategory } from '../../../src/domain/reviewer-claim';
