import { raw, type RawResponse } from './raw-client';
import { GraphSimulator } from './server';
import type { SimList, SimSite } from './state';

function jsonOf<T>(res: RawResponse): T {
  return res.json() as unknown as T;
}

/** Typed columns as Graph makes them, checks their values and filters on them (Microsoft Learn: columnDefinition). */
describe('Graph simulator: typed columns', () => {
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
        displayName: 'Actions',
        list: { template: 'genericList' },
        columns: [
          {
            name: 'ActionStatus',
            displayName: 'Status',
            description: 'Where the action is.',
            choice: { choices: ['proposed', 'agreed'], allowTextEntry: false, displayAs: 'dropDownMenu' },
            indexed: true,
          },
          { name: 'DueDate', displayName: 'Due', dateTime: { format: 'dateOnly', displayAs: 'standard' } },
          { name: 'VerifiedAt', dateTime: { format: 'dateTime' } },
          { name: 'Hours', number: { decimalPlaces: 'automatic' } },
          { name: 'Illustrative', boolean: {} },
        ],
      },
    });
    expect(created.status).toBe(201);
    list = sim.state.findList(site, 'Actions') as SimList;
    items = `/v1.0/sites/${site.id}/lists/${list.id}/items`;
  });

  it('creates each column with its type facet, display name and description, as Graph returns them', async () => {
    const read = await raw(sim, 'GET', `/v1.0/sites/${site.id}/lists/${list.id}/columns`);
    const columns = jsonOf<{ value: Record<string, unknown>[] }>(read).value;
    expect(columns.find((c) => c['name'] === 'ActionStatus')).toMatchObject({
      displayName: 'Status',
      description: 'Where the action is.',
      indexed: true,
      choice: { choices: ['proposed', 'agreed'], allowTextEntry: false },
    });
    expect(columns.find((c) => c['name'] === 'DueDate')).toMatchObject({ dateTime: { format: 'dateOnly' } });
    expect(columns.find((c) => c['name'] === 'Hours')).toHaveProperty('number');
    expect(columns.find((c) => c['name'] === 'Illustrative')).toHaveProperty('boolean');
  });

  it('refuses a definition with no type facet, two of them, or an unknown format', async () => {
    const columnsUrl = `/v1.0/sites/${site.id}/lists/${list.id}/columns`;
    for (const body of [
      { name: 'Nothing' },
      { name: 'Both', text: {}, number: {} },
      { name: 'When', dateTime: { format: 'dateAndTime' } },
      { name: 'Pick', choice: { choices: [] } },
    ]) {
      expect((await raw(sim, 'POST', columnsUrl, { body })).status).toBe(400);
    }
  });

  it('keeps dates and times as SharePoint does: whole seconds in UTC, a date at midnight UTC', async () => {
    const res = await raw(sim, 'POST', items, {
      body: {
        fields: { DueDate: '2027-01-18', VerifiedAt: '2027-02-01T09:30:15.678Z', Hours: 3.25, Illustrative: false },
      },
    });
    expect(res.status).toBe(201);
    expect(jsonOf<{ fields: Record<string, unknown> }>(res).fields).toMatchObject({
      DueDate: '2027-01-18T00:00:00Z',
      VerifiedAt: '2027-02-01T09:30:15Z',
      Hours: 3.25,
      Illustrative: false,
    });
  });

  it.each([
    ['a word that is not one of the choices', { ActionStatus: 'done' }],
    ['text in a number column', { Hours: 'three' }],
    ['a number in a choice column', { ActionStatus: 1 }],
    ['a date that is not one', { DueDate: 'next Tuesday' }],
    ['text in a yes/no column', { Illustrative: 'yes' }],
  ])('refuses %s', async (_case, fields) => {
    const res = await raw(sim, 'POST', items, { body: { fields } });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'invalidRequest' } });
  });

  it('filters on an indexed choice column', async () => {
    for (const status of ['proposed', 'agreed', 'agreed']) {
      expect((await raw(sim, 'POST', items, { body: { fields: { ActionStatus: status } } })).status).toBe(201);
    }
    const found = await raw(
      sim,
      'GET',
      `${items}?expand=fields&$filter=${encodeURIComponent("fields/ActionStatus eq 'agreed'")}`,
    );
    expect(found.status).toBe(200);
    expect(jsonOf<{ value: unknown[] }>(found).value).toHaveLength(2);
  });

  it('adds words to a choice column in place', async () => {
    const status = list.columns.find((c) => c.name === 'ActionStatus');
    const res = await raw(sim, 'PATCH', `/v1.0/sites/${site.id}/lists/${list.id}/columns/${status?.id ?? ''}`, {
      body: { choice: { choices: ['proposed', 'agreed', 'done'] } },
    });
    expect(res.status).toBe(200);
    expect((await raw(sim, 'POST', items, { body: { fields: { ActionStatus: 'done' } } })).status).toBe(201);
  });
});
