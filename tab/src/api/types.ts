/** The API's shapes, as types only (the tab never imports server code). */
import type { Rating } from '../../../src/domain/assessment';

export type {
  AssessmentDetail,
  AssessmentPerson,
  AssessmentSummary,
  DevPerson,
  DevSignInResponse,
  FrameworkSummary,
  MeResponse,
  NetworkRow,
  MyWork,
  AssessmentWork,
  ReviewToComplete,
  ActionDue,
  NetworkScores,
  Permission,
  Problem,
  Progress,
  Quartiles,
  RecognitionCheck,
  RecognitionResult,
  ScoreBucket,
  ScoreReport,
  ScoredAssessment,
} from '../../../src/api/contracts';
export type { Assessment, AssessmentState, Rating, StandardResponse } from '../../../src/domain/assessment';
export type { AssessmentAction } from '../../../src/domain/assessment-state';
export type { Cycle, CyclePhase, DateWindow } from '../../../src/domain/cycle';
export type { FrameworkVersion, Standard, StandardType, Theme } from '../../../src/domain/framework';
export type {
  Organisation,
  Person,
  Profession,
  Role,
  RoleAssignment,
  Scope,
  Service,
} from '../../../src/domain/network';
export type { SubmissionGap } from '../../../src/domain/response-rules';
export type { EvidenceRecord } from '../../../src/domain/evidence';

/** The editable part of one response: what PUT /assessments/:id/responses/:code takes besides `version`. */
export interface ResponseFields {
  readonly rating: Rating | null;
  readonly naReason: string;
  readonly narrative: string;
  readonly evidenceIds: readonly string[];
}
