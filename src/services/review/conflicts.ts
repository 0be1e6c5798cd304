import { DomainError } from '../../domain/errors';
import type { ConflictDeclaration } from '../../domain/review';
import { authorize, type Principal } from '../access-policy';
import { commitContext, putOne, type Ports } from '../context';
import { NotFoundError } from '../errors';

export interface ConflictInput {
  /** Whose conflict; defaults to the signed-in person. Admins may record one for someone else. */
  readonly personId?: string;
  readonly organisationId: string;
  readonly serviceId?: string | null;
  readonly reason: string;
}

function authorizeFor(principal: Principal, personId: string): void {
  authorize(principal, personId === principal.person.id ? 'conflict.declare' : 'review.manage');
}

/** Reviewers declare their own conflicts; a declared conflict bars them from reviewing that organisation or service. */
export async function declareConflict(
  ports: Ports,
  principal: Principal,
  input: ConflictInput,
): Promise<ConflictDeclaration> {
  const personId = input.personId ?? principal.person.id;
  authorizeFor(principal, personId);
  if (!(await ports.store.get('person', personId))) throw new NotFoundError('person', personId);
  if (!(await ports.store.get('organisation', input.organisationId))) {
    throw new DomainError(
      'unknown_organisation',
      `No organisation with id "${input.organisationId}".`,
      'organisationId',
    );
  }
  const serviceId = input.serviceId ?? null;
  if (serviceId !== null) {
    const service = await ports.store.get('service', serviceId);
    if (!service || service.organisationId !== input.organisationId) {
      throw new DomainError('unknown_service', `The organisation has no service with id "${serviceId}".`, 'serviceId');
    }
  }
  if (input.reason.trim() === '') {
    throw new DomainError(
      'reason_required',
      'Say what the conflict is (e.g. "I worked in this service until 2025"): the network keeps it on record.',
      'reason',
    );
  }
  const conflict: ConflictDeclaration = {
    id: ports.ids.newId(),
    version: 0,
    personId,
    organisationId: input.organisationId,
    serviceId,
    reason: input.reason.trim(),
    declaredBy: principal.person.id,
    declaredAt: ports.clock.now().toISOString(),
  };
  return putOne(ports, principal, 'conflictDeclaration', conflict, 0);
}

/** Someone's declared conflicts: their own, or anyone's for those who build teams. */
export async function listConflicts(
  ports: Ports,
  principal: Principal,
  filter: { personId?: string; organisationId?: string },
): Promise<ConflictDeclaration[]> {
  authorize(
    principal,
    filter.personId === principal.person.id && !filter.organisationId ? 'conflict.declare' : 'review.manage',
  );
  const list = filter.personId
    ? await ports.store.query('conflictDeclaration', { personId: filter.personId })
    : filter.organisationId
      ? await ports.store.query('conflictDeclaration', { organisationId: filter.organisationId })
      : await ports.store.query('conflictDeclaration', {});
  return list
    .filter((c) => !filter.organisationId || c.organisationId === filter.organisationId)
    .sort((a, b) => b.declaredAt.localeCompare(a.declaredAt));
}

export async function withdrawConflict(
  ports: Ports,
  principal: Principal,
  id: string,
  expectedVersion: number,
): Promise<void> {
  authorize(principal, 'conflict.declare');
  const conflict = await ports.store.get('conflictDeclaration', id);
  if (!conflict) throw new NotFoundError('conflict of interest', id);
  authorizeFor(principal, conflict.personId);
  await ports.store.commit(commitContext(ports, principal), [
    { op: 'delete', kind: 'conflictDeclaration', id, expectedVersion },
  ]);
}
