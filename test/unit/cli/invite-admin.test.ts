import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { inviteNetworkAdmin } from '../../../src/cli/invite-admin';
import type { Ports } from '../../../src/services/context';
import { resolvePrincipal } from '../../../src/services/identity/identity';

const NOW = new Date('2026-11-26T10:00:00Z');

describe('npm run invite-admin', () => {
  it('invites the first network admin into an empty store, who is linked on first sign-in from the host tenant', async () => {
    const store = SqliteStore.open(':memory:');
    const first = await inviteNetworkAdmin(
      store,
      { email: ' Amara.Okafor@KCH.nhs.uk ', displayName: 'Amara Okafor' },
      NOW,
    );
    expect(first).toMatchObject({ created: true, alreadyAdmin: false, person: { email: 'amara.okafor@kch.nhs.uk' } });
    expect(await inviteNetworkAdmin(store, { email: 'amara.okafor@kch.nhs.uk', displayName: 'x' }, NOW)).toMatchObject({
      created: false,
      alreadyAdmin: true,
    });
    expect(await store.query('roleAssignment', {})).toHaveLength(1);

    // The first admin has no organisation: they sign in from the host tenant, which is always allowed.
    const tenantTrust = { hostTenantId: '11111111-1111-1111-1111-111111111111', allowedTenantIds: [] };
    const ports = { store, clock: { now: () => NOW }, ids: { newId: () => 'id' }, tenantTrust } as unknown as Ports;
    const principal = await resolvePrincipal(ports, {
      tenantId: '11111111-1111-1111-1111-111111111111',
      objectId: '22222222-2222-2222-2222-222222222222',
      email: 'amara.okafor@kch.nhs.uk',
      name: 'Amara Okafor',
    });
    expect(principal.person.tenantId).toBe('11111111-1111-1111-1111-111111111111');
    expect(principal.roles.map((r) => [r.role, r.scope.kind])).toEqual([['network_admin', 'network']]);
    await store.close();
  });

  it('refuses something that is not an e-mail address', async () => {
    const store = SqliteStore.open(':memory:');
    await expect(inviteNetworkAdmin(store, { email: 'amara', displayName: 'A' }, NOW)).rejects.toThrow(/not an e-mail/);
    await store.close();
  });
});
