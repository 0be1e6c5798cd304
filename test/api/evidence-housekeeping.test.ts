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
});
