import type { Person, RoleAssignment } from '../../domain/network';
import type { Ports } from '../context';

export interface SignInCandidate {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  readonly jobTitle: string;
  readonly organisationId: string | null;
  readonly roles: readonly Pick<RoleAssignment, 'role' | 'scope'>[];
}

/** Local mode only: the people one can "sign in as" (those with a sign-in identity), with their roles. */
export async function signInCandidates(ports: Ports): Promise<SignInCandidate[]> {
  const [people, roles] = await Promise.all([ports.store.query('person', {}), ports.store.query('roleAssignment', {})]);
  const rolesOf = (id: string) => roles.filter((r) => r.personId === id).map((r) => ({ role: r.role, scope: r.scope }));
  return people
    .filter((p) => p.tenantId && p.objectId)
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .map((p) => ({
      id: p.id,
      displayName: p.displayName,
      email: p.email,
      jobTitle: p.jobTitle,
      organisationId: p.organisationId,
      roles: rolesOf(p.id),
    }));
}

/** Local mode only: the person to sign in as, by id or e-mail, if they have a sign-in identity. */
export async function findSignInPerson(
  ports: Ports,
  who: { personId?: string | undefined; email?: string | undefined },
): Promise<(Person & { tenantId: string; objectId: string }) | undefined> {
  const person = who.personId
    ? await ports.store.get('person', who.personId)
    : (await ports.store.query('person', { email: (who.email ?? '').trim().toLowerCase() }))[0];
  if (!person?.tenantId || !person.objectId) return undefined;
  return { ...person, tenantId: person.tenantId, objectId: person.objectId };
}
