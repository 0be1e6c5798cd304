import { UnreadableStoredValueError } from '../../src/services/ports';
import { cycle, response } from '../contract/fixtures';
import { action, reviewerClaim } from '../contract/review-fixtures';
import { put } from '../contract/fixtures';
import { ctx } from '../contract/store-contract-helpers';
import type { SimItem, SimSite } from '../graph-simulator/state';
import { provisionedStore, sharedHarness } from './harness';

/** What people see in SharePoint: each field in its own typed column, and the app reading back exactly what it wrote. */
const harness = sharedHarness();

function itemOf(site: SimSite, listName: string, entityId: string): SimItem {
  const list = [...site.lists.values()].find((l) => l.displayName === listName);
  const item = [...(list?.items.values() ?? [])].find((i) => i.fields['EntityId'] === entityId);
  if (!item) throw new Error(`no ${entityId} in ${listName}`);
  return item;
}

function appData(item: SimItem): Record<string, unknown> {
  const json = [item.fields['AppData'], item.fields['AppData2']].filter((p) => typeof p === 'string').join('');
  return json === '' ? {} : (JSON.parse(json) as Record<string, unknown>);
}

describe('typed columns on SharePoint', () => {
  it('shows each field an action has in its own column, with a readable title, and reads it back exactly', async () => {
    const { store, site } = await provisionedStore(await harness());
    const written = action({
      dueDate: '2027-01-18',
      status: 'agreed',
      verifiedAt: '2027-02-01T09:30:00Z',
      createdAt: '2026-12-05T10:11:12.345Z',
      progressNotes: [{ at: '2027-01-02T10:00:00.000Z', by: 'p-amara', text: 'Letters drafted' }],
    });
    const [stored] = await store.commit(ctx, [put('action', written)]);

    const item = itemOf(site, 'QIN Actions', 'act-1');
    expect(item.fields).toMatchObject({
      Title: 'Results letter after each health check',
      ActionTitle: 'Results letter after each health check',
      DueDate: '2027-01-18T00:00:00Z',
      ActionStatus: 'agreed',
      FindingKind: 'area_for_improvement',
      OwnerId: 'p-amara',
      VerifiedAt: '2027-02-01T09:30:00Z',
      // SharePoint keeps whole seconds: people see the second, the app keeps the exact time beside it.
      CreatedAt: '2026-12-05T10:11:12Z',
      EntityVersion: 1,
    });
    // Only what no column can hold exactly stays in the JSON: nested notes, nulls, an empty text, exact times.
    const { $inColumns: inColumns, ...json } = appData(item);
    expect(inColumns).toEqual(expect.arrayContaining(['dueDate', 'status', 'verifiedAt', 'title', 'ownerId']));
    expect(Object.keys(json).sort()).toEqual([
      'completionEvidence',
      'createdAt',
      'description',
      'progressNotes',
      'updatedAt',
      'verifiedBy',
    ]);
    expect(json).toMatchObject({ createdAt: '2026-12-05T10:11:12.345Z', verifiedBy: null, description: '' });
    expect(await store.get('action', 'act-1')).toEqual(stored);
  });

  it('keeps numbers numbers, nulls null and absent fields absent', async () => {
    const { store, site } = await provisionedStore(await harness());
    const [claim, unrated] = await store.commit(ctx, [
      put('reviewerClaim', reviewerClaim({ hours: 3.25 })),
      put('response', response('as-1', '1.1')),
    ]);
    expect(itemOf(site, 'QIN Time and expenses claims', 'claim-1').fields).toMatchObject({ Hours: 3.25 });
    const unratedItem = itemOf(site, 'QIN Responses', 'as-1:1.1');
    expect(unratedItem.fields['Rating']).toBeUndefined();
    expect(unratedItem.fields['Title']).toBe('1.1 · not yet rated');
    const [claimBack, unratedBack] = [
      await store.get('reviewerClaim', 'claim-1'),
      await store.get('response', 'as-1:1.1'),
    ];
    expect(claimBack).toEqual(claim);
    expect(unratedBack).toEqual(unrated);
    expect(unratedBack).toHaveProperty('rating', null);
    expect(await store.get('action', 'none')).toBeUndefined();
  });
});

describe('copies of nested values, for people', () => {
  it("shows a cycle's phase dates in their own columns; editing a copy by hand changes nothing in the app", async () => {
    const { store, site } = await provisionedStore(await harness());
    const [stored] = await store.commit(ctx, [put('cycle', cycle())]);
    const item = itemOf(site, 'QIN Cycles', 'cy-2026');
    expect(item.fields).toMatchObject({
      Title: '2026-27 cycle',
      SelfAssessmentStart: '2026-09-01T00:00:00Z',
      PeerReviewEnd: '2027-02-28T00:00:00Z',
      ActionPlanningEnd: '2027-08-31T00:00:00Z',
    });
    item.fields['PeerReviewEnd'] = '2030-01-01T00:00:00Z';
    item.version += 1;
    expect((await store.get('cycle', 'cy-2026'))?.windows).toEqual(stored.windows);
  });
});

describe('a value edited by hand in SharePoint that the app cannot read', () => {
  it.each([
    [
      'a choice the app does not know',
      'QIN Responses',
      'Rating',
      'Rating',
      'amazing',
      'one of met, partly_met, not_met, not_applicable',
    ],
    ['text in a number column', 'QIN Time and expenses claims', 'Hours', 'Hours', 'seven', 'a number'],
    ['a broken date', 'QIN Actions', 'DueDate', 'Due', 'next Tuesday', 'a date such as 2027-01-18'],
    ['a column the app filled in, emptied', 'QIN Actions', 'DueDate', 'Due', null, 'a date such as 2027-01-18'],
  ])(
    'is reported with the list, the item and the column: %s',
    async (_case, listName, column, shownAs, value, expected) => {
      const { store, site } = await provisionedStore(await harness());
      await store.commit(ctx, [
        put('response', response('as-1', '1.1', { rating: 'met' })),
        put('reviewerClaim', reviewerClaim()),
        put('action', action()),
      ]);
      const entityId = { 'QIN Responses': 'as-1:1.1', 'QIN Time and expenses claims': 'claim-1' }[listName] ?? 'act-1';
      const item = itemOf(site, listName, entityId);
      item.fields[column] = value;
      item.version += 1;

      const kind = listName === 'QIN Responses' ? 'response' : listName === 'QIN Actions' ? 'action' : 'reviewerClaim';
      const reading = store.query(kind, {});
      await expect(reading).rejects.toBeInstanceOf(UnreadableStoredValueError);
      await expect(store.query(kind, {})).rejects.toMatchObject({
        list: listName.replace('QIN ', ''),
        item: String(item.id),
        column: shownAs,
        value: value ?? '',
        expected,
      });
      await expect(store.query(kind, {})).rejects.toThrow(/edited by hand in SharePoint: set it back/);
    },
  );
});
