import { randomUUID } from 'node:crypto';
import { GraphGuestInviter } from '../../src/adapters/graph/graph-guest-inviter';
import type { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { toProblem } from '../../src/api/problem';
import { STARTER_FRAMEWORK } from '../../src/domain/starter-framework';
import type { Principal } from '../../src/services/access-policy';
import { createAssessment } from '../../src/services/assessment/assessments';
import type { Ports } from '../../src/services/context';
import { inviteGuest } from '../../src/services/guests/guest-invitations';
import { resolvePrincipal } from '../../src/services/identity/identity';
import { assignRole, savePerson } from '../../src/services/network/network-admin';
import { importFramework } from '../../src/services/network/frameworks';
import { cycle, framework, organisation, person, put, service } from '../contract/fixtures';
import { ctx } from '../contract/store-contract-helpers';
import type { SimSite } from '../graph-simulator/state';
import { NO_EVIDENCE } from '../unit/reminders/harness';
import { provisionedStore, sharedHarness, type Harness } from './harness';

/**
 * Two requests creating the same thing at the same moment, on SharePoint (the Graph simulator), where nothing
 * is a transaction: the id comes from what makes the thing unique, so SharePoint's unique EntityId column keeps
 * one item and the other request is answered 409, as on SQLite. Ids here are random, as in production.
 */
const harness = sharedHarness();
const HOST = 'aaaaaaaa-0000-4000-8000-000000000000';
const KCH = 'bbbbbbbb-0000-4000-8000-000000000000';

const admin: Principal = {
  person: person({
    id: 'p-admin',
    email: 'admin@host.nhs.example',
    organisationId: null,
    tenantId: HOST,
    objectId: 'o',
  }),
  roles: [{ id: 'r-admin', version: 1, personId: 'p-admin', role: 'network_admin', scope: { kind: 'network' } }],
};

/** Fifteen standards: an assessment and its responses are 32 writes, more than one `$batch`. */
const standards = Array.from({ length: 15 }, (_, i) => ({
  ...framework().standards[0]!,
  code: `1.${i + 1}`,
  title: `Standard 1.${i + 1}`,
}));

function itemsWithEntityId(site: SimSite, listName: string, entityId: string): number {
  const list = [...site.lists.values()].find((l) => l.displayName === listName);
  return [...(list?.items.values() ?? [])].filter((i) => i.fields['EntityId'] === entityId).length;
}

/** Both outcomes of two requests at once: the one that was stored and the answer the other one got. */
async function race<T>(make: () => Promise<T>): Promise<{ stored: T[]; statuses: number[]; details: string[] }> {
  const settled = await Promise.allSettled([make(), make()]);
  const problems = settled.flatMap((s) => (s.status === 'rejected' ? [toProblem(s.reason)] : []));
  return {
    stored: settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : [])),
    statuses: problems.map((p) => p.status),
    details: problems.map((p) => p.detail),
  };
}

