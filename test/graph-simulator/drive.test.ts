import { raw } from './raw-client';
import { GraphSimulator } from './server';
import { FRAGMENT_UNIT } from './upload-sessions';

describe('Graph simulator: drives and upload sessions', () => {
  let sim: GraphSimulator;
  let drive: string;

  beforeAll(async () => {
    sim = await GraphSimulator.start();
    const site = sim.state.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/files' });
    drive = sim.state.createList(site, { displayName: 'Docs', template: 'documentLibrary', columns: [] }).driveId ?? '';
  });
  afterAll(async () => {
    await sim.close();
  });

  const session = async (name: string): Promise<string> => {
    const res = await raw(sim, 'POST', `/v1.0/drives/${drive}/root:/a/b/${name}:/createUploadSession`, { body: {} });
    expect(res.status).toBe(200);
    const url = String(res.json()['uploadUrl']);
    expect(url.startsWith('https://localhost:')).toBe(true);
    return url;
  };
  const put = (url: string, bytes: Buffer, start: number, total: number, token: string | null = null) =>
    raw(sim, 'PUT', url, {
      body: bytes,
      token,
      headers: { 'Content-Range': `bytes ${start}-${start + bytes.length - 1}/${total}` },
    });

  it('takes up to 4 MiB in one PUT, no more', async () => {
    const ok = await raw(sim, 'PUT', `/v1.0/drives/${drive}/root:/small.pdf:/content`, {
      body: Buffer.alloc(4 * 1024 * 1024),
    });
    expect(ok.status).toBe(201);
    expect(ok.json()).toMatchObject({
      name: 'small.pdf',
      size: 4 * 1024 * 1024,
      file: { mimeType: 'application/pdf' },
    });
    const big = await raw(sim, 'PUT', `/v1.0/drives/${drive}/root:/big.pdf:/content`, {
      body: Buffer.alloc(4 * 1024 * 1024 + 1),
    });
    expect(big.status).toBe(413);
  });

  it('refuses names SharePoint refuses', async () => {
    const res = await raw(sim, 'PUT', `/v1.0/drives/${drive}/root:/${encodeURIComponent('a:b?.pdf')}:/content`, {
      body: Buffer.from('x'),
    });
    expect(res.status).toBe(400);
  });

  it('checks fragments: no token, in order, multiples of 320 KiB but the last', async () => {
    const url = await session('big.bin');
    const total = 2 * FRAGMENT_UNIT + 10;
    const bytes = Buffer.alloc(total, 7);
    expect((await put(url, bytes.subarray(0, FRAGMENT_UNIT), 0, total, 'token')).status).toBe(401);
    expect((await put(url, bytes.subarray(0, 1000), 0, total)).status).toBe(400);
    expect((await put(url, bytes.subarray(0, FRAGMENT_UNIT), 0, total)).status).toBe(202);
    expect((await put(url, bytes.subarray(0, FRAGMENT_UNIT), 0, total)).status).toBe(416);
    const status = (await raw(sim, 'GET', url, { token: null })).json();
    expect(status['nextExpectedRanges']).toEqual([`${FRAGMENT_UNIT}-${total - 1}`]);
    expect((await put(url, bytes.subarray(FRAGMENT_UNIT, 2 * FRAGMENT_UNIT), FRAGMENT_UNIT, total)).status).toBe(202);
    const done = await put(url, bytes.subarray(2 * FRAGMENT_UNIT), 2 * FRAGMENT_UNIT, total);
    expect(done.status).toBe(201);
    expect((await raw(sim, 'GET', url, { token: null })).status).toBe(404);
  });

  it('cancels a session, and serves a file through a redirect to a pre-authenticated URL', async () => {
    const url = await session('gone.bin');
    expect((await raw(sim, 'DELETE', url, { token: null })).status).toBe(204);
    expect(sim.uploads.openSessions()).not.toContain(url.split('/').pop());
    const created = (
      await raw(sim, 'PUT', `/v1.0/drives/${drive}/root:/doc.txt:/content`, { body: Buffer.from('hello') })
    ).json();
    const redirect = await raw(sim, 'GET', `/v1.0/drives/${drive}/items/${String(created['id'])}/content`);
    expect(redirect.status).toBe(302);
    const file = await raw(sim, 'GET', redirect.headers['location'] ?? '', { token: null });
    expect(file.body.toString()).toBe('hello');
    expect(file.headers['content-type']).toBe('text/plain');
  });

  it('lists the children of a folder a page at a time, with the fields $select asks for, and keeps folders as items', async () => {
    for (const name of ['one.txt', 'two.txt', 'three.txt']) {
      const res = await raw(sim, 'PUT', `/v1.0/drives/${drive}/root:/listing/inner/${name}:/content`, {
        body: Buffer.from(name),
      });
      expect(res.status).toBe(201);
    }
    const root = await raw(sim, 'GET', `/v1.0/drives/${drive}/root/children?$select=id,name,folder`);
    const listing = (root.json()['value'] as { id: string; name: string; folder?: object; file?: object }[]).find(
      (c) => c.name === 'listing',
    );
    expect(listing?.folder).toBeDefined();
    const inner = await raw(sim, 'GET', `/v1.0/drives/${drive}/items/${listing?.id ?? ''}/children`);
    const innerId = (inner.json()['value'] as { id: string }[])[0]?.id ?? '';
    const names: string[] = [];
    let url: string | undefined = `/v1.0/drives/${drive}/items/${innerId}/children?$top=2&$select=id,name,file`;
    let pages = 0;
    while (url) {
      const page = await raw(sim, 'GET', url);
      expect(page.status).toBe(200);
      const value = page.json()['value'] as Record<string, unknown>[];
      expect(value.every((c) => Object.keys(c).every((k) => ['id', 'name', 'file'].includes(k)))).toBe(true);
      names.push(...value.map((c) => String(c['name'])));
      url = page.json()['@odata.nextLink'] as string | undefined;
      pages += 1;
    }
    expect(pages).toBe(2);
    expect(names).toEqual(['one.txt', 'three.txt', 'two.txt']);
  });
});
