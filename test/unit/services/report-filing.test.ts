import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalFolderEvidenceStore } from '../../../src/adapters/evidence/local-folder-evidence-store';
import { OfficeReportRenderer } from '../../../src/adapters/reports/office-report-renderer';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { seedDemoNetwork } from '../../../src/cli/seed-demo';
import { seedAgreedReview } from '../../../src/cli/seed-review';
import type { Ports } from '../../../src/services/context';
import type { EvidenceStore, ReportRenderer, Store } from '../../../src/services/ports';
import { fileReport } from '../../../src/services/reports/report-filing';

const RHEUM = 'a-cur-svc-gstt-rheum';
const NOW = new Date('2027-02-01T10:00:00Z');

/** Every file in the evidence folder, hidden bookkeeping (dot files, .incoming) left out. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !join(e.parentPath, e.name).includes('/.'))
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('filing a report leaves the whole report or nothing in the evidence folder', () => {
  let dir: string;
  let store: Store;
  let evidence: EvidenceStore;
  let ports: Ports;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'qin-report-filing-'));
    store = SqliteStore.open(':memory:');
    await seedDemoNetwork(store, new Date('2026-11-26T10:00:00Z'));
    await seedAgreedReview(store, RHEUM, NOW.toISOString());
    evidence = new LocalFolderEvidenceStore(join(dir, 'evidence'));
    ports = {
      store,
      evidence,
      clock: { now: () => NOW },
      ids: { newId: () => 'id-1' },
      reports: new OfficeReportRenderer(),
    };
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function agreed() {
    const assessment = await store.get('assessment', RHEUM);
    const cycle = await store.get('cycle', 'cycle-current');
    if (!assessment || !cycle) throw new Error('demo data missing');
    return { assessment, cycle };
  }

  it('files both documents in the service folder and records them', async () => {
    const { assessment, cycle } = await agreed();
    const report = await fileReport(ports, 'p-admin', assessment, cycle);
    expect(report.state).toBe('draft');
    expect(report.files.map((f) => f.format)).toEqual(['docx', 'xlsx']);
    const files = filesUnder(join(dir, 'evidence'));
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.startsWith(join('cycle-current', 'org-gstt', 'svc-gstt-rheum')))).toBe(true);
    await expect(store.get('report', `report:${RHEUM}`)).resolves.toMatchObject({ version: 1 });
  });

  it('writes nothing when rendering fails halfway', async () => {
    const { assessment, cycle } = await agreed();
    const failing: ReportRenderer = {
      docx: (d) => new OfficeReportRenderer().docx(d),
      xlsx: () => Promise.reject(new Error('workbook writer crashed')),
    };
    await expect(fileReport({ ...ports, reports: failing }, 'p-admin', assessment, cycle)).rejects.toThrow(
      'workbook writer crashed',
    );
    expect(filesUnder(join(dir, 'evidence'))).toEqual([]);
    await expect(store.get('report', `report:${RHEUM}`)).resolves.toBeUndefined();
  });

  it('removes the first file when the second cannot be filed', async () => {
    const { assessment, cycle } = await agreed();
    let puts = 0;
    const flaky: EvidenceStore = {
      put: (key, content, size, type) => {
        puts += 1;
        return puts === 2 ? Promise.reject(new Error('disk full')) : evidence.put(key, content, size, type);
      },
      get: (key) => evidence.get(key),
      delete: (key) => evidence.delete(key),
    };
    await expect(fileReport({ ...ports, evidence: flaky }, 'p-admin', assessment, cycle)).rejects.toThrow('disk full');
    expect(filesUnder(join(dir, 'evidence'))).toEqual([]);
  });

  it('removes both files when the record cannot be stored', async () => {
    const { assessment, cycle } = await agreed();
    const refusing: Store = {
      ...store,
      get: store.get.bind(store),
      getMany: store.getMany.bind(store),
      query: store.query.bind(store),
      commit: () => Promise.reject(new Error('store unavailable')),
    } as Store;
    await expect(fileReport({ ...ports, store: refusing }, 'p-admin', assessment, cycle)).rejects.toThrow(
      'store unavailable',
    );
    expect(filesUnder(join(dir, 'evidence'))).toEqual([]);
  });

  it('replaces the files of a draft when regenerated, keeping one copy of each', async () => {
    const { assessment, cycle } = await agreed();
    await fileReport(ports, 'p-admin', assessment, cycle);
    const again = await fileReport(ports, 'p-admin', assessment, cycle);
    expect(again.version).toBe(2);
    expect(filesUnder(join(dir, 'evidence'))).toHaveLength(2);
  });

  it('refuses a report before the review is agreed, saying what is missing', async () => {
    const { cycle } = await agreed();
    const coast = await store.get('assessment', 'a-cur-svc-slam-coast');
    if (!coast) throw new Error('demo data missing');
    await expect(fileReport(ports, 'p-admin', coast, cycle)).rejects.toMatchObject({
      code: 'review_not_agreed',
      message: expect.stringMatching(/this assessment is in progress\. It must be reviewed first/),
    });
    expect(filesUnder(join(dir, 'evidence'))).toEqual([]);
  });
});
