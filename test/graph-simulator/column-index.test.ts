import { INDEXED_FROM, listChanged } from './column-index';
import { etagOf } from './sim-http';
import { raw } from './raw-client';
import { GraphSimulator } from './server';
import type { SimList, SimSite } from './state';

/**
 * On a list past INDEXED_FROM items the simulator answers `eq` filters from its column indexes: the answers must be
 * exactly those of a scan, stay right after writes, and keep SharePoint's refusals (threshold, unique values).
 */
describe('Graph simulator: queries on a large list', () => {
  let sim: GraphSimulator;
  let site: SimSite;
  let list: SimList;
  let items: string;
  const size = INDEXED_FROM + 500;

  beforeAll(async () => {
    sim = await GraphSimulator.start();
    site = sim.state.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/large' });
    const created = await raw(sim, 'POST', `/v1.0/sites/${site.id}/lists`, {
      body: {
        displayName: 'Things',
        list: { template: 'genericList' },
        columns: [
          { name: 'EntityId', text: {}, indexed: true, enforceUniqueValues: true },
          { name: 'Colour', text: {}, indexed: true },
          { name: 'Shape', text: {}, indexed: true },
        ],
      },
    });
    expect(created.status).toBe(201);
    list = sim.state.findList(site, 'Things') as SimList;
    items = `/v1.0/sites/${site.id}/lists/${list.id}/items`;
    // Seeded straight into the state, as the bench does: 1 in 100 items is red, shapes take turns.
    const now = new Date().toISOString();
    for (let i = 0; i < size; i++) {
      const id = list.nextItemId++;
      const fields = {
        Title: `t${i}`,
        EntityId: `e${i}`,
        Colour: i % 100 === 0 ? 'Red' : 'blue',
        Shape: ['round', 'square'][i % 2],
      };
      list.items.set(id, { id, guid: `g${id}`, version: 1, fields, created: now, modified: now });
    }
    listChanged(list);
  });
  afterAll(async () => {
    await sim.close();
  });

  async function titles(filter: string): Promise<string[]> {
    const found: string[] = [];
    let next: string | undefined = `${items}?$top=5000&$expand=fields&$filter=${encodeURIComponent(filter)}`;
    while (next) {
      const res = await raw(sim, 'GET', next.replace(/^https?:\/\/[^/]+/, ''));
      expect(res.status).toBe(200);
      const body = res.json() as { value: { fields: { Title: string } }[]; '@odata.nextLink'?: string };
      found.push(...body.value.map((v) => v.fields.Title));
      next = body['@odata.nextLink'];
    }
    return found;
  }

  it('answers an equality as a scan would, ignoring case, across pages', async () => {
    const red = await titles(`fields/Colour eq 'red'`);
    expect(red).toHaveLength(Math.ceil(size / 100));
    expect(red.slice(0, 3)).toEqual(['t0', 't100', 't200']);
  });

  it('narrows "and" by either side and keeps every condition; "or" is the union', async () => {
    const both = await titles(`fields/Colour eq 'Red' and fields/Shape eq 'square'`);
    expect(both).toEqual([]);
    const redRound = await titles(`fields/Shape eq 'round' and fields/Colour eq 'Red'`);
    expect(redRound).toHaveLength(Math.ceil(size / 100));
    const either = await titles(`fields/EntityId eq 'e1' or fields/EntityId eq 'e3'`);
    expect(either).toEqual(['t1', 't3']);
  });

  it('finds an item by the value a write gave it, and no longer by its old one', async () => {
    const [target] = [...list.items.values()].filter((item) => item.fields['EntityId'] === 'e7');
    expect(target).toBeDefined();
    expect(await titles(`fields/Colour eq 'red'`)).not.toContain('t7');
    const etag = etagOf(target?.guid ?? '', target?.version ?? 0);
    const patched = await raw(sim, 'PATCH', `${items}/${target?.id}/fields`, {
      body: { Colour: 'red' },
      headers: { 'If-Match': etag },
    });
    expect(patched.status).toBe(200);
    expect(await titles(`fields/Colour eq 'red'`)).toContain('t7');
    expect(await titles(`fields/Colour eq 'blue' and fields/EntityId eq 'e7'`)).toEqual([]);
  });

  it('still refuses a filter matching more than 5,000 items, and a duplicate in a unique column', async () => {
    const wide = await raw(sim, 'GET', `${items}?$filter=${encodeURIComponent(`fields/Shape eq 'round'`)}`);
    expect(wide.status).toBe(500);
    const duplicate = await raw(sim, 'POST', items, { body: { fields: { Title: 'again', EntityId: 'E12' } } });
    expect(duplicate.status).toBe(409);
  });
});
