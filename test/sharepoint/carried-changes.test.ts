import { MAX_CARRIED } from '../../src/adapters/sharepoint/carried-changes';
import type { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import type { StandardResponse } from '../../src/domain/assessment';
import type { AuditEvent } from '../../src/domain/audit';
import type { Store } from '../../src/services/ports';
import { publishedFrameworks } from '../../src/services/summaries/summary-builder';
import { keepingSummaries } from '../../src/services/summaries/summary-keeper';
import { del, framework, put, response, serviceAssessment } from '../contract/fixtures';
import { ctx, later } from '../contract/store-contract-helpers';
import type { SimList, SimSite } from '../graph-simulator/state';
import { provisionedStore, sharedHarness, type Harness } from './harness';

/**
 * A rating's audit event rides in its assessment's summary, written in the same commit (carried-changes.ts): a save
 * is two writes, not three, and the trail reads the same as on SQLite. These tests look at the site's items too.
 */
const harness = sharedHarness();
const A = 'as-cardio-2026';

function listNamed(site: SimSite, displayName: string): SimList {
  const found = [...site.lists.values()].find((l) => l.displayName === displayName);
  if (!found) throw new Error(`no list ${displayName}`);
  return found;
}

const ratingsIn = (trail: readonly AuditEvent[]) =>
  trail.filter((e) => e.entityKind === 'response').map((e) => (e.after as StandardResponse | null)?.rating ?? null);

describe('SharePoint: a summary carries its assessment’s latest changes to responses', () => {
  let h: Harness;
  let store: SharePointStore;
  let app: Store;
  let site: SimSite;

  beforeEach(async () => {
    h = await harness();
    ({ store, site } = await provisionedStore(h));
    app = keepingSummaries(store, publishedFrameworks(store));
    await app.commit(ctx, [
      put('framework', framework()),
      put('assessment', serviceAssessment()),
      put('response', response(A, '1.1')),
      put('response', response(A, '1.2')),
    ]);
  });
  afterEach(() => store.close());

  const audit = () => listNamed(site, 'QIN Audit events');
  const rate = async (minute: number, rating: StandardResponse['rating'], code = '1.1') => {
    const current = await store.get('response', `${A}:${code}`);
    if (!current) throw new Error('no response');
    await app.commit(later(minute), [put('response', { ...current, rating }, current.version)]);
  };

  it('saves a rating as the response and the summary, the event in the summary, and reads it back in the trail', async () => {
    const itemsBefore = audit().items.size;
    await rate(1, 'met');
    expect(audit().items.size).toBe(itemsBefore);
    const summaryItem = [...listNamed(site, 'QIN Assessment summaries').items.values()][0];
    expect(String(summaryItem?.fields['RecentChanges'])).toContain('"rating":"met"');
    const trail = await store.auditForAssessment(A);
    expect(trail.map((e) => `${e.action} ${e.entityKind}`)).toEqual([
      'create assessment',
      'create response',
      'create response',
      'update response',
    ]);
    expect(trail.at(-1)).toMatchObject({ actorId: 'p-amara', entityId: `${A}:1.1`, assessmentId: A });
    expect(ratingsIn(await store.auditForEntity('response', `${A}:1.1`))).toEqual([null, 'met']);
  });

  it('moves what it carries into one audit item when it has no room left, and loses nothing', async () => {
    const ratings: StandardResponse['rating'][] = ['met', 'partly_met', 'not_met'];
    const saves = MAX_CARRIED + 3;
    const itemsBefore = audit().items.size;
    for (let i = 0; i < saves; i += 1) await rate(i + 1, ratings[i % 3] ?? 'met');
    // The creates of the first commit and the first saves filled the summary; one save moved them all at once.
    expect(audit().items.size).toBe(itemsBefore + 1);
    const trail = await store.auditForEntity('response', `${A}:1.1`);
    expect(ratingsIn(trail)).toEqual([null, ...Array.from({ length: saves }, (_, i) => ratings[i % 3])]);
    const times = trail.map((e) => e.at);
    expect(times).toEqual([...times].sort());
    expect(new Set(trail.map((e) => e.id)).size).toBe(trail.length);
  });

  it('keeps the trail of an assessment that is deleted', async () => {
    await rate(1, 'met');
    await rate(2, 'not_met', '1.2');
    const [assessment, r1, r2] = await Promise.all([
      store.get('assessment', A),
      store.get('response', `${A}:1.1`),
      store.get('response', `${A}:1.2`),
    ]);
    await app.commit(later(3), [
      del('response', `${A}:1.1`, r1?.version ?? 0),
      del('response', `${A}:1.2`, r2?.version ?? 0),
      del('assessment', A, assessment?.version ?? 0),
    ]);
    expect(await store.get('assessmentSummary', A)).toBeUndefined();
    const trail = await store.auditForAssessment(A);
    expect(
      trail.map((e) => `${e.action} ${e.entityKind} ${(e.after as StandardResponse | null)?.rating ?? ''}`),
    ).toEqual([
      'create assessment ',
      'create response ',
      'create response ',
      'update response met',
      'update response not_met',
      'delete response ',
      'delete response ',
      'delete assessment ',
    ]);
    expect(ratingsIn(await store.auditForEntity('response', `${A}:1.1`))).toEqual([null, 'met', null]);
  });

  it('carries the event of a save retried after a stale eTag once, and none of a save refused as a conflict', async () => {
    await rate(1, 'met');
    const summaryItem = [...listNamed(site, 'QIN Assessment summaries').items.values()][0];
    if (!summaryItem) throw new Error('no summary item');
    // Another write reached the summary item without changing it (its eTag moved): the save's summary write is
    // refused after its response was written; the response is put back and the commit tried again, read afresh.
    summaryItem.version += 1;
    await rate(2, 'not_met');
    expect(ratingsIn(await store.auditForEntity('response', `${A}:1.1`))).toEqual([null, 'met', 'not_met']);
    // Someone else saved the summary (its app version moved): the save is refused as a conflict and leaves nothing.
    const carriedBefore = summaryItem.fields['RecentChanges'];
    const current = await store.get('response', `${A}:1.1`);
    const summary = await store.get('assessmentSummary', A);
    if (!current || !summary) throw new Error('lost the assessment');
    summaryItem.version += 1;
    summaryItem.fields['EntityVersion'] = summary.version + 1;
    await expect(
      store.commit(later(3), [
        put('response', { ...current, rating: 'partly_met' }, current.version),
        put('assessmentSummary', { ...summary, state: 'in_progress' }, summary.version),
      ]),
    ).rejects.toMatchObject({ kind: 'assessmentSummary' });
    expect(summaryItem.fields['RecentChanges']).toEqual(carriedBefore);
    expect((await store.get('response', `${A}:1.1`))?.rating).toBe('not_met');
    expect(ratingsIn(await store.auditForEntity('response', `${A}:1.1`))).toEqual([null, 'met', 'not_met']);
  });
  it('puts back what a summary carried when a later write of the same commit is refused', async () => {
    const B = 'as-cardio-2027';
    await app.commit(later(1), [
      put('assessment', serviceAssessment({ id: B, cycleId: 'cy-2027' })),
      put('response', response(B, '1.1')),
    ]);
    const [a, b] = await Promise.all([store.get('response', `${A}:1.1`), store.get('response', `${B}:1.1`)]);
    if (!a || !b) throw new Error('no responses');
    await Promise.all([store.get('assessmentSummary', A), store.get('assessmentSummary', B)]);
    // B's summary item moved since it was read: A's summary is written first, then B's is refused (412); the
    // commit puts A's summary back, what it carried included, and is tried again afresh.
    const itemOfB = [...listNamed(site, 'QIN Assessment summaries').items.values()].find(
      (i) => i.fields['EntityId'] === B,
    );
    if (!itemOfB) throw new Error('no summary of B');
    itemOfB.version += 1;
    await app.commit(later(2), [
      put('response', { ...a, rating: 'met' }, a.version),
      put('response', { ...b, rating: 'met' }, b.version),
    ]);
    for (const id of [`${A}:1.1`, `${B}:1.1`]) {
      expect(ratingsIn(await store.auditForEntity('response', id))).toEqual([null, 'met']);
    }
  });
});
