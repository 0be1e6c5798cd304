import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import type { Organisation, Person } from '../../../src/domain/network';
import type { Ports } from '../../../src/services/context';
import { LinkRefusedError, UnknownPersonError } from '../../../src/services/errors';
import { resolvePrincipal } from '../../../src/services/identity/identity';
import type { TenantTrust } from '../../../src/domain/tenant-trust';
import { NO_EVIDENCE } from '../reminders/harness';

const HOST = 'aaaaaaaa-0000-4000-8000-000000000000';
const SLAM = 'bbbbbbbb-0000-4000-8000-000000000000';
const GSTT = 'cccccccc-0000-4000-8000-000000000000';
const NEW_TRUST = 'dddddddd-0000-4000-8000-000000000000';

const organisation = (id: string, tenantId: string | null): Organisation => ({
  id,
  version: 0,
  name: id,
  shortName: id,
  tenantId,
});

const invited = (id: string, email: string, organisationId: string | null): Person => ({
  id,
  version: 0,
  displayName: id,
  email,
  organisationId,
  jobTitle: 'Nurse',
  profession: 'mental_health',
  tenantId: null,
  objectId: null,
});

/** The host tenant is deliberately not on the list: it is always allowed. */
const TRUST: TenantTrust = { hostTenantId: HOST, allowedTenantIds: [SLAM, GSTT] };

describe('linking an invited person on first sign-in', () => {
  let store: SqliteStore;
  let ports: Ports;
  beforeEach(async () => {
    store = SqliteStore.open(':memory:');
    let n = 0;
    ports = {
      store,
      evidence: NO_EVIDENCE,
      clock: { now: () => new Date('2026-12-01T10:00:00Z') },
      ids: { newId: () => `id-${++n}` },
      tenantTrust: TRUST,
    };
    await store.commit({ actorId: 'test', at: '2026-12-01T09:00:00Z' }, [
      { op: 'put', kind: 'organisation', value: organisation('org-slam', SLAM), expectedVersion: 0 },
      { op: 'put', kind: 'organisation', value: organisation('org-new', NEW_TRUST), expectedVersion: 0 },
      { op: 'put', kind: 'organisation', value: organisation('org-tenantless', null), expectedVersion: 0 },
      {
        op: 'put',
        kind: 'person',
        value: invited('p-nurse', 'nurse@slam.nhs.example', 'org-slam'),
        expectedVersion: 0,
      },
      { op: 'put', kind: 'person', value: invited('p-new', 'lead@new.nhs.example', 'org-new'), expectedVersion: 0 },
      { op: 'put', kind: 'person', value: invited('p-expert', 'expert@example.org', null), expectedVersion: 0 },
      {
        op: 'put',
        kind: 'person',
        value: invited('p-tenantless', 'someone@tenantless.example', 'org-tenantless'),
        expectedVersion: 0,
      },
    ]);
  });
  afterEach(() => store.close());

  const signIn = (tenantId: string, objectId: string, email: string) =>
    resolvePrincipal(ports, { tenantId, objectId, email, name: null });

  it("links a person signing in from their own organisation's tenant", async () => {
    const principal = await signIn(SLAM, 'oid-nurse', 'Nurse@slam.nhs.example');
    expect(principal.person).toMatchObject({ id: 'p-nurse', tenantId: SLAM, objectId: 'oid-nurse' });
  });

  it('refuses the same e-mail from another allowed tenant, records the attempt, and leaves the invitation for the real person', async () => {
    await expect(signIn(GSTT, 'oid-impostor', 'nurse@slam.nhs.example')).rejects.toThrow(LinkRefusedError);
    await expect(signIn(GSTT, 'oid-impostor', 'nurse@slam.nhs.example')).rejects.toThrow(/ask your network admin/i);
    expect(await store.get('person', 'p-nurse')).toMatchObject({ tenantId: null, objectId: null });
    const attempts = (await store.auditForEntity('person', 'p-nurse')).filter((e) =>
      e.actorId.startsWith('link-refused:'),
    );
    expect(attempts.map((e) => e.actorId)).toEqual([`link-refused:${GSTT}:oid-impostor`]); // once, not per request
    const real = await signIn(SLAM, 'oid-nurse', 'nurse@slam.nhs.example');
    expect(real.person).toMatchObject({ id: 'p-nurse', tenantId: SLAM, objectId: 'oid-nurse' });
  });

  it("refuses a person's own organisation tenant while it is not on the allow-list", async () => {
    await expect(signIn(NEW_TRUST, 'oid-new', 'lead@new.nhs.example')).rejects.toThrow(LinkRefusedError);
  });

  it('links a guest (no organisation) from the host tenant, which is always allowed, and from nowhere else', async () => {
    await expect(signIn(SLAM, 'oid-x', 'expert@example.org')).rejects.toThrow(LinkRefusedError);
    const guest = await signIn(HOST, 'oid-guest', 'expert@example.org');
    expect(guest.person).toMatchObject({ id: 'p-expert', tenantId: HOST, objectId: 'oid-guest' });
  });

  it('links a person whose organisation has no tenant of its own only from the host tenant', async () => {
    await expect(signIn(SLAM, 'oid-y', 'someone@tenantless.example')).rejects.toThrow(LinkRefusedError);
    const linked = await signIn(HOST, 'oid-y', 'someone@tenantless.example');
    expect(linked.person).toMatchObject({ id: 'p-tenantless', tenantId: HOST });
  });

  it('still says "not known" to someone with no invitation at all', async () => {
    await expect(signIn(SLAM, 'oid-z', 'nobody@slam.nhs.example')).rejects.toThrow(UnknownPersonError);
  });
});
