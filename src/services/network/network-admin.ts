import { forgetOrganisations } from './organisation-list';
import { forgetServices } from './service-list';
import { DomainError } from '../../domain/errors';
import type { IsoDate } from '../../domain/ids';
import type { Organisation, Person, RoleAssignment, Scope, Service } from '../../domain/network';
import { isReviewerRole } from '../../domain/review';
import { authorize, type Principal } from '../access-policy';
import { commitContext, putOne, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { forgetPrincipal } from '../identity/identity';
import { newPersonId, roleAssignmentIdFor } from '../unique-ids';

export async function listOrganisations(ports: Ports, principal: Principal): Promise<Organisation[]> {
  authorize(principal, 'network.read');
  return (await ports.store.query('organisation', {})).sort((a, b) => a.name.localeCompare(b.name));
}

export async function listServices(
  ports: Ports,
  principal: Principal,
  filter: { organisationId?: string },
): Promise<Service[]> {
  authorize(principal, 'network.read');
  const services = await ports.store.query(
    'service',
    filter.organisationId ? { organisationId: filter.organisationId } : {},
  );
  return services.sort((a, b) => a.name.localeCompare(b.name));
}

export async function listPeople(
  ports: Ports,
  principal: Principal,
  filter: { organisationId?: string },
): Promise<Person[]> {
  authorize(principal, 'people.read', filter.organisationId ? { organisationId: filter.organisationId } : {});
  const people = await ports.store.query(
    'person',
    filter.organisationId ? { organisationId: filter.organisationId } : {},
  );
  return people.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export async function listRoleAssignments(
  ports: Ports,
  principal: Principal,
  filter: { personId?: string; scopeId?: string },
): Promise<RoleAssignment[]> {
  authorize(principal, 'people.read');
  return ports.store.query('roleAssignment', {
    ...(filter.personId ? { personId: filter.personId } : {}),
    ...(filter.scopeId ? { scopeId: filter.scopeId } : {}),
  });
}

type Fields<T> = Omit<T, 'id' | 'version'>;

export async function saveOrganisation(
  ports: Ports,
  principal: Principal,
  input: Fields<Organisation> & { id?: string; version: number },
): Promise<Organisation> {
  authorize(principal, 'network.manage');
  const saved = await putOne(
    ports,
    principal,
    'organisation',
    { ...input, id: input.id ?? ports.ids.newId() },
    input.version,
  );
  forgetOrganisations(ports);
  return saved;
}

export async function saveService(
  ports: Ports,
  principal: Principal,
  input: Fields<Service> & { id?: string; version: number },
): Promise<Service> {
  authorize(principal, 'network.manage');
  if (!(await ports.store.get('organisation', input.organisationId))) {
    throw new DomainError(
      'unknown_organisation',
      `No organisation with id "${input.organisationId}".`,
      'organisationId',
    );
  }
  const saved = await putOne(
    ports,
    principal,
    'service',
    { ...input, id: input.id ?? ports.ids.newId() },
    input.version,
  );
  forgetServices(ports);
  return saved;
}

/**
 * Adds or edits a person. Their sign-in identity (tenant and object id) is never set here: it is linked on their
 * first sign-in (or, for a guest, by their invitation) and kept through edits.
 */
export async function savePerson(
  ports: Ports,
  principal: Principal,
  input: Omit<Fields<Person>, 'tenantId' | 'objectId'> & { id?: string; version: number },
): Promise<Person> {
  authorize(principal, 'network.manage');
  const email = input.email.trim().toLowerCase();
  const [sameEmail, existing] = await Promise.all([
    ports.store.query('person', { email }),
    input.id ? ports.store.get('person', input.id) : undefined,
  ]);
  const taken = sameEmail.find((p) => p.id !== input.id);
  if (taken) throw new DomainError('email_taken', `${email} already belongs to ${taken.displayName}.`, 'email');
  const person: Person = {
    ...input,
    email,
    id: input.id ?? (await newPersonId(ports, email)),
    tenantId: existing?.tenantId ?? null,
    objectId: existing?.objectId ?? null,
    // A guest's invitation (their account and whether they accepted) is not a detail the form edits.
    ...(existing?.guest ? { guest: existing.guest } : {}),
  };
  const saved = await putOne(ports, principal, 'person', person, input.version);
  forgetPrincipal(ports, saved);
  return saved;
}

async function checkScope(ports: Ports, scope: Scope): Promise<void> {
  const exists =
    scope.kind === 'network' ||
    (scope.kind === 'organisation' && (await ports.store.get('organisation', scope.organisationId))) ||
    (scope.kind === 'service' && (await ports.store.get('service', scope.serviceId))) ||
    (scope.kind === 'review' && (await ports.store.get('assessment', scope.assessmentId)));
  if (!exists) throw new DomainError('unknown_scope', `The ${scope.kind} this role is for does not exist.`, 'scope');
}

export async function assignRole(
  ports: Ports,
  principal: Principal,
  input: { personId: string; role: RoleAssignment['role']; scope: Scope; trainedOn?: IsoDate },
): Promise<RoleAssignment> {
  authorize(principal, 'network.manage');
  const person = await ports.store.get('person', input.personId);
  if (!person) throw new NotFoundError('person', input.personId);
  await checkScope(ports, input.scope);
  checkTrainingDate(input, ports.clock.now().toISOString().slice(0, 10));
  const held = await ports.store.query('roleAssignment', { personId: input.personId });
  const duplicate = held.find((r) => r.role === input.role && JSON.stringify(r.scope) === JSON.stringify(input.scope));
  if (duplicate) {
    // Giving a trained reviewer their role again with a new date records the renewal of their training.
    if (input.trainedOn === undefined || input.trainedOn === duplicate.trainedOn) return duplicate;
    return putOne(ports, principal, 'roleAssignment', { ...duplicate, trainedOn: input.trainedOn }, duplicate.version);
  }
  const id = roleAssignmentIdFor(input.personId, input.role, input.scope);
  const saved = await putOne(ports, principal, 'roleAssignment', { ...input, id, version: 0 }, 0);
  forgetPrincipal(ports, person);
  return saved;
}

/** A date of training marks a trained reviewer in the pool: a reviewer role held across the network, in the past. */
function checkTrainingDate(input: { role: RoleAssignment['role']; scope: Scope; trainedOn?: IsoDate }, today: IsoDate) {
  if (input.trainedOn === undefined) return;
  if (!isReviewerRole(input.role) || input.scope.kind !== 'network') {
    throw new DomainError(
      'training_date_not_for_role',
      'A date of training goes only with a reviewer role (lead reviewer, peer reviewer or expert by experience) held for the whole network: choose one of those, or leave the date empty.',
      'trainedOn',
    );
  }
  if (input.trainedOn > today) {
    throw new DomainError(
      'training_date_in_future',
      'The date of training is after today: enter the day the person completed the training.',
      'trainedOn',
    );
  }
}

export async function removeRole(ports: Ports, principal: Principal, id: string, expectedVersion: number) {
  authorize(principal, 'network.manage');
  const role = await ports.store.get('roleAssignment', id);
  const person = role ? await ports.store.get('person', role.personId) : undefined;
  await ports.store.commit(commitContext(ports, principal), [
    { op: 'delete', kind: 'roleAssignment', id, expectedVersion },
  ]);
  if (person) forgetPrincipal(ports, person);
}
