import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import type { FrameworkVersion } from '../../src/domain/framework';
import type { StarterFrameworkOffer } from '../../src/api/contracts';
import { person, put } from '../contract/fixtures';
import { ctx } from '../contract/store-contract-helpers';
import { startHarness, type Harness } from './harness';

/** A trust starting a network from nothing: the first network admin is offered the starter framework. */
const ADMIN = 'first.admin@host.nhs.example';

describe('starting an empty network from the starter framework', () => {
  let h: Harness;
  beforeEach(async () => {
    const store = SqliteStore.open(':memory:');
    await store.commit(ctx, [
      put(
        'person',
        person({ id: 'p-first-admin', email: ADMIN, organisationId: null, tenantId: 'host', objectId: 'o' }),
      ),
      put('roleAssignment', {
        id: 'r-first-admin',
        version: 0,
        personId: 'p-first-admin',
        role: 'network_admin',
        scope: { kind: 'network' },
      }),
    ]);
    h = await startHarness({ store, seed: false });
  });
  afterEach(() => h.close());

  it('offers it while the network has no framework, imports it as a draft once, then no longer offers it', async () => {
    const admin = await h.signIn(ADMIN);
    const offer = await admin.get<StarterFrameworkOffer>('/api/v1/starter-framework');
    expect(offer.status).toBe(200);
    expect(offer.body).toMatchObject({ illustrative: true, themeCount: 5, start: { allowed: true } });
    expect(offer.body.standardCount).toBeGreaterThan(20);

    const started = await admin.send<FrameworkVersion>('POST', '/api/v1/starter-framework', {});
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'draft', name: offer.body.name });
    const frameworks = await admin.get<{ id: string; status: string }[]>('/api/v1/frameworks');
    expect(frameworks.body).toEqual([expect.objectContaining({ id: started.body.id, status: 'draft' })]);

    const after = await admin.get<StarterFrameworkOffer>('/api/v1/starter-framework');
    expect(after.body.start).toEqual({ allowed: false, reason: expect.stringMatching(/already has a framework/) });
    const again = await admin.send<{ code: string; detail: string }>('POST', '/api/v1/starter-framework', {});
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('network_has_framework');
    expect(again.body.detail).toMatch(/import a new version of its own framework instead/);
  });
});
