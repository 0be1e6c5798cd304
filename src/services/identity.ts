import type { Person } from '../domain/network';
import type { Principal } from './access-policy';
import { putOne, type Ports } from './context';
import { UnknownPersonError } from './errors';

/** Who a validated token says the caller is. */
export interface SignedInIdentity {
  readonly tenantId: string;
  readonly objectId: string;
  readonly email: string | null;
  readonly name: string | null;
}

/**
 * Matches a sign-in to the network's records by tenant id + object id. A person invited by e-mail who has not
 * signed in before is linked on first sign-in; after that, the e-mail no longer matters (it can change).
 */
export async function resolvePrincipal(ports: Ports, identity: SignedInIdentity): Promise<Principal> {
  const key = `${identity.tenantId}:${identity.objectId}`;
  const [known] = await ports.store.query('person', { identity: key });
  const person = known ?? (await linkInvitedPerson(ports, identity));
  const roles = await ports.store.query('roleAssignment', { personId: person.id });
  return { person, roles };
}

async function linkInvitedPerson(ports: Ports, identity: SignedInIdentity): Promise<Person> {
  const email = identity.email?.trim().toLowerCase();
  if (!email) throw new UnknownPersonError();
  const invited = (await ports.store.query('person', { email })).find((p) => p.tenantId === null);
  if (!invited) throw new UnknownPersonError();
  const linked: Person = { ...invited, tenantId: identity.tenantId, objectId: identity.objectId };
  const system = { person: invited, roles: [] };
  return putOne(ports, system, 'person', linked, invited.version);
}
