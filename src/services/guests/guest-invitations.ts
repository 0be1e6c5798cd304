import { DomainError } from '../../domain/errors';
import { invitationResent } from '../../domain/guest-invitation';
import type { Person, RoleAssignment } from '../../domain/network';
import { authorize, type Principal } from '../access-policy';
import { commitContext, type Ports } from '../context';
import { AlreadyAMemberError, NotFoundError } from '../errors';
import { forgetPrincipal } from '../identity/identity';
import { GuestInvitationUnavailableError, type GuestInviter } from '../ports';
import { newPersonId, roleAssignmentIdFor } from '../unique-ids';

function inviterOf(ports: Ports): GuestInviter {
  if (ports.guests) return ports.guests;
  throw new GuestInvitationUnavailableError(
    "This server cannot invite guests: it is not connected to the host trust's Microsoft Entra tenant. Ask the " +
      'network\'s technical team to set it up (see "Guests" in the deployment guide).',
  );
}

/**
 * The network admin invites an expert by experience who has no trust account: Microsoft sends the invitation
 * e-mail, and the person is recorded at once with the guest account as their sign-in identity, in the pool of
 * experts by experience (a network-wide role that reaches a review only through a review team).
 */
export async function inviteGuest(
  ports: Ports,
  principal: Principal,
  input: { readonly displayName: string; readonly email: string },
): Promise<Person> {
  authorize(principal, 'network.manage');
  const email = input.email.trim().toLowerCase();
  const [member] = await ports.store.query('person', { email });
  if (member) throw new AlreadyAMemberError(member);
  const account = await inviterOf(ports).invite({ displayName: input.displayName, email });
  // An address that was already a guest of the tenant comes back with its account: it may be someone we know.
  const [sameAccount] = await ports.store.query('person', { identity: `${account.tenantId}:${account.objectId}` });
  if (sameAccount) throw new AlreadyAMemberError(sameAccount);
  const at = ports.clock.now().toISOString();
  const person: Person = {
    id: await newPersonId(ports, email),
    version: 0,
    displayName: input.displayName.trim(),
    email,
    organisationId: null,
    jobTitle: 'Expert by experience',
    profession: 'lived_experience',
    tenantId: account.tenantId,
    objectId: account.objectId,
    guest: { ...account, firstSentAt: at, lastSentAt: at, timesSent: 1, signedInAt: null },
  };
  const pool: RoleAssignment = {
    id: roleAssignmentIdFor(person.id, 'expert_by_experience', { kind: 'network' }),
    version: 0,
    personId: person.id,
    role: 'expert_by_experience',
    scope: { kind: 'network' },
  };
  const [saved] = await ports.store.commit(commitContext(ports, principal), [
    { op: 'put', kind: 'person', value: person, expectedVersion: 0 },
    { op: 'put', kind: 'roleAssignment', value: pool, expectedVersion: 0 },
  ]);
  return saved;
}

/** Sends a guest's invitation again (it may have gone to spam, or expired unread). */
export async function resendGuestInvitation(
  ports: Ports,
  principal: Principal,
  personId: string,
  expectedVersion: number,
): Promise<Person> {
  authorize(principal, 'network.manage');
  const person = await ports.store.get('person', personId);
  if (!person) throw new NotFoundError('person', personId);
  if (!person.guest) {
    throw new DomainError(
      'not_a_guest',
      `${person.displayName} was not invited as a guest, so there is no invitation to send again. People with a ` +
        'trust account sign in with it.',
    );
  }
  await inviterOf(ports).invite({ displayName: person.displayName, email: person.email });
  const [saved] = await ports.store.commit(commitContext(ports, principal), [
    { op: 'put', kind: 'person', value: invitationResent(person, ports.clock.now().toISOString()), expectedVersion },
  ]);
  forgetPrincipal(ports, saved);
  return saved;
}
