import { GraphDriveEvidenceStore } from '../../src/adapters/evidence/graph-drive-evidence-store';
import { provisionSharePoint } from '../../src/adapters/sharepoint/provisioner';
import { findEvidenceDrive } from '../../src/adapters/sharepoint/site-lists';
import { evidenceLibraryName, DEFAULT_LIST_PREFIX } from '../../src/adapters/sharepoint/schema';
import type { EvidenceAbout } from '../../src/services/ports';
import { evidenceKey, readAll } from '../contract/evidence-contract';
import { sharedHarness, type Harness } from './harness';
import type { SimDriveItem, SimSite } from '../graph-simulator/state';

/** Evidence people can find in SharePoint: described by the library's columns, and labelled for retention. */
const harness = sharedHarness();
const PDF = Buffer.from('%PDF-1.7\n% minutes of the governance meeting\n');
const ABOUT: EvidenceAbout = {
  subjectName: 'COAST early intervention service',
  cycleName: '2026/27',
  standardCodes: ['1.1', '2.3'],
  addedBy: 'Ella Morgan',
  sourceUrl: 'https://slam.sharepoint.com/sites/coast/Shared%20Documents/minutes.pdf',
};

function libraryOf(site: SimSite) {
  const library = [...site.lists.values()].find((l) => l.displayName === evidenceLibraryName(DEFAULT_LIST_PREFIX));
  if (!library) throw new Error('no evidence library');
  return library;
}

function fileOf(h: Harness, driveId: string, storageKey: string): SimDriveItem {
  const item = h.sim.state.drives.get(driveId)?.items.get(storageKey);
  if (!item) throw new Error(`no file ${storageKey}`);
  return item;
}

describe('the evidence library in SharePoint', () => {
  let h: Harness;
  let site: SimSite;
  let driveId: string;

  beforeEach(async () => {
    h = await harness();
    site = h.addSite();
    await provisionSharePoint({ graph: h.graph.app, site: site.id });
    driveId = await findEvidenceDrive(h.graph.app, site.id);
  });
  afterEach(() => h.sim.faults.clear());

  it('has columns for service, cycle, standards, who added it and source, in plain English', () => {
    const columns = libraryOf(site).columns.filter((c) => c.name.startsWith('Evidence'));
    expect(columns.map((c) => [c.name, c.displayName, c.type])).toEqual([
      ['EvidenceService', 'Service', 'text'],
      ['EvidenceCycle', 'Cycle', 'text'],
      ['EvidenceStandards', 'Standards', 'text'],
      ['EvidenceAddedBy', 'Added by', 'text'],
      ['EvidenceSource', 'Source', 'note'],
    ]);
  });

  it('adds the columns to a library provisioned before they existed, once, leaving its files as they were', async () => {
    const old = h.addSite();
    const library = h.sim.state.createList(old, {
      displayName: evidenceLibraryName(DEFAULT_LIST_PREFIX),
      template: 'documentLibrary',
      columns: [],
    });
    const before = new GraphDriveEvidenceStore({ graph: h.graph.app, driveId: library.driveId ?? '', maxBytes: 1e6 });
    const { storageKey } = await before.put(evidenceKey(), PDF, PDF.length, 'application/pdf');
    const report = await provisionSharePoint({ graph: h.graph.app, site: old.id });
    expect(report.addedColumns.filter((c) => c.startsWith('Evidence'))).toHaveLength(5);
    const again = await provisionSharePoint({ graph: h.graph.app, site: old.id });
    expect(again.changed).toBe(false);
    const { stream } = await before.get(storageKey);
    expect(await readAll(stream)).toEqual(PDF);
  });

  it('fills in the columns of every file it stores, the source link of a copied-in file included', async () => {
    const evidence = new GraphDriveEvidenceStore({ graph: h.graph.app, driveId, maxBytes: 1e6 });
    const { storageKey } = await evidence.put({ ...evidenceKey(), about: ABOUT }, PDF, PDF.length, 'application/pdf');
    expect(fileOf(h, driveId, storageKey).fields).toEqual({
      EvidenceService: 'COAST early intervention service',
      EvidenceCycle: '2026/27',
      EvidenceStandards: '1.1, 2.3',
      EvidenceAddedBy: 'Ella Morgan',
      EvidenceSource: ABOUT.sourceUrl,
    });
    const uploaded = await evidence.put(
      { ...evidenceKey(), about: { ...ABOUT, sourceUrl: null } },
      PDF,
      PDF.length,
      'application/pdf',
    );
    expect(fileOf(h, driveId, uploaded.storageKey).fields?.['EvidenceSource']).toBeUndefined();
  });

  it('applies the configured retention label to every file it stores, and none when none is configured', async () => {
    h.sim.state.retentionLabels.add('QIN evidence: 8 years');
    const labelled = new GraphDriveEvidenceStore({
      graph: h.graph.app,
      driveId,
      maxBytes: 1e6,
      retentionLabel: 'QIN evidence: 8 years',
    });
    const { storageKey } = await labelled.put({ ...evidenceKey(), about: ABOUT }, PDF, PDF.length, 'application/pdf');
    expect(fileOf(h, driveId, storageKey).retentionLabel?.name).toBe('QIN evidence: 8 years');
    const plain = new GraphDriveEvidenceStore({ graph: h.graph.app, driveId, maxBytes: 1e6 });
    const other = await plain.put({ ...evidenceKey(), about: ABOUT }, PDF, PDF.length, 'application/pdf');
    expect(fileOf(h, driveId, other.storageKey).retentionLabel).toBeUndefined();
  });

  it('keeps no file it could not label, and says which setting to check', async () => {
    const evidence = new GraphDriveEvidenceStore({
      graph: h.graph.app,
      driveId,
      maxBytes: 1e6,
      retentionLabel: 'No such label',
    });
    await expect(evidence.put({ ...evidenceKey(), about: ABOUT }, PDF, PDF.length, 'application/pdf')).rejects.toThrow(
      /EVIDENCE_RETENTION_LABEL/,
    );
    const files = [...(h.sim.state.drives.get(driveId)?.items.values() ?? [])].filter((i) => !i.folder);
    expect(files).toEqual([]);
  });

  it('sends the columns again on their own when Graph throttles that part', async () => {
    const evidence = new GraphDriveEvidenceStore({ graph: h.graph.app, driveId, maxBytes: 1e6 });
    h.sim.faults.script({ fault: 'throttle', when: (r) => r.inBatch && r.path.endsWith('/listItem/fields') });
    const { storageKey } = await evidence.put({ ...evidenceKey(), about: ABOUT }, PDF, PDF.length, 'application/pdf');
    expect(fileOf(h, driveId, storageKey).fields?.['EvidenceService']).toBe('COAST early intervention service');
  });
});
