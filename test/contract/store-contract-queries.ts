/** The Store contract, part 2: queries on every indexed field, and the lean ratings read. */
import type { Store } from '../../src/services/ports';
import {
  cycle,
  evidence,
  framework,
  notification,
  oneOfEach,
  organisation,
  organisationAssessment,
  person,
  personalConversation,
  put,
  response,
  roleAssignment,
  service,
  serviceAssessment,
  teamConversation,
} from './fixtures';
import { ctx, ids, later } from './store-contract-helpers';

export function describeQueries(getStore: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = getStore();
  });

  describe('query', () => {
    it('finds frameworks by key', async () => {
      await store.commit(ctx, [
        put('framework', framework()),
        put('framework', framework({ id: 'fw-mind-body-2', versionNumber: 2, status: 'draft' })),
        put('framework', framework({ id: 'fw-other-1', key: 'other-network' })),
      ]);
      expect(ids(await store.query('framework', { key: 'mind-body-qin' }))).toEqual([
        'fw-mind-body-1',
        'fw-mind-body-2',
      ]);
    });

    it('finds services by organisation', async () => {
      await store.commit(ctx, [
        put('service', service()),
        put('service', service({ id: 'svc-coast', organisationId: 'org-slam', name: 'COAST' })),
      ]);
      expect(ids(await store.query('service', { organisationId: 'org-slam' }))).toEqual(['svc-coast']);
      await expect(store.query('service', { organisationId: 'org-none' })).resolves.toEqual([]);
    });

    it('finds people by email, by sign-in identity and by organisation', async () => {
      await store.commit(ctx, [
        put('person', person({ tenantId: 'tenant-kch', objectId: 'oid-amara' })),
        put('person', person({ id: 'p-ben', email: 'ben@slam.example.nhs.uk', organisationId: 'org-slam' })),
        put('person', person({ id: 'p-eve', email: 'eve@example.org', organisationId: null })),
      ]);
      expect(ids(await store.query('person', { email: 'ben@slam.example.nhs.uk' }))).toEqual(['p-ben']);
      expect(ids(await store.query('person', { identity: 'tenant-kch:oid-amara' }))).toEqual(['p-amara']);
      expect(ids(await store.query('person', { organisationId: 'org-kch' }))).toEqual(['p-amara']);
    });

    it('follows an update of an indexed field (a person signs in for the first time)', async () => {
      await store.commit(ctx, [put('person', person())]);
      await expect(store.query('person', { identity: 'tenant-kch:oid-amara' })).resolves.toEqual([]);
      await store.commit(ctx, [
        put('person', person({ tenantId: 'tenant-kch', objectId: 'oid-amara', email: 'a.okafor@kch.nhs.uk' }), 1),
      ]);
      expect(ids(await store.query('person', { identity: 'tenant-kch:oid-amara' }))).toEqual(['p-amara']);
      expect(ids(await store.query('person', { email: 'a.okafor@kch.nhs.uk' }))).toEqual(['p-amara']);
      await expect(store.query('person', { email: 'amara.okafor@kch.example.nhs.uk' })).resolves.toEqual([]);
    });

    it('finds role assignments by person and by the id their scope names', async () => {
      await store.commit(ctx, [
        put('roleAssignment', roleAssignment()),
        put('roleAssignment', roleAssignment({ id: 'ra-2', role: 'network_admin', scope: { kind: 'network' } })),
        put(
          'roleAssignment',
          roleAssignment({
            id: 'ra-3',
            role: 'organisational_lead',
            scope: { kind: 'organisation', organisationId: 'org-kch' },
          }),
        ),
        put(
          'roleAssignment',
          roleAssignment({
            id: 'ra-4',
            personId: 'p-ben',
            role: 'peer_reviewer',
            scope: { kind: 'review', assessmentId: 'as-cardio-2026' },
          }),
        ),
      ]);
      expect(ids(await store.query('roleAssignment', { personId: 'p-amara' }))).toEqual(['ra-1', 'ra-2', 'ra-3']);
      expect(ids(await store.query('roleAssignment', { scopeId: 'svc-cardio' }))).toEqual(['ra-1']);
      expect(ids(await store.query('roleAssignment', { scopeId: 'network' }))).toEqual(['ra-2']);
      expect(ids(await store.query('roleAssignment', { scopeId: 'org-kch' }))).toEqual(['ra-3']);
      expect(ids(await store.query('roleAssignment', { scopeId: 'as-cardio-2026' }))).toEqual(['ra-4']);
    });

    it('finds assessments by cycle, by subject and by organisation', async () => {
      await store.commit(ctx, [
        put('assessment', serviceAssessment()),
        put('assessment', organisationAssessment()),
        put(
          'assessment',
          serviceAssessment({
            id: 'as-coast-2026',
            subject: { kind: 'service', serviceId: 'svc-coast', organisationId: 'org-slam' },
          }),
        ),
        put('assessment', serviceAssessment({ id: 'as-cardio-2025', cycleId: 'cy-2025' })),
      ]);
      expect(ids(await store.query('assessment', { cycleId: 'cy-2026' }))).toEqual([
        'as-cardio-2026',
        'as-coast-2026',
        'as-kch-2026',
      ]);
      expect(ids(await store.query('assessment', { subjectId: 'svc-cardio' }))).toEqual([
        'as-cardio-2025',
        'as-cardio-2026',
      ]);
      expect(ids(await store.query('assessment', { subjectId: 'org-kch' }))).toEqual(['as-kch-2026']);
      expect(ids(await store.query('assessment', { organisationId: 'org-kch' }))).toEqual([
        'as-cardio-2025',
        'as-cardio-2026',
        'as-kch-2026',
      ]);
    });

    it('AND-s two fields', async () => {
      await store.commit(ctx, [
        put('assessment', serviceAssessment()),
        put('assessment', organisationAssessment()),
        put('assessment', serviceAssessment({ id: 'as-cardio-2025', cycleId: 'cy-2025' })),
      ]);
      const found = await store.query('assessment', { cycleId: 'cy-2026', subjectId: 'svc-cardio' });
      expect(ids(found)).toEqual(['as-cardio-2026']);
      await expect(store.query('assessment', { cycleId: 'cy-2025', subjectId: 'org-kch' })).resolves.toEqual([]);
    });

    it('finds responses by assessment and by cycle, and evidence by assessment', async () => {
      await store.commit(ctx, [
        put('response', response('as-cardio-2026', '1.1')),
        put('response', response('as-cardio-2026', '1.2')),
        put('response', response('as-kch-2026', '5.1')),
        put('response', response('as-cardio-2025', '1.1', { cycleId: 'cy-2025' })),
        put('evidence', evidence()),
        put('evidence', evidence({ id: 'ev-2', assessmentId: 'as-kch-2026' })),
      ]);
      const cardio = await store.query('response', { assessmentId: 'as-cardio-2026' });
      expect(ids(cardio)).toEqual(['as-cardio-2026:1.1', 'as-cardio-2026:1.2']);
      expect(ids(await store.query('response', { cycleId: 'cy-2026' }))).toEqual([
        'as-cardio-2026:1.1',
        'as-cardio-2026:1.2',
        'as-kch-2026:5.1',
      ]);
      expect(ids(await store.query('evidence', { assessmentId: 'as-kch-2026' }))).toEqual(['ev-2']);
    });

    it('finds conversation references by person, by sign-in identity and by service', async () => {
      await store.commit(ctx, [
        put('conversation', personalConversation()),
        put('conversation', teamConversation()),
        put('conversation', personalConversation({ id: 'conv-ben', personId: 'p-ben', objectId: 'oid-ben' })),
      ]);
      expect(ids(await store.query('conversation', { personId: 'p-amara' }))).toEqual(['conv-amara']);
      expect(ids(await store.query('conversation', { identity: 'tenant-kch:oid-ben' }))).toEqual(['conv-ben']);
      expect(ids(await store.query('conversation', { serviceId: 'svc-cardio' }))).toEqual(['conv-cardio-team']);
    });

    it('finds notifications by person and by status, and follows a status change', async () => {
      await store.commit(ctx, [
        put('notification', notification()),
        put('notification', notification({ id: 'reminder:p-ben:2026-W48', personId: 'p-ben' })),
      ]);
      await store.commit(ctx, [put('notification', notification({ status: 'sent', sentAt: later(1).at }), 1)]);
      expect(ids(await store.query('notification', { status: 'pending' }))).toEqual(['reminder:p-ben:2026-W48']);
      expect(ids(await store.query('notification', { personId: 'p-amara', status: 'sent' }))).toEqual([
        'reminder:p-amara:2026-W48',
      ]);
      await expect(store.query('notification', { personId: 'p-amara', status: 'pending' })).resolves.toEqual([]);
    });

    it('lists the whole kind, and only that kind, for an empty filter', async () => {
      await store.commit(ctx, [
        ...oneOfEach(),
        put('organisation', organisation({ id: 'org-slam', shortName: 'SLaM' })),
        put('cycle', cycle({ id: 'cy-2025' })),
      ]);
      expect(ids(await store.query('organisation', {}))).toEqual(['org-kch', 'org-slam']);
      expect(ids(await store.query('cycle', {}))).toEqual(['cy-2025', 'cy-2026']);
      const services = await store.query('service', {});
      expect(services).toEqual([{ ...service(), version: 1 }]);
    });
  });
}
