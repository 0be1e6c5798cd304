import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { GraphDriveEvidenceStore } from '../../src/adapters/evidence/graph-drive-evidence-store';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { loadConfig } from '../../src/config';
import { createApp } from '../../src/server';
import { evidenceKey } from '../contract/evidence-contract';
import type { SimDrive } from '../graph-simulator/state';
import { evidenceLibrary, sharedHarness, type Harness } from './harness';

const NOW = new Date('2026-11-26T10:00:00Z');
const HOURS = 60 * 60 * 1000;
const harness = sharedHarness();

describe('evidence a crash left in the SharePoint library is cleaned up when the app starts', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'qin-drive-housekeeping-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  let h: Harness;
  let drive: SimDrive;
  let evidence: GraphDriveEvidenceStore;

  beforeEach(async () => {
    h = await harness();
    const { driveId } = evidenceLibrary(h);
    drive = h.sim.state.drives.get(driveId) as SimDrive;
    // Two children a page, so every folder level and the files are read over several pages.
    evidence = new GraphDriveEvidenceStore({ graph: h.graph.app, driveId, maxBytes: 1024 * 1024, listPageSize: 2 });
  });
  afterEach(() => h.sim.faults.clear());

  /** Stores a file as the app would, and makes it look last written `hoursAgo` hours before NOW. */
  async function stored(fileName: string, hoursAgo: number, where: Partial<Parameters<typeof evidenceKey>[0]> = {}) {
    const { storageKey } = await evidence.put(
      evidenceKey({ fileName, ...where }),
      Buffer.from(fileName),
      fileName.length,
      'text/plain',
    );
    const item = drive.items.get(storageKey);
    if (!item) throw new Error(`${fileName} was not stored`);
    item.modified = new Date(NOW.getTime() - hoursAgo * HOURS).toISOString();
    return storageKey;
  }

  it('lists every file the app stored, by the storage key its record holds, over as many pages as there are', async () => {
    const keys = [
      await stored('a.txt', 1),
      await stored('b.txt', 2),
      await stored('c.txt', 3),
      await stored('d.txt', 4, { serviceId: 'svc-renal' }),
      await stored('e.txt', 5, { organisationId: 'org-slam' }),
      await stored('f.txt', 6, { cycleId: 'cy-2027' }),
      await stored('g.txt', 7, { cycleId: 'cy-2028' }),
    ];
    h.sim.log.length = 0;
    const listed: { storageKey: string; modifiedAt: Date }[] = [];
    for await (const file of evidence.storedFiles()) listed.push(file);
    expect(listed.map((f) => f.storageKey).sort()).toEqual([...keys].sort());
    expect(listed.find((f) => f.storageKey === keys[1])?.modifiedAt).toEqual(new Date(NOW.getTime() - 2 * HOURS));
    const nextPages = h.sim.graphCalls().filter((c) => c.url.includes('%24skiptoken') || c.url.includes('$skiptoken'));
    expect(nextPages.length).toBeGreaterThan(0);
  });

  it('removes old files no record refers to, keeps recent and recorded ones, and rides out throttling', async () => {
    const recorded = await stored('recorded.txt', 72);
    const orphan = await stored('orphan.txt', 72);
    const recent = await stored('still-being-saved.txt', 1);
    const otherOrphan = await stored('other-orphan.txt', 72, { cycleId: 'cy-2027' });
    h.sim.faults.script({ fault: 'throttle', when: (r) => r.path.endsWith('/children'), skip: 2, times: 2 });

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
          storageKey: recorded,
          source: null,
          uploadedBy: 'p-1',
          uploadedAt: NOW.toISOString(),
        },
      },
    ]);
    const app = await createApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), {
      store,
      evidence,
      clock: { now: () => NOW },
      logger: pino({ level: 'silent' }),
    });
    try {
      await app.evidenceCleanUp;
      expect(h.sim.faults.stats.throttled).toBe(2);
      expect(drive.items.has(recorded)).toBe(true);
      expect(drive.items.has(recent)).toBe(true);
      expect(drive.items.has(orphan)).toBe(false);
      expect(drive.items.has(otherOrphan)).toBe(false);
    } finally {
      await app.close();
    }
  });

  it('leaves alone files people put in the library by hand', async () => {
    const key = await stored('kept.txt', 72);
    const item = drive.items.get(key);
    if (!item) throw new Error('not stored');
    item.name = 'minutes of the board meeting.txt';
    const listed: string[] = [];
    for await (const file of evidence.storedFiles()) listed.push(file.storageKey);
    expect(listed).toEqual([]);
  });
});
