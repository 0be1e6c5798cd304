import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { LocalFolderEvidenceStore } from '../../src/adapters/evidence/local-folder-evidence-store';
import { localEvidenceDir } from '../../src/adapters/open-stores';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { loadConfig } from '../../src/config';
import { createApp } from '../../src/server';

const NOW = new Date('2026-11-26T10:00:00Z');
const HOURS = 60 * 60 * 1000;
const KEY = { cycleId: 'cycle-2026', organisationId: 'org-slam', serviceId: 'svc-slam-coast' };

/** Makes a file look as if it was last written `hoursAgo` hours before NOW. */
function age(file: string, hoursAgo: number): void {
  const at = new Date(NOW.getTime() - hoursAgo * HOURS);
  utimesSync(file, at, at);
}

describe('evidence a crash left behind is cleaned up when the app starts', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'qin-housekeeping-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('removes half-written uploads and old files with no evidence record, and keeps everything else', async () => {
    const folder = new LocalFolderEvidenceStore(localEvidenceDir(dataDir));
    const put = async (name: string, hoursAgo: number) => {
      const { storageKey } = await folder.put({ ...KEY, fileName: name }, Buffer.from(name), name.length, 'text/plain');
      const file = path.join(folder.root, ...storageKey.split('/'));
      age(file, hoursAgo);
      age(path.join(path.dirname(file), `.${path.basename(file)}.meta.json`), hoursAgo);
      return { storageKey, file };
    };
    const recorded = await put('recorded.txt', 72);
    const orphan = await put('orphan.txt', 72);
    const recentOrphan = await put('still-being-saved.txt', 1);
    const halfWritten = path.join(folder.root, '.incoming', 'crashed.part');
    writeFileSync(halfWritten, 'half');
    age(halfWritten, 72);
    const recentPart = path.join(folder.root, '.incoming', 'in-flight.part');
    writeFileSync(recentPart, 'in flight');
    age(recentPart, 1);

    const store = SqliteStore.open(':memory:');
    await store.commit({ actorId: 'test', at: NOW.toISOString() }, [
      {
        op: 'put',
        kind: 'evidence',
        expectedVersion: 0,
        value: {
          id: 'ev-1',
          version: 0,
          assessmentId: 'a-1',
          fileName: 'recorded.txt',
          contentType: 'text/plain',
          sizeBytes: 12,
          storageKey: recorded.storageKey,
          source: null,
          uploadedBy: 'p-1',
          uploadedAt: NOW.toISOString(),
        },
      },
    ]);

    const app = await createApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), {
      store,
      clock: { now: () => NOW },
      logger: pino({ level: 'silent' }),
    });
    try {
      await app.evidenceCleanUp;
      expect(existsSync(recorded.file)).toBe(true);
      expect(existsSync(orphan.file)).toBe(false);
      expect(existsSync(path.join(path.dirname(orphan.file), `.${path.basename(orphan.file)}.meta.json`))).toBe(false);
      expect(existsSync(recentOrphan.file)).toBe(true);
      expect(existsSync(halfWritten)).toBe(false);
      expect(existsSync(recentPart)).toBe(true);
      const kept = await app.ports.evidence?.get(recorded.storageKey);
      const chunks: Buffer[] = [];
      for await (const chunk of kept?.stream ?? []) chunks.push(Buffer.from(chunk));
      expect(Buffer.concat(chunks).toString()).toBe('recorded.txt');
    } finally {
      await app.close();
    }
  });

  /** A local folder whose walk waits until the test lets it go on, and can run something in the middle of it. */
  class SlowFolder extends LocalFolderEvidenceStore {
    walked = 0;
    constructor(
      root: string,
      private readonly gate: Promise<void>,
      private readonly midway: () => Promise<void> = async () => {},
    ) {
      super(root);
    }
    override async *storedFiles(): AsyncIterable<{ storageKey: string; modifiedAt: Date }> {
      await this.gate;
      for await (const file of super.storedFiles()) {
        this.walked += 1;
        yield file;
      }
      await this.midway();
    }
  }

  const evidenceRecord = (storageKey: string) => ({
    op: 'put' as const,
    kind: 'evidence' as const,
    expectedVersion: 0,
    value: {
      id: `ev-${storageKey.length}-${Math.random()}`,
      version: 0,
      assessmentId: 'a-1',
      fileName: 'late.txt',
      contentType: 'text/plain',
      sizeBytes: 8,
      storageKey,
      source: null,
      uploadedBy: 'p-1',
      uploadedAt: NOW.toISOString(),
    },
  });

  it('does not hold up start while it walks the evidence, and keeps a file a record came to refer to meanwhile', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qin-housekeeping-slow-'));
    let letGo = (): void => {};
    const gate = new Promise<void>((resolve) => (letGo = resolve));
    const store = SqliteStore.open(':memory:');
    let lateKey = '';
    const folder = new SlowFolder(localEvidenceDir(dir), gate, async () => {
      await store.commit({ actorId: 'test', at: NOW.toISOString() }, [evidenceRecord(lateKey)]);
    });
    const put = async (name: string) => {
      const { storageKey } = await folder.put({ ...KEY, fileName: name }, Buffer.from(name), name.length, 'text/plain');
      const file = path.join(folder.root, ...storageKey.split('/'));
      age(file, 72);
      age(path.join(path.dirname(file), `.${path.basename(file)}.meta.json`), 72);
      return { storageKey, file };
    };
    const late = await put('late.txt');
    lateKey = late.storageKey;
    const orphan = await put('orphan.txt');
    const app = await createApp(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }), {
      store,
      evidence: folder,
      clock: { now: () => NOW },
      logger: pino({ level: 'silent' }),
    });
    try {
      expect(folder.walked).toBe(0);
      letGo();
      await app.evidenceCleanUp;
      expect(folder.walked).toBe(2);
      expect(existsSync(late.file)).toBe(true);
      expect(existsSync(orphan.file)).toBe(false);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops cleaning up, deleting nothing more, when the app shuts down', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qin-housekeeping-stop-'));
    let letGo = (): void => {};
    const folder = new SlowFolder(localEvidenceDir(dir), new Promise<void>((resolve) => (letGo = resolve)));
    const { storageKey } = await folder.put({ ...KEY, fileName: 'orphan.txt' }, Buffer.from('orphan'), 6, 'text/plain');
    const orphan = path.join(folder.root, ...storageKey.split('/'));
    age(orphan, 72);
    const app = await createApp(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }), {
      store: SqliteStore.open(':memory:'),
      evidence: folder,
      clock: { now: () => NOW },
      logger: pino({ level: 'silent' }),
    });
    const closing = app.close();
    letGo();
    await closing;
    expect(existsSync(orphan)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('logs a clean-up that fails instead of failing start', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qin-housekeeping-fails-'));
    const folder = new SlowFolder(localEvidenceDir(dir), Promise.reject(new Error('the library is unreachable')));
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
    const app = await createApp(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }), {
      store: SqliteStore.open(':memory:'),
      evidence: folder,
      clock: { now: () => NOW },
      logger,
    });
    try {
      await app.evidenceCleanUp;
      const logged = lines.map((line) => JSON.parse(line) as { msg: string; err?: { message: string } });
      expect(logged).toContainEqual(
        expect.objectContaining({
          msg: expect.stringMatching(/could not clean up evidence a crash left behind/) as unknown,
          err: expect.objectContaining({ message: 'the library is unreachable' }) as unknown,
        }),
      );
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
