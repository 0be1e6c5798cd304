import { changedValueOf, type AuditEvent } from '../domain/audit';
import { isReviewTeamEvidence, type EvidenceRecord } from '../domain/evidence';
import type { EntityKind, EntityMap } from './ports';

type Membership = { readonly [K in EntityKind]: ((entity: EntityMap[K]) => string) | null };

/**
 * Which assessment's audit trail a change belongs to, declared once beside the index values so every store
 * adapter files events the same way and an assessment's trail is one indexed query. The trail answers "who
 * rated, agreed or changed what": the assessment itself, its responses and evidence, and its peer review
 * (team, reviewer and agreed ratings, findings), action plan and library decisions. Reports and conflict
 * declarations are not changes to the assessment and stay out of it.
 */
export const AUDIT_TRAIL_OF: Membership = {
  framework: null,
  organisation: null,
  service: null,
  person: null,
  roleAssignment: null,
  cycle: null,
  assessment: (a) => a.id,
  response: (r) => r.assessmentId,
  evidence: (e) => e.assessmentId,
  conversation: null,
  notification: null,
  reviewTeam: (t) => t.assessmentId,
  conflictDeclaration: null,
  reviewRating: (r) => r.assessmentId,
  agreedRating: (r) => r.assessmentId,
  finding: (f) => f.assessmentId,
  action: (a) => a.assessmentId,
  report: null,
  // Proposing, agreeing to share, declining and withdrawing good practice are decisions on the review's findings.
  libraryEntry: (e) => e.assessmentId,
  // The visit day's notes and draft feedback are the review team's own until the lead shares the feedback, and
  // the service's leads read the assessment's trail: they stay out of it (their events are kept per entity).
  visitDay: null,
  visitNote: null,
  // A claim is the claimant's and finance's record, not a change to the assessment it was for.
  reviewerClaim: null,
  // The factual-accuracy check is between the service and the review team: every step is in the trail.
  reportComment: (c) => c.assessmentId,
  // The panel's decisions and the service's appeals are the assessment's outcome: every step is in the trail.
  recognition: (r) => r.assessmentId,
  // Questionnaires are evidence beside the assessment, not changes to it; answers are anonymous.
  questionnaire: null,
  questionnaireRun: null,
  questionnaireAnswer: null,
  questionnaireComment: null,
  questionnaireTally: null,
  questionnaireMarker: null,
  // Worked out from the assessment's own changes, which are in its trail already.
  assessmentSummary: null,
};

/** The assessment whose trail an event about `entity` (as stored, or as it was before a delete) belongs to. */
export function auditAssessmentId<K extends EntityKind>(kind: K, entity: EntityMap[K] | undefined): string | null {
  const belongsTo: ((entity: EntityMap[K]) => string) | null = AUDIT_TRAIL_OF[kind];
  return entity && belongsTo ? belongsTo(entity) : null;
}

/**
 * The review team's own working in an assessment's trail: each reviewer's ratings, the findings and agreed ratings
 * before they are shared, and the team's own files. Shown only to people who may read the review
 * (`review.read`: the team, and the service's leads once the report is out), as the review's own pages are.
 */
export function isReviewTeamsWork(event: AuditEvent): boolean {
  if (REVIEW_WORKING_KINDS.has(event.entityKind)) return true;
  if (event.entityKind !== 'evidence') return false;
  const record = changedValueOf(event) as Partial<EvidenceRecord> | null;
  return record !== null && isReviewTeamEvidence(record);
}

const REVIEW_WORKING_KINDS: ReadonlySet<string> = new Set<EntityKind>(['reviewRating', 'agreedRating', 'finding']);
