import { GraphGuestInviter } from '../../src/adapters/graph/graph-guest-inviter';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { guestState } from '../../src/domain/guest-invitation';
import type { Person } from '../../src/domain/network';
import type { Principal } from '../../src/services/access-policy';
import type { Ports } from '../../src/services/context';
import { UnknownPersonError } from '../../src/services/errors';
import { inviteGuest } from '../../src/services/guests/guest-invitations';
import { resolvePrincipal } from '../../src/services/identity/identity';
import { GuestInvitationUnavailableError } from '../../src/services/ports';
import { NO_EVIDENCE } from '../unit/reminders/harness';
import { sharedHarness } from './harness';

/** Experts by experience invited as Entra B2B guests of the host tenant, through Graph (the simulator). */
const harness = sharedHarness();
const HOST = 'aaaaaaaa-0000-4000-8000-000000000000';
const TAB = 'https://qin.nhs.example/';
const isInvitation = (r: { path: string }) => r.path === '/invitations';

const admin: Principal = {
  person: {
    id: 'p-admin',
    version: 1,
    displayName: 'Amara Okafor',
    email: 'amara@kch.nhs.example',
    organisationId: null,
    jobTitle: 'Network manager',
    profession: 'management',
    tenantId: HOST,
    objectId: 'admin-oid',
  },
  roles: [{ id: 'r-admin', version: 1, personId: 'p-admin', role: 'network_admin', scope: { kind: 'network' } }],
};

async function inviter() {
  const h = await harness();
  h.sim.faults.clear();
  h.sim.invitations.granted = true;
  return { h, inviter: new GraphGuestInviter(h.graph.app, HOST, TAB) };
}

function portsWith(guests: GraphGuestInviter): Ports {
  let n = 0;
  return {
    store: SqliteStore.open(':memory:'),
    evidence: NO_EVIDENCE,
    clock: { now: () => new Date('2026-12-04T10:00:00Z') },
    ids: { newId: () => `id-${++n}` },
    tenantTrust: { hostTenantId: HOST, allowedTenantIds: [] },
    guests,
  };
}

describe('GraphGuestInviter on the Graph simulator', () => {
  it("invites with Microsoft's e-mail, the tab as where to land, and answers the guest's account in the host tenant", async () => {
    const { h, inviter: graph } = await inviter();
    const account = await graph.invite({ displayName: 'Maya Green', email: 'maya.green@example.org' });
    const guest = h.sim.invitations.guests.get('maya.green@example.org');
    expect(account).toEqual({ tenantId: HOST, objectId: guest?.id });
    expect(h.sim.invitations.received.at(-1)).toMatchObject({
      invitedUserEmailAddress: 'maya.green@example.org',
      invitedUserDisplayName: 'Maya Green',
      inviteRedirectUrl: TAB,
      sendInvitationMessage: true,
    });
    // Sent again: the same account, as Entra gives for an address already invited.
    expect(await graph.invite({ displayName: 'Maya Green', email: 'maya.green@example.org' })).toEqual(account);
  });

  it('waits out a throttled answer (429 with Retry-After) and then invites', async () => {
    const { h, inviter: graph } = await inviter();
    h.sim.faults.script({ fault: 'throttle', when: isInvitation, times: 2 });
    const before = h.sim.graphCalls().length;
    const account = await graph.invite({ displayName: 'Sam Lee', email: 'sam.lee@example.org' });
    expect(account.objectId).toBe(h.sim.invitations.guests.get('sam.lee@example.org')?.id);
    expect(
      h.sim
        .graphCalls()
        .slice(before)
        .map((c) => c.outcome),
    ).toEqual([429, 429, 201]);
  });

  it('says to try again later when Entra stays busy, and nothing is recorded', async () => {
    const { h, inviter: graph } = await inviter();
    h.sim.faults.script({ fault: 'throttle', when: isInvitation, times: 50 });
    const ports = portsWith(graph);
    await expect(inviteGuest(ports, admin, { displayName: 'Kit Moss', email: 'kit@example.org' })).rejects.toThrow(
      /busy and did not send the invitation/,
    );
    expect(await ports.store.query('person', { email: 'kit@example.org' })).toEqual([]);
  });

  it('explains the missing permission when the app was not granted User.Invite.All', async () => {
    const { h, inviter: graph } = await inviter();
    h.sim.invitations.granted = false;
    const refused = graph.invite({ displayName: 'Jo Hart', email: 'jo@example.org' });
    await expect(refused).rejects.toBeInstanceOf(GuestInvitationUnavailableError);
    await expect(refused).rejects.toThrow(/User\.Invite\.All/);
  });

  it('links the guest by the invitation’s object id only: never by e-mail, then on their own sign-in', async () => {
    const { h, inviter: graph } = await inviter();
    const ports = portsWith(graph);
    const invited: Person = await inviteGuest(ports, admin, {
      displayName: 'Ana Reyes',
      email: 'Ana.Reyes@example.org',
    });
    const account = h.sim.invitations.guests.get('ana.reyes@example.org');
    expect(invited).toMatchObject({ tenantId: HOST, objectId: account?.id, email: 'ana.reyes@example.org' });
    expect(guestState(invited)).toBe('invitation_sent');

    // Not redeemed yet: someone signing in with the same address from another account (any tenant) gets nothing.
    for (const tenantId of [HOST, 'bbbbbbbb-0000-4000-8000-000000000000']) {
      await expect(
        resolvePrincipal(ports, { tenantId, objectId: 'someone-else', email: 'ana.reyes@example.org', name: 'Ana' }),
      ).rejects.toBeInstanceOf(UnknownPersonError);
    }
    expect(guestState((await ports.store.get('person', invited.id)) ?? invited)).toBe('invitation_sent');

    // She accepts and signs in with the guest account: found by host tenant + object id, and marked signed in.
    if (account) account.redeemed = true;
    const principal = await resolvePrincipal(ports, {
      tenantId: HOST,
      objectId: account?.id ?? '',
      email: null,
      name: 'Ana Reyes',
    });
    expect(principal.person.id).toBe(invited.id);
    expect(principal.roles.map((r) => [r.role, r.scope.kind])).toEqual([['expert_by_experience', 'network']]);
    const stored = await ports.store.get('person', invited.id);
    expect(stored?.guest?.signedInAt).toBe('2026-12-04T10:00:00.000Z');
    expect(guestState(stored ?? invited)).toBe('signed_in');
  });
});
