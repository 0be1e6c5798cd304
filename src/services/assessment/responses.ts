import { findStandard } from '../../domain/applicability';
import { responseId, type Assessment, type Rating, type StandardResponse } from '../../domain/assessment';
import { selfAssessmentLockedBecause } from '../../domain/assessment-state';
import { standardsForAssignment } from '../../domain/assignment';
import { isReviewTeamEvidence } from '../../domain/evidence';
import { DomainError } from '../../domain/errors';
import { validateRating } from '../../domain/response-rules';
import { authorize, type Principal } from '../access-policy';
import { loadAssessment } from './assessment-context';
import { assertAssignable } from './assessment-people';
import { commitContext, putChange, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { loadFramework } from '../network/frameworks';

export interface ResponseInput {
  readonly rating: Rating | null;
  readonly naReason: string;
  readonly narrative: string;
  readonly evidenceIds: readonly string[];
  /** The version the person read; a stale one is a conflict, never an overwrite. */
  readonly version: number;
}

export async function getResponse(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  standardCode: string,
): Promise<StandardResponse> {
  const { resource } = await loadAssessment(ports, assessmentId);
  authorize(principal, 'assessment.read', resource);
  const response = await ports.store.get('response', responseId(assessmentId, standardCode));
  if (!response) throw new NotFoundError('standard in this assessment', standardCode);
  return response;
}

/**
 * Saves one rating, narrative and evidence list. The first save of a not-started (or returned) assessment also
 * moves it to in_progress, in the same commit.
 */
export async function saveResponse(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  standardCode: string,
  input: ResponseInput,
): Promise<StandardResponse> {
  const [{ assessment, resource }, current] = await Promise.all([
    loadAssessment(ports, assessmentId),
    ports.store.get('response', responseId(assessmentId, standardCode)),
  ]);
  if (!current) await explainMissingStandard(ports, assessment, standardCode);
  const response = current as StandardResponse;
  authorize(principal, 'assessment.rate', { ...resource, assigneeId: response.assigneeId });
  const locked = selfAssessmentLockedBecause(assessment.state);
  if (locked) throw new DomainError('assessment_locked', locked, 'state');
  validateRating(input);
  // Files already linked were checked when they were linked: only new links cost a read.
  await checkEvidence(
    ports,
    assessmentId,
    input.evidenceIds.filter((id) => !response.evidenceIds.includes(id)),
  );
  const now = ports.clock.now().toISOString();
  const updated: StandardResponse = {
    ...response,
    rating: input.rating,
    naReason: input.rating === 'not_applicable' ? input.naReason.trim() : '',
    narrative: input.narrative,
    evidenceIds: [...new Set(input.evidenceIds)],
    updatedBy: principal.person.id,
    updatedAt: now,
  };
  // A saved rating puts the assessment in progress again, in the same commit.
  const started =
    assessment.state === 'in_progress'
      ? []
      : [putChange('assessment', { ...assessment, state: 'in_progress', updatedAt: now }, assessment.version)];
  const [stored] = await ports.store.commit(commitContext(ports, principal), [
    putChange('response', updated, input.version),
    ...started,
  ]);
  return stored;
}

async function explainMissingStandard(ports: Ports, assessment: Assessment, code: string): Promise<never> {
  const framework = await loadFramework(ports, assessment.frameworkVersionId);
  const standard = findStandard(framework, code);
  const message = standard
    ? `Standard ${code} does not apply to a ${assessment.subject.kind} assessment (it is a ${standard.level}-level standard).`
    : `There is no standard ${code} in ${framework.name}, the framework this assessment was made against.`;
  throw new DomainError('unknown_standard', message, 'standardCode');
}

async function checkEvidence(ports: Ports, assessmentId: string, evidenceIds: readonly string[]): Promise<void> {
  if (evidenceIds.length === 0) return;
  const found = await ports.store.getMany('evidence', evidenceIds);
  // The review team's own files are never the service's evidence.
  const ok = new Set(found.filter((e) => e.assessmentId === assessmentId && !isReviewTeamEvidence(e)).map((e) => e.id));
  const missing = evidenceIds.filter((id) => !ok.has(id));
  if (missing.length > 0) {
    throw new DomainError(
      'unknown_evidence',
      `These evidence files are not attached to this assessment: ${missing.join(', ')}. Upload them first.`,
      'evidenceIds',
    );
  }
}

export type AssignmentTarget = { themeCode: string } | { standardCodes: string[] };

/** Assigns a theme or a list of standards to a contributor (or clears it with assigneeId null). */
export async function assignStandards(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  target: AssignmentTarget,
  assigneeId: string | null,
): Promise<StandardResponse[]> {
  const { assessment, resource } = await loadAssessment(ports, assessmentId);
  authorize(principal, 'assessment.assign', resource);
  const locked = selfAssessmentLockedBecause(assessment.state);
  if (locked) throw new DomainError('assessment_locked', locked, 'state');
  if (assigneeId !== null) await assertAssignable(ports, assessment, assigneeId);
  const framework = await loadFramework(ports, assessment.frameworkVersionId);
  const codes = standardsForAssignment(framework, assessment.subject.kind, target);
  const responses = await ports.store.getMany(
    'response',
    codes.map((c) => responseId(assessmentId, c)),
  );
  const changes = responses
    .filter((r) => r.assigneeId !== assigneeId)
    .map((r) => putChange('response', { ...r, assigneeId }, r.version));
  if (changes.length === 0) return responses;
  return ports.store.commit(commitContext(ports, principal), changes);
}
