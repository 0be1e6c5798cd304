/**
 * The JSON shapes of the API, for clients (the tab imports these as types only). Every route under /api/v1
 * answers with one of these, or with a Problem (application/problem+json).
 */
export type { AssessmentDetail, AssessmentSummary } from '../services/assessments';
export type { FrameworkSummary } from '../services/frameworks';
export type { NetworkRow, NetworkScores, ScoredAssessment } from '../services/scores';
export type { Progress } from '../services/progress';
export type { Quartiles } from '../services/quartiles';
export type { ScoreReport, ScoreBucket, RecognitionResult, RecognitionCheck } from '../domain/scoring';
export type { Problem } from './problem';
import type { Organisation, Person, RoleAssignment } from '../domain/network';

export interface MeResponse {
  readonly person: Person;
  readonly organisation: Organisation | null;
  readonly roles: readonly RoleAssignment[];
}

export interface DevPerson {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  readonly jobTitle: string;
  readonly organisationId: string | null;
  readonly roles: readonly Pick<RoleAssignment, 'role' | 'scope'>[];
}

export interface DevSignInResponse {
  readonly token: string;
  readonly tokenType: 'Bearer';
  readonly person: { readonly id: string; readonly displayName: string };
}