describe('simultaneous creates of the same thing on SharePoint', () => {
  let h: Harness;
  let store: SharePointStore;
  let site: SimSite;
  let ports: Ports;

  beforeEach(async () => {
    h = await harness();
    h.sim.faults.clear();
    h.sim.invitations.granted = true;
    ({ store, site } = await provisionedStore(h));
    await store.commit(ctx, [
      put('framework', framework({ standards })),
      put('organisation', organisation({ tenantId: KCH })),
      put('service', service()),
      put('cycle', cycle()),
      put('person', admin.person),
    ]);
    ports = {
      store,
      evidence: NO_EVIDENCE,
      // In the cycle's self-assessment window.
      clock: { now: () => new Date('2026-10-01T10:00:00Z') },
      ids: { newId: () => randomUUID() },
      tenantTrust: { hostTenantId: HOST, allowedTenantIds: [KCH] },
      guests: new GraphGuestInviter(h.graph.app, HOST, 'https://qin.nhs.example/'),
    };
  });
  afterEach(async () => {
    h.sim.faults.clear();
    await store.close();
  });

  it('leaves one assessment for a service in a cycle, with its responses, and answers the other 409', async () => {
    const { stored, statuses, details } = await race(() =>
      createAssessment(ports, admin, { cycleId: 'cy-2026', subject: { kind: 'service', serviceId: 'svc-cardio' } }),
    );
    expect(stored).toHaveLength(1);
    expect(statuses).toEqual([409]);
    expect(details[0]).toMatch(/created by someone else a moment ago\. Reload to see it/);
    const assessments = await store.query('assessment', { cycleId: 'cy-2026' });
    expect(assessments.map((a) => a.id)).toEqual([stored[0]?.id]);
    expect(await store.query('response', { assessmentId: stored[0]!.id })).toHaveLength(15);
    // Nothing of the refused create is left behind: not its responses, not its audit events.
    expect([...[...site.lists.values()].find((l) => l.displayName === 'QIN Responses')!.items.values()]).toHaveLength(
      15,
    );
    await expect(store.auditForAssessment(stored[0]!.id)).resolves.toHaveLength(16);
  });

  it('leaves one person for an e-mail invited twice at once, and answers the other 409', async () => {
    const { stored, statuses } = await race(() =>
      inviteGuest(ports, admin, { displayName: 'Maya Green', email: 'Maya.Green@example.org' }),
    );
    expect(stored).toHaveLength(1);
    expect(statuses).toEqual([409]);
    expect(await store.query('person', { email: 'maya.green@example.org' })).toHaveLength(1);
    expect(await store.query('roleAssignment', { personId: stored[0]!.id })).toHaveLength(1);
    expect(itemsWithEntityId(site, 'QIN People', stored[0]!.id)).toBe(1);
  });

  it('leaves one person for an e-mail added twice at once by the network admin, and answers the other 409', async () => {
    const input = {
      displayName: 'Kwame Asante',
      email: 'kwame.asante@kch.nhs.example',
      organisationId: 'org-kch',
      jobTitle: 'Nurse',
      profession: 'mental_health' as const,
      version: 0,
    };
    const { stored, statuses } = await race(() => savePerson(ports, admin, input));
    expect(stored).toHaveLength(1);
    expect(statuses).toEqual([409]);
    expect(await store.query('person', { email: 'kwame.asante@kch.nhs.example' })).toHaveLength(1);
  });

  it('leaves one framework version for a key imported twice at once, and answers the other 409', async () => {
    const content = JSON.stringify({ ...STARTER_FRAMEWORK, versionNumber: 2 });
    const { stored, statuses } = await race(() => importFramework(ports, admin, { format: 'json', content }));
    expect(stored).toHaveLength(1);
    expect(statuses).toEqual([409]);
    const versions = await store.query('framework', { key: STARTER_FRAMEWORK.key });
    expect(versions.filter((f) => f.versionNumber === 2)).toHaveLength(1);
  });

  it('leaves one role for a person given the same role twice at once, and answers the other 409', async () => {
    const scope = { kind: 'service' as const, serviceId: 'svc-cardio' };
    const { stored, statuses } = await race(() =>
      assignRole(ports, admin, { personId: 'p-admin', role: 'service_lead', scope }),
    );
    expect(stored).toHaveLength(1);
    expect(statuses).toEqual([409]);
    const held = await store.query('roleAssignment', { personId: 'p-admin' });
    expect(held.filter((r) => r.role === 'service_lead')).toHaveLength(1);
  });

  it('lets every first request of a newly invited person succeed, linking them once', async () => {
    await store.commit(ctx, [put('person', person({ id: 'p-new', email: 'new.nurse@kch.nhs.example' }))]);
    const identity = { tenantId: KCH, objectId: 'oid-new-nurse', email: 'New.Nurse@kch.nhs.example', name: null };
    const principals = await Promise.all(Array.from({ length: 4 }, () => resolvePrincipal(ports, identity)));
    expect(principals.map((p) => p.person.id)).toEqual(['p-new', 'p-new', 'p-new', 'p-new']);
    expect(principals.every((p) => p.person.tenantId === KCH && p.person.objectId === 'oid-new-nurse')).toBe(true);
    const stored = await store.get('person', 'p-new');
    expect(stored).toMatchObject({ tenantId: KCH, objectId: 'oid-new-nurse', version: 2 });
  });

  it('still refuses a first sign-in of another account while the invitation is being linked', async () => {
    await store.commit(ctx, [put('person', person({ id: 'p-new', email: 'new.nurse@kch.nhs.example' }))]);
    const nurse = { tenantId: KCH, objectId: 'oid-new-nurse', email: 'new.nurse@kch.nhs.example', name: null };
    const other = { ...nurse, objectId: 'oid-someone-else' };
    const settled = await Promise.allSettled([resolvePrincipal(ports, nurse), resolvePrincipal(ports, other)]);
    const linked = await store.get('person', 'p-new');
    const winner = linked?.objectId === 'oid-new-nurse' ? 0 : 1;
    expect(settled[winner]?.status).toBe('fulfilled');
    expect(settled[1 - winner]?.status).toBe('rejected');
  });
});
