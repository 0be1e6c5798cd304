import { randomBytes } from 'node:crypto';
import { GraphDriveEvidenceStore } from '../../src/adapters/evidence/graph-drive-evidence-store';
import { FRAGMENT_UNIT } from '../../src/adapters/evidence/graph-drive-upload-session';
import { DomainError } from '../../src/domain/errors';
import { evidenceKey, readAll } from '../contract/evidence-contract';
import { evidenceLibrary, sharedHarness, type Harness } from './harness';

const MiB = 1024 * 1024;
const harness = sharedHarness();

async function* slowly(bytes: Buffer, failAt?: number): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += 256 * 1024) {
    if (failAt !== undefined && at >= failAt) throw new Error('the browser went away');
    yield bytes.subarray(at, at + 256 * 1024);
  }
}

describe('GraphDriveEvidenceStore', () => {
  let h: Harness;
  let driveId: string;
  let listStored: () => Promise<string[]>;
  const store = (options: { simpleUploadBytes?: number; fragmentBytes?: number; maxBytes?: number } = {}) =>
    new GraphDriveEvidenceStore({ graph: h.graph.app, driveId, maxBytes: options.maxBytes ?? 64 * MiB, ...options });
  const uploads = () => h.sim.log.filter((e) => e.url.startsWith('/upload/'));
  const fragmentPuts = () => uploads().filter((e) => e.method === 'PUT');

  beforeEach(async () => {
    h = await harness();
    ({ driveId, listStored } = evidenceLibrary(h));
    h.sim.log.length = 0;
  });
  afterEach(() => h.sim.faults.clear());

  it('sends up to 4 MiB in one PUT, more through a session of 320 KiB-multiple fragments, and no token to either URL', async () => {
    const evidence = store();
    await evidence.put(evidenceKey(), randomBytes(4 * MiB), 4 * MiB, 'application/pdf');
    expect(h.sim.graphCalls().map((c) => c.method)).toEqual(['PUT']);
    const big = randomBytes(7 * MiB + 5);
    const { storageKey } = await evidence.put(evidenceKey(), big, big.length, 'application/pdf');
    expect(h.sim.graphCalls().filter((c) => c.url.includes('createUploadSession'))).toHaveLength(1);
    expect(fragmentPuts()).toHaveLength(Math.ceil(big.length / (10 * FRAGMENT_UNIT)));
    const file = await evidence.get(storageKey);
    expect((await readAll(file.stream)).equals(big)).toBe(true);
    const preAuthenticated = h.sim.log.filter((e) => e.url.startsWith('/upload/') || e.url.startsWith('/download/'));
    expect(preAuthenticated.length).toBeGreaterThan(0);
    expect(preAuthenticated.every((e) => e.authorization === undefined && e.host.startsWith('localhost:'))).toBe(true);
  });

  it('files evidence under <cycle>/<organisation>/<service>/ with a unique name, and refuses folder names SharePoint refuses', async () => {
    await store().put(evidenceKey(), Buffer.from('x'), 1, 'application/pdf');
    const [item] = [...(h.sim.state.drives.get(driveId)?.items.values() ?? [])].filter((i) => !i.folder);
    expect(item?.parentPath).toBe('cy-2026/org-kch/svc-cardio');
    expect(item?.name).toMatch(/^[0-9a-f]{8}-health-check-audit\.pdf$/);
    await expect(store().put(evidenceKey({ cycleId: 'cy:2026' }), Buffer.from('x'), 1, 'text/plain')).rejects.toThrow(
      /not allowed as a SharePoint folder name/,
    );
  });

  it('streams a download in pieces', async () => {
    const bytes = randomBytes(3 * MiB);
    const { storageKey } = await store().put(evidenceKey(), bytes, bytes.length, 'application/pdf');
    let pieces = 0;
    const chunks: Buffer[] = [];
    for await (const chunk of (await store().get(storageKey)).stream) {
      pieces += 1;
      chunks.push(Buffer.from(chunk));
    }
    expect(pieces).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
  });

  it('retries a throttled fragment (graph-client does not) after its Retry-After', async () => {
    h.sim.faults.script({
      fault: 'unavailable',
      when: (r) => r.path.startsWith('/upload/') && r.method === 'PUT',
      skip: 1,
    });
    const bytes = randomBytes(2 * MiB);
    const evidence = store({ simpleUploadBytes: MiB, fragmentBytes: FRAGMENT_UNIT });
    const { storageKey } = await evidence.put(evidenceKey(), slowly(bytes), bytes.length, 'application/pdf');
    expect((await readAll((await evidence.get(storageKey)).stream)).equals(bytes)).toBe(true);
    expect(h.sim.faults.stats.unavailable).toBe(1);
  });

  it.each(['drop-after', 'drop-before'] as const)(
    'resumes an upload cut off halfway (%s) from nextExpectedRanges',
    async (fault) => {
      h.sim.faults.script({ fault, when: (r) => r.path.startsWith('/upload/') && r.method === 'PUT', skip: 2 });
      const bytes = randomBytes(2 * MiB + 77);
      const evidence = store({ simpleUploadBytes: MiB, fragmentBytes: FRAGMENT_UNIT });
      const { storageKey } = await evidence.put(evidenceKey(), slowly(bytes), bytes.length, 'application/pdf');
      expect((await readAll((await evidence.get(storageKey)).stream)).equals(bytes)).toBe(true);
      expect(uploads().some((e) => e.method === 'GET')).toBe(true);
      expect(fragmentPuts().filter((e) => e.outcome === 'dropped')).toHaveLength(1);
      expect(await listStored()).toHaveLength(1);
    },
  );

  it('finishes when the answer to the last fragment is lost', async () => {
    const bytes = randomBytes(MiB + 1);
    const fragments = Math.ceil(bytes.length / FRAGMENT_UNIT);
    h.sim.faults.script({
      fault: 'drop-after',
      when: (r) => r.path.startsWith('/upload/') && r.method === 'PUT',
      skip: fragments - 1,
    });
    const evidence = store({ simpleUploadBytes: MiB, fragmentBytes: FRAGMENT_UNIT });
    const { storageKey } = await evidence.put(evidenceKey(), bytes, bytes.length, 'application/pdf');
    expect((await readAll((await evidence.get(storageKey)).stream)).equals(bytes)).toBe(true);
    expect(await listStored()).toHaveLength(1);
  });

  it('cancels the session, keeping nothing, when a large upload fails or runs long', async () => {
    const evidence = store({ simpleUploadBytes: MiB, fragmentBytes: FRAGMENT_UNIT });
    const bytes = randomBytes(3 * MiB);
    await expect(evidence.put(evidenceKey(), slowly(bytes, 2 * MiB), bytes.length, 'application/pdf')).rejects.toThrow(
      'the browser went away',
    );
    await expect(evidence.put(evidenceKey(), slowly(bytes), 2 * MiB, 'application/pdf')).rejects.toThrow(
      /more than 2097152 bytes, but 2097152 were announced; nothing was stored/,
    );
    expect(h.sim.graphCalls().filter((c) => c.url.includes('createUploadSession'))).toHaveLength(2);
    expect(uploads().filter((e) => e.method === 'DELETE')).toHaveLength(2);
    expect(await listStored()).toEqual([]);
  });

  it('refuses files over the size limit, or of a type the network does not keep, before sending anything', async () => {
    const tooBig = store({ maxBytes: MiB }).put(evidenceKey(), Buffer.alloc(0), MiB + 1, 'application/pdf');
    await expect(tooBig).rejects.toBeInstanceOf(DomainError);
    await expect(tooBig).rejects.toMatchObject({ code: 'file_too_large' });
    await expect(store().put(evidenceKey(), Buffer.from('MZ'), 2, 'application/x-msdownload')).rejects.toMatchObject({
      code: 'file_type_not_allowed',
    });
    expect(h.sim.graphCalls()).toEqual([]);
  });

  it('refuses a storage key that is not a drive item id', async () => {
    await expect(store().get('../../etc/passwd')).rejects.toThrow(/not a storage key/);
    await expect(store().delete('a/b')).rejects.toThrow(/not a storage key/);
  });
});
