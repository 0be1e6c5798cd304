import { itemsPerQuery } from './item-queries';
import { SimLatency } from './latency';
import { raw } from './raw-client';
import { GraphSimulator } from './server';
import type { SimRequest, SimResponse } from './sim-http';
import type { SimList, SimSite } from './state';

const model = { perRequestMs: 100, perOperationMs: 80, perItemMs: 0.5 };

function request(path: string, body: unknown = undefined): SimRequest {
  return {
    method: path === '/$batch' ? 'POST' : 'GET',
    path,
    query: new URLSearchParams(),
    headers: {},
    body: Buffer.from(body === undefined ? '' : JSON.stringify(body)),
    graphOrigin: 'https://127.0.0.1:1',
    fileOrigin: 'https://localhost:1',
    inBatch: false,
  };
}

const page = (n: number): SimResponse => ({ status: 200, body: { value: Array.from({ length: n }, (_, i) => i) } });

describe('Graph simulator: modelled latency', () => {
  it('is off unless set, so tests wait for nothing', () => {
    const latency = new SimLatency();
    expect(latency.current).toBeUndefined();
    expect(latency.delayMs(request('/sites/s/lists/l/items'), page(5000))).toBe(0);
  });

  it('charges a fixed time per request and per operation, and a time per item returned', () => {
    const latency = new SimLatency();
    latency.set(model);
    expect(latency.delayMs(request('/sites/s/lists/l/items/1'), { status: 200, body: { id: '1' } })).toBe(180.5);
    expect(latency.delayMs(request('/sites/s/lists/l/items'), page(5000))).toBe(100 + 80 + 2500);
  });

  it('runs the parts of a $batch side by side, and chained parts one after another', () => {
    const latency = new SimLatency();
    latency.set(model);
    const answer: SimResponse = {
      status: 200,
      body: {
        responses: [
          { id: '1', status: 200, body: { value: [1, 2] } },
          { id: '2', status: 200, body: { id: 'x' } },
        ],
      },
    };
    const parallel = { requests: [{ id: '1' }, { id: '2' }] };
    const chained = { requests: [{ id: '1' }, { id: '2', dependsOn: ['1'] }] };
    expect(latency.delayMs(request('/$batch', parallel), answer)).toBe(100 + 81);
    expect(latency.delayMs(request('/$batch', chained), answer)).toBe(100 + 81 + 80.5);
  });

  it('holds the answer for the modelled time when a model is set', async () => {
    // A model of a few milliseconds: the test checks the wait asked for, and waits next to nothing itself.
    const tiny = { perRequestMs: 1, perOperationMs: 1, perItemMs: 0 };
    const sim = await GraphSimulator.start({ latency: tiny });
    // Watch the wait the simulator asks for rather than timing it.
    const timers = jest.spyOn(global, 'setTimeout');
    try {
      const site = sim.state.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/latency' });
      expect((await raw(sim, 'GET', `/v1.0/sites/${site.id}`)).status).toBe(200);
      expect(timers.mock.calls.map(([, ms]) => ms)).toContain(2);
    } finally {
      timers.mockRestore();
      await sim.close();
    }
  });
});

describe('Graph simulator: item queries in its log', () => {
  let sim: GraphSimulator;
  let site: SimSite;
  let list: SimList;

  beforeAll(async () => {
    sim = await GraphSimulator.start();
    site = sim.state.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/queries' });
    list = sim.state.createList(site, { displayName: 'Things', template: 'genericList', columns: [] });
    const items = `/v1.0/sites/${site.id}/lists/${list.id}/items`;
    for (let i = 0; i < 5; i++) await raw(sim, 'POST', items, { body: { fields: { Title: `t${i}` } } });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('adds up the pages of one query, inside a $batch or not', async () => {
    sim.log.length = 0;
    const items = `/sites/${site.id}/lists/${list.id}/items`;
    const first = await raw(sim, 'GET', `/v1.0${items}?$top=3`);
    const next = first.json()['@odata.nextLink'] as string;
    await raw(sim, 'GET', next);
    await raw(sim, 'POST', '/v1.0/$batch', {
      body: { requests: [{ id: '1', method: 'GET', url: `${items}?$top=2` }] },
    });
    const queries = itemsPerQuery(sim.log.flatMap((e) => e.queries ?? []));
    expect(queries.map((q) => q.items)).toEqual([5, 2]);
  });
});
