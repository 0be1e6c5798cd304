import { randomUUID } from 'node:crypto';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { toProblem } from '../../../src/api/problem';
import type { Principal } from '../../../src/services/access-policy';
import { createAssessment } from '../../../src/services/assessment/assessments';
import type { Ports } from '../../../src/services/context';
import { savePerson } from '../../../src/services/network/network-admin';
import { cycle, framework, organisation, person, put, service } from '../../contract/fixtures';
import { ctx } from '../../contract/store-contract-helpers';
import { NO_EVIDENCE } from '../reminders/harness';

/**
 * The same two simultaneous creates on the embedded store: each request checks "is there one already?" before its
 * own transaction, so the check alone lets both through; the id derived from what makes the thing unique is what
 * keeps one record and answers the other 409.
 */
const admin: Principal = {
  person: person({ id: 'p-admin', organisationId: null, tenantId: 'host', objectId: 'o' }),
  roles: [{ id: 'r-admin', version: 1, personId: 'p-admin', role: 'network_admin', scope: { kind: 'network' } }],
};

describe('simultaneous creates of the same thing on SQLite', () => {
  let store: SqliteStore;
  let ports: Ports;
  beforeEach(async () => {
    store = SqliteStore.open(':memory:');
    await store.commit(ctx, [
      put('framework', framework()),
      put('organisation', organisation()),
      put('service', service()),
      put('cycle', cycle()),
    ]);
    ports = {
      store,
      evidence: NO_EVIDENCE,
      clock: { now: () => new Date('2026-10-01T10:00:00Z') },
      ids: { newId: () => randomUUID() },
    };
  });
  afterEach(() => store.close());

  it('leaves one assessment for a service in a cycle and answers the other 409', async () => {
    const create = () =>
      createAssessment(ports, admin, { cycleId: 'cy-2026', subject: { kind: 'service', serviceId: 'svc-cardio' } });
    const settled = await Promise.allSettled([create(), create()]);
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    expect(settled.flatMap((s) => (s.status === 'rejected' ? [toProblem(s.reason).status] : []))).toEqual([409]);
    expect(await store.query('assessment', { cycleId: 'cy-2026' })).toHaveLength(1);
  });

  it('leaves one person for an e-mail added twice at once and answers the other 409', async () => {
    const add = () =>
      savePerson(ports, admin, {
        displayName: 'Kwame Asante',
        email: 'kwame.asante@kch.nhs.example',
        organisationId: 'org-kch',
        jobTitle: 'Nurse',
        profession: 'mental_health',
        version: 0,
      });
    const settled = await Promise.allSettled([add(), add()]);
    expect(settled.flatMap((s) => (s.status === 'rejected' ? [toProblem(s.reason).status] : []))).toEqual([409]);
    expect(await store.query('person', { email: 'kwame.asante@kch.nhs.example' })).toHaveLength(1);
  });
});
