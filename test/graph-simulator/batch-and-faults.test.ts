import https from 'node:https';
import type { Socket } from 'node:net';
import { raw } from './raw-client';
import { GraphSimulator } from './server';
import type { SimList, SimSite } from './state';

describe('Graph simulator: $batch and injected faults', () => {
  let sim: GraphSimulator;
  let site: SimSite;
  let list: SimList;
  let items: string;

  beforeAll(async () => {
    sim = await GraphSimulator.start();
    site = sim.state.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/batch' });
    list = sim.state.createList(site, { displayName: 'Things', template: 'genericList', columns: [] });
    items = `/sites/${site.id}/lists/${list.id}/items`;
  });
  afterAll(async () => {
    await sim.close();
  });
  afterEach(() => sim.faults.clear());

  const create = (id: string, title: string, dependsOn?: string) => ({
    id,
    method: 'POST',
    url: items,
    body: { fields: { Title: title } },
    headers: { 'Content-Type': 'application/json' },
    ...(dependsOn ? { dependsOn: [dependsOn] } : {}),
  });

  async function batch(requests: unknown[]): Promise<{ status: number; responses: Record<string, unknown>[] }> {
    const res = await raw(sim, 'POST', '/v1.0/$batch', { body: { requests } });
    const body = res.status === 200 ? res.json() : { responses: [] };
    return { status: res.status, responses: body['responses'] as Record<string, unknown>[] };
  }

  it('takes at most 20 parts, unique ids, and either all parallel or all sequential', async () => {
    expect((await batch(Array.from({ length: 21 }, (_, i) => create(String(i + 1), 'x')))).status).toBe(400);
    expect((await batch([create('1', 'x'), create('1', 'y')])).status).toBe(400);
    expect((await batch([create('1', 'x'), create('2', 'y', '1'), create('3', 'z')])).status).toBe(400);
    const ok = await batch(Array.from({ length: 20 }, (_, i) => create(String(i + 1), 'x')));
    expect(ok.responses.every((r) => r['status'] === 201)).toBe(true);
  });

  it('fails the rest of a sequence with 424 once a part fails', async () => {
    const result = await batch([
      create('1', 'first'),
      {
        id: '2',
        method: 'PATCH',
        url: `${items}/99999/fields`,
        body: { Title: 'x' },
        headers: { 'Content-Type': 'application/json' },
        dependsOn: ['1'],
      },
      create('3', 'never', '2'),
    ]);
    expect(result.responses.map((r) => r['status'])).toEqual([201, 404, 424]);
    expect([...list.items.values()].some((i) => i.fields['Title'] === 'never')).toBe(false);
  });

  it('throttles parts inside a 200 batch response, with Retry-After, at the chosen rate', async () => {
    sim.faults.setRates({ throttleRate: 1, retryAfterSeconds: 7 });
    const result = await batch([{ id: '1', method: 'GET', url: items }]);
    // The whole batch may be throttled too; a part's throttling arrives inside a 200.
    if (result.status === 200) {
      expect([429, 503]).toContain(result.responses[0]?.['status']);
      expect(result.responses[0]?.['headers']).toMatchObject({ 'Retry-After': '7' });
    } else {
      expect([429, 503]).toContain(result.status);
    }
  });

  it('throttles about the chosen share of requests, seeded', async () => {
    sim.faults.setRates({ throttleRate: 0.2, seed: 42 });
    const statuses: number[] = [];
    for (let i = 0; i < 200; i += 1) statuses.push((await raw(sim, 'GET', `/v1.0${items}?$top=1`)).status);
    const throttled = statuses.filter((s) => s === 429 || s === 503).length;
    expect(throttled).toBeGreaterThan(20);
    expect(throttled).toBeLessThan(60);
  });

  it('drops a connection before or after doing the work', async () => {
    const before = list.items.size;
    sim.faults.script({ fault: 'drop-after', when: (r) => r.method === 'POST' && r.path.endsWith('/items') });
    await expect(raw(sim, 'POST', `/v1.0${items}`, { body: { fields: { Title: 'applied' } } })).rejects.toThrow();
    expect(list.items.size).toBe(before + 1);
    sim.faults.script({ fault: 'drop-before', when: (r) => r.method === 'POST' && r.path.endsWith('/items') });
    await expect(raw(sim, 'POST', `/v1.0${items}`, { body: { fields: { Title: 'not applied' } } })).rejects.toThrow();
    expect(list.items.size).toBe(before + 1);
    expect(sim.faults.stats).toMatchObject({ droppedBefore: 1, droppedAfter: 1 });
  });

  it('closes while a keep-alive connection is open, ending that connection', async () => {
    const own = await GraphSimulator.start();
    const ownSite = own.state.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/keep-alive' });
    const agent = new https.Agent({ keepAlive: true, ca: own.ca });
    try {
      const { socket, status } = await new Promise<{ socket: Socket; status: number | undefined }>(
        (resolve, reject) => {
          const req = https.get(
            `${own.origin}/v1.0/sites/${ownSite.id}`,
            { agent, headers: { Authorization: 'Bearer t' } },
            (res) => {
              res.resume();
              res.on('end', () => resolve({ socket: req.socket as Socket, status: res.statusCode }));
            },
          );
          req.on('error', reject);
        },
      );
      expect(status).toBe(200);
      expect(socket.destroyed).toBe(false);
      const socketClosed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      await expect(own.close()).resolves.toBeUndefined();
      await expect(socketClosed).resolves.toBeUndefined();
    } finally {
      agent.destroy();
    }
  });
});
