import type { Assessment } from '../../domain/assessment';
import { DomainError } from '../../domain/errors';
import type { Person, Role, RoleAssignment } from '../../domain/network';
import { authorize, type Principal } from '../access-policy';
import { loadAssessment } from './assessment-context';
import type { Ports } from '../context';

/**
 * One of the assessed service's people as anyone who can read the assessment sees them (reviewers included):
 * enough to name them and assign them work, never their e-mail or sign-in identity.
 */
export interface AssessmentPerson {
  readonly id: string;
  readonly displayName: string;
  readonly jobTitle: string;
  /** Their roles in the assessed service or its organisation. */
  readonly roles: readonly Role[];
}

/** The scope ids (service, organisation) whose roles make someone one of the assessed subject's people. */
function subjectScopeIds(assessment: Assessment): string[] {
  const subject = assessment.subject;
  return subject.kind === 'service' ? [subject.serviceId, subject.organisationId] : [subject.organisationId];
}

/** Role assignments in the subject's scopes, by person. */
async function subjectRoles(ports: Ports, assessment: Assessment): Promise<Map<string, Role[]>> {
  const assignments = (
    await Promise.all(subjectScopeIds(assessment).map((id) => ports.store.query('roleAssignment', { scopeId: id })))
  ).flat();
  const byPerson = new Map<string, Role[]>();
  for (const a of assignments) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a.role]);
  return byPerson;
}

function inSubjectScope(assessment: Assessment, assignment: RoleAssignment): boolean {
  const scope = assignment.scope;
  const subject = assessment.subject;
  if (scope.kind === 'organisation') return scope.organisationId === subject.organisationId;
  return scope.kind === 'service' && subject.kind === 'service' && scope.serviceId === subject.serviceId;
}

/**
 * The assessed subject's people: everyone in its organisation, and anyone given a role in the service or the
 * organisation (an expert by experience with no trust of their own, for instance). For choosing whom to assign
 * standards to and naming who saved what, without the whole network's directory.
 */
export async function listAssessmentPeople(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
): Promise<AssessmentPerson[]> {
  const { assessment, resource } = await loadAssessment(ports, assessmentId);
  authorize(principal, 'assessment.read', resource);
  const [members, roles] = await Promise.all([
    ports.store.query('person', { organisationId: assessment.subject.organisationId }),
    subjectRoles(ports, assessment),
  ]);
  const memberIds = new Set(members.map((p) => p.id));
  const guests = await ports.store.getMany(
    'person',
    [...roles.keys()].filter((id) => !memberIds.has(id)),
  );
  return [...members, ...guests]
    .map((p: Person): AssessmentPerson => ({
      id: p.id,
      displayName: p.displayName,
      jobTitle: p.jobTitle,
      roles: [...new Set(roles.get(p.id) ?? [])],
    }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/**
 * Refuses to give work on an assessment to someone outside the assessed service and its organisation: the
 * assignee would see and rate another trust's self-assessment.
 */
export async function assertAssignable(ports: Ports, assessment: Assessment, assigneeId: string): Promise<void> {
  const person = await ports.store.get('person', assigneeId);
  if (!person) {
    throw new DomainError('unknown_person', `No person with id "${assigneeId}" in the network.`, 'assigneeId');
  }
  if (person.organisationId === assessment.subject.organisationId) return;
  const roles = await ports.store.query('roleAssignment', { personId: assigneeId });
  if (roles.some((r) => inSubjectScope(assessment, r))) return;
  throw new DomainError(
    'assignee_outside_service',
    `${person.displayName} does not belong to the assessed service or its organisation. Assign the standard to one of its own people, or ask a network admin to give ${person.displayName} a role in the service first.`,
    'assigneeId',
  );
}
