/**
 * Store.commit is typed by the kinds it is given, so services read what they stored without casts. The type checks
 * here are made by `tsc` (test/ is type-checked): a line marked @ts-expect-error that compiled would fail it.
 */
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import type { Assessment } from '../../src/domain/assessment';
import type { ActionItem } from '../../src/domain/action-plan';
import type { Change } from '../../src/services/ports';
import { del, organisation, person, put, serviceAssessment } from './fixtures';
import { action } from './review-fixtures';
import { ctx } from './store-contract-helpers';

describe('Store.commit types', () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = SqliteStore.open(':memory:');
  });
  afterEach(async () => {
    await store.close();
  });

  it('gives back each put as its own kind, in order, and nothing for a delete', async () => {
    const actions = [action({ id: 'act-1' }), action({ id: 'act-2' })];
    const [assessment, ...proposed] = await store.commit(ctx, [
      put('assessment', serviceAssessment()),
      del('organisation', 'org-gone', 0),
      ...actions.map((a) => put('action', a)),
    ]);
    const agreed: Assessment = assessment;
    const owners: ActionItem['ownerId'][] = proposed.map((p) => p.ownerId);
    expect(agreed).toMatchObject({ id: 'as-cardio-2026', version: 1 });
    expect(owners).toEqual(actions.map((a) => a.ownerId));
  });

  it('refuses, at compile time, a value of another kind than the change names', async () => {
    // @ts-expect-error a person is not an assessment
    const mismatched: Change = { op: 'put', kind: 'assessment', value: person(), expectedVersion: 0 };
    const [stored] = await store.commit(ctx, [put('organisation', organisation())]);
    // @ts-expect-error an organisation has no subject
    expect(stored.subject).toBeUndefined();
    expect(mismatched.kind).toBe('assessment');
  });
});
