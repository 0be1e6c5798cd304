import { raw } from './raw-client';
import { GraphSimulator } from './server';
import type { SimList, SimSite } from './state';

/** The simulator's lists behave like Graph's where the adapter depends on it. */
describe('Graph simulator: sites, lists and items', () => {
  let sim: GraphSimulator;
  let site: SimSite;
  let list: SimList;
  let items: string;

  beforeAll(async () => {
    sim = await GraphSimulator.start();
  });
  afterAll(async () => {
    await sim.close();
  });
  beforeEach(async () => {
    site = sim.state.addSite({ hostname: 'contoso.sharepoint.com', path: `/sites/t${Date.now()}${Math.random()}` });
    const created = await raw(sim, 'POST', `/v1.0/sites/${site.id}/lists`, {
      body: {
        displayName: 'Things',
        list: { template: 'genericList' },
        columns: [
          { name: 'EntityId', text: {}, indexed: true, enforceUniqueValues: true },
          { name: 'Colour', text: {}, indexed: true },
          { name: 'Note', text: { allowMultipleLines: true } },
          { name: 'Size', number: {} },
        ],
      },
    });
    expect(created.status).toBe(201);
    list = sim.state.findList(site, 'Things') as SimList;
    items = `/v1.0/sites/${site.id}/lists/${list.id}/items`;
  });

  async function add(id: string, colour: string): Promise<Record<string, unknown>> {
    const res = await raw(sim, 'POST', items, {
      body: { fields: { Title: id, EntityId: id, Colour: colour, Size: 1 } },
    });
    expect(res.status).toBe(201);
    return res.json();
  }

  it('finds a site by host and path, and refuses calls without a token', async () => {
    const found = await raw(sim, 'GET', `/v1.0/sites/contoso.sharepoint.com:${site.path}`);
    expect(found.json()).toMatchObject({ id: site.id });
    expect((await raw(sim, 'GET', `/v1.0/sites/contoso.sharepoint.com:/sites/nowhere`)).status).toBe(404);
    expect((await raw(sim, 'GET', `/v1.0/sites/${site.id}`, { token: null })).status).toBe(401);
  });

  it('refuses a filter on a column that is not indexed, and another past 5,000 items even with Prefer', async () => {
    await add('a', 'red');
    const refused = await raw(sim, 'GET', `${items}?$filter=${encodeURIComponent('fields/Size eq 1')}`);
    expect(refused.status).toBe(400);
    expect(refused.json()).toMatchObject({ error: { message: expect.stringContaining('not indexed') } });
    const prefer = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
    expect(
      (await raw(sim, 'GET', `${items}?$filter=${encodeURIComponent('fields/Size eq 1')}`, { headers: prefer })).status,
    ).toBe(200);
    for (let i = 0; i < 5001; i += 1) {
      list.items.set(1000 + i, { id: 1000 + i, guid: 'g', version: 1, fields: { Size: 2 }, created: '', modified: '' });
    }
    expect(
      (await raw(sim, 'GET', `${items}?$filter=${encodeURIComponent('fields/Size eq 1')}`, { headers: prefer })).status,
    ).toBe(500);
  });

  it('pages with $top (at most 5,000) and an @odata.nextLink that carries the query on', async () => {
    for (let i = 0; i < 7; i += 1) await add(`t${i}`, i % 2 ? 'red' : 'blue');
    const filter = encodeURIComponent("fields/Colour eq 'blue'");
    const first = (await raw(sim, 'GET', `${items}?$top=3&$filter=${filter}&expand=fields(select=EntityId)`)).json();
    expect((first['value'] as unknown[]).length).toBe(3);
    const next = String(first['@odata.nextLink']);
    expect(next.startsWith(sim.origin)).toBe(true);
    const second = (await raw(sim, 'GET', next)).json();
    expect(second['value']).toEqual([expect.objectContaining({ fields: expect.objectContaining({ EntityId: 't6' }) })]);
    expect(second['@odata.nextLink']).toBeUndefined();
    const capped = (await raw(sim, 'GET', `${items}?$top=999999`)).json();
    expect((capped['value'] as unknown[]).length).toBe(7);
  });

  it('returns only the selected fields, with the eTag', async () => {
    await add('a', 'red');
    const page = (await raw(sim, 'GET', `${items}?expand=fields(select=Colour)`)).json();
    const [item] = page['value'] as Record<string, unknown>[];
    expect(item?.['fields']).toEqual({ '@odata.etag': item?.['eTag'], Colour: 'red' });
  });

  it('refuses a stale If-Match with 412 and applies a current one', async () => {
    const created = await add('a', 'red');
    const url = `${items}/${String(created['id'])}/fields`;
    const ok = await raw(sim, 'PATCH', url, {
      body: { Colour: 'green' },
      headers: { 'If-Match': String(created['eTag']) },
    });
    expect(ok.status).toBe(200);
    expect(ok.json()['@odata.etag']).not.toBe(created['eTag']);
    const stale = await raw(sim, 'PATCH', url, {
      body: { Colour: 'blue' },
      headers: { 'If-Match': String(created['eTag']) },
    });
    expect(stale.status).toBe(412);
    const del = await raw(sim, 'DELETE', `${items}/${String(created['id'])}`, {
      headers: { 'If-Match': String(created['eTag']) },
    });
    expect(del.status).toBe(412);
  });

  it('enforces unique values (without case) with 409, and column types and lengths with 400', async () => {
    await add('a', 'red');
    const dup = await raw(sim, 'POST', items, { body: { fields: { EntityId: 'A' } } });
    expect(dup.status).toBe(409);
    expect((await raw(sim, 'POST', items, { body: { fields: { Nope: 'x' } } })).status).toBe(400);
    expect((await raw(sim, 'POST', items, { body: { fields: { Size: 'big' } } })).status).toBe(400);
    expect((await raw(sim, 'POST', items, { body: { fields: { Colour: 'x'.repeat(256) } } })).status).toBe(400);
    expect((await raw(sim, 'POST', items, { body: { fields: { Note: 'x'.repeat(64_000) } } })).status).toBe(400);
    expect((await raw(sim, 'POST', items, { body: { fields: { Note: 'x'.repeat(63_999) } } })).status).toBe(201);
  });

  it("keeps schema changes to a 'manage' grant and data changes to 'write'", async () => {
    site.permission = 'write';
    const column = await raw(sim, 'POST', `/v1.0/sites/${site.id}/lists/${list.id}/columns`, {
      body: { name: 'X', text: {} },
    });
    expect(column.status).toBe(403);
    expect((await raw(sim, 'POST', items, { body: { fields: { EntityId: 'w' } } })).status).toBe(201);
    site.permission = 'read';
    expect((await raw(sim, 'POST', items, { body: { fields: { EntityId: 'r' } } })).status).toBe(403);
    expect((await raw(sim, 'GET', items)).status).toBe(200);
    site.permission = 'none';
    expect((await raw(sim, 'GET', items)).status).toBe(403);
  });

  it('adds columns and indexes in place, and refuses a unique index over duplicates', async () => {
    await add('a', 'red');
    await add('b', 'red');
    const columns = `/v1.0/sites/${site.id}/lists/${list.id}/columns`;
    expect((await raw(sim, 'POST', columns, { body: { name: 'Colour', text: {} } })).status).toBe(409);
    const colour = list.columns.find((c) => c.name === 'Colour');
    expect(
      (
        await raw(sim, 'PATCH', `${columns}/${colour?.id ?? ''}`, {
          body: { enforceUniqueValues: true, indexed: true },
        })
      ).status,
    ).toBe(400);
    const size = list.columns.find((c) => c.name === 'Size');
    expect((await raw(sim, 'PATCH', `${columns}/${size?.id ?? ''}`, { body: { indexed: true } })).json()).toMatchObject(
      { indexed: true },
    );
  });
});
