/**
 * The EvidenceStore contract: what every evidence adapter (local folder, Graph drive) must do. It uses only
 * the port, plus `listStored` from the factory: the names the backing storage holds, so a test can check
 * that a failed upload left nothing behind.
 */
import { randomBytes } from 'node:crypto';
import {
  EvidenceNotFoundError,
  IncompleteUploadError,
  type EvidenceKey,
  type EvidenceStore,
} from '../../src/services/ports';

export type MakeEvidenceStore = () => Promise<{
  store: EvidenceStore;
  /** Everything the backing storage holds (files, temporary uploads), in any order. */
  listStored: () => Promise<string[]>;
  cleanup: () => Promise<void>;
}>;

const MiB = 1024 * 1024;

export function evidenceKey(overrides: Partial<EvidenceKey> = {}): EvidenceKey {
  return {
    cycleId: 'cy-2026',
    organisationId: 'org-kch',
    serviceId: 'svc-cardio',
    fileName: 'health-check-audit.pdf',
    ...overrides,
  };
}

export async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function* inChunks(bytes: Uint8Array, size: number, failAfter?: number): AsyncIterable<Uint8Array> {
  for (let offset = 0; offset < bytes.byteLength; offset += size) {
    if (failAfter !== undefined && offset >= failAfter) throw new Error('connection reset by the client');
    await Promise.resolve();
    yield bytes.subarray(offset, Math.min(offset + size, bytes.byteLength));
  }
}

export function describeEvidenceStoreContract(name: string, make: MakeEvidenceStore): void {
  describe(`EvidenceStore contract: ${name}`, () => {
    let store: EvidenceStore;
    let listStored: () => Promise<string[]>;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, listStored, cleanup } = await make());
    });
    afterEach(async () => {
      await cleanup();
    });

    async function expectNothingLeftAfter(
      upload: () => Promise<unknown>,
      refusal: abstract new (...args: never[]) => Error = Error,
    ): Promise<void> {
      const before = (await listStored()).sort();
      await expect(upload()).rejects.toBeInstanceOf(refusal);
      expect((await listStored()).sort()).toEqual(before);
    }

    it('round-trips a 5 MiB buffer with its size and content type', async () => {
      const bytes = randomBytes(5 * MiB);
      const { storageKey } = await store.put(evidenceKey(), bytes, bytes.byteLength, 'application/pdf');
      expect(typeof storageKey).toBe('string');
      const file = await store.get(storageKey);
      expect(file.sizeBytes).toBe(5 * MiB);
      expect(file.contentType).toBe('application/pdf');
      expect((await readAll(file.stream)).equals(bytes)).toBe(true);
    });

    it('round-trips content that arrives as an async iterable of chunks', async () => {
      const bytes = randomBytes(3 * MiB + 12_345);
      const key = evidenceKey({ fileName: 'staff survey results.xlsx' });
      const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const { storageKey } = await store.put(key, inChunks(bytes, 64 * 1024), bytes.byteLength, type);
      const file = await store.get(storageKey);
      expect(file).toMatchObject({ sizeBytes: bytes.byteLength, contentType: type });
      expect((await readAll(file.stream)).equals(bytes)).toBe(true);
    });

    it('round-trips an empty file', async () => {
      const { storageKey } = await store.put(
        evidenceKey({ fileName: 'empty.txt' }),
        new Uint8Array(0),
        0,
        'text/plain',
      );
      const file = await store.get(storageKey);
      expect(file.sizeBytes).toBe(0);
      expect((await readAll(file.stream)).byteLength).toBe(0);
    });

    it('keeps two uploads of the same file name apart', async () => {
      const first = await store.put(evidenceKey(), Buffer.from('first'), 5, 'text/plain');
      const second = await store.put(evidenceKey(), Buffer.from('second!'), 7, 'text/plain');
      expect(second.storageKey).not.toBe(first.storageKey);
      expect((await readAll((await store.get(first.storageKey)).stream)).toString()).toBe('first');
      expect((await readAll((await store.get(second.storageKey)).stream)).toString()).toBe('second!');
    });

    it('stores organisation-level evidence and odd file names', async () => {
      const key = evidenceKey({ serviceId: 'organisation', fileName: 'Board report (Q3) – ½ année.docx' });
      const { storageKey } = await store.put(key, Buffer.from('minutes'), 7, 'application/msword');
      expect((await readAll((await store.get(storageKey)).stream)).toString()).toBe('minutes');
    });

    it('refuses fewer bytes than announced as an incomplete upload and keeps nothing', async () => {
      await expectNothingLeftAfter(
        () => store.put(evidenceKey(), randomBytes(1000), 1001, 'application/pdf'),
        IncompleteUploadError,
      );
    });

    it('refuses more bytes than announced as an incomplete upload and keeps nothing', async () => {
      const bytes = randomBytes(2 * MiB);
      await expectNothingLeftAfter(
        () => store.put(evidenceKey(), inChunks(bytes, 256 * 1024), MiB, 'application/pdf'),
        IncompleteUploadError,
      );
    });

    it('keeps nothing of an upload whose stream fails part-way', async () => {
      const bytes = randomBytes(MiB);
      await expectNothingLeftAfter(() =>
        store.put(evidenceKey(), inChunks(bytes, 64 * 1024, 512 * 1024), bytes.byteLength, 'application/pdf'),
      );
    });

    it('deletes a file, and deleting again is fine', async () => {
      const { storageKey } = await store.put(evidenceKey(), Buffer.from('to go'), 5, 'text/plain');
      await store.delete(storageKey);
      await expect(store.get(storageKey)).rejects.toThrow();
      await expect(store.delete(storageKey)).resolves.toBeUndefined();
    });

    it("says clearly when a key names no file, with the port's EvidenceNotFoundError", async () => {
      const { storageKey } = await store.put(evidenceKey(), Buffer.from('x'), 1, 'text/plain');
      await store.delete(storageKey);
      await expect(store.get(storageKey)).rejects.toThrow(/not found|no evidence|does not exist/i);
      await expect(store.get(storageKey)).rejects.toBeInstanceOf(EvidenceNotFoundError);
    });
  });
}
