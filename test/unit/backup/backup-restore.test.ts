import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalFolderEvidenceStore } from '../../../src/adapters/evidence/local-folder-evidence-store';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { exportNetwork } from '../../../src/cli/backup/export-network';
import { BACKUP_KINDS, BackupError } from '../../../src/cli/backup/format';
import { importNetwork } from '../../../src/cli/backup/import-network';
import { seedDemoNetwork } from '../../../src/cli/seed-demo';
import type { EvidenceRecord } from '../../../src/domain/evidence';
import { putChange } from '../../../src/services/context';
import type { EvidenceStore, Store } from '../../../src/services/ports';

const NOW = new Date('2026-11-26T10:00:00Z');
const AT = { actorId: 'person-test', at: NOW.toISOString() };
const PDF = Buffer.from('%PDF-1.7\nphysical health checks audit, Q3\n%%EOF\n');

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'qin-backup-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

async function bytesOf(evidence: EvidenceStore, storageKey: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of (await evidence.get(storageKey)).stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** The demo network, plus an evidence file linked from a response, and items at versions above 1. */
async function sourceNetwork(): Promise<{ store: SqliteStore; evidence: LocalFolderEvidenceStore }> {
  const store = SqliteStore.open(':memory:');
  const evidence = new LocalFolderEvidenceStore(path.join(work, 'source-evidence'));
  await seedDemoNetwork(store, NOW);
  const [assessment] = await store.query('assessment', { subjectId: 'svc-slam-coast' });
  if (!assessment || assessment.subject.kind !== 'service') throw new Error('demo assessment missing');
  const { storageKey } = await evidence.put(
    {
      cycleId: assessment.cycleId,
      organisationId: assessment.subject.organisationId,
      serviceId: assessment.subject.serviceId,
      fileName: 'audit.pdf',
    },
    PDF,
    PDF.length,
    'application/pdf',
  );
  const record: EvidenceRecord = {
    id: 'ev-1',
    version: 0,
    assessmentId: assessment.id,
    fileName: 'audit.pdf',
    contentType: 'application/pdf',
    sizeBytes: PDF.length,
    storageKey,
    source: null,
    uploadedBy: 'person-test',
    uploadedAt: NOW.toISOString(),
  };
  const [response] = await store.query('response', { assessmentId: assessment.id });
  if (!response) throw new Error('demo response missing');
  await store.commit(AT, [
    putChange('evidence', record, 0),
    putChange('response', { ...response, evidenceIds: ['ev-1'], narrative: 'See the audit.' }, response.version),
  ]);
  const again = await store.get('response', response.id);
  await store.commit(AT, [putChange('response', { ...again!, rating: 'met' }, again!.version)]);
  return { store, evidence };
}

async function everything(store: Store) {
  const all: Record<string, unknown[]> = {};
  for (const kind of BACKUP_KINDS) all[kind] = await store.query(kind, {});
  return all;
}

const withoutStorageKeys = (all: Record<string, unknown[]>) => ({
  ...all,
  evidence: (all['evidence'] as EvidenceRecord[]).map(({ storageKey: _key, ...rest }) => rest),
});

describe('backup and restore of the whole network', () => {
  it('round-trips the demo network on the embedded default: items, versions, audit trail and evidence', async () => {
    const source = await sourceNetwork();
    const dir = path.join(work, 'backup');
    const manifest = await exportNetwork({ ...source, dir, now: NOW, source: 'test' });
    expect(manifest.counts['organisation']).toBe(3);
    expect(manifest.counts['evidence']).toBe(1);
    expect(manifest.missingEvidence).toEqual([]);
    expect(manifest.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);

    const target = SqliteStore.open(path.join(work, 'restored', 'network.db'));
    const targetEvidence = new LocalFolderEvidenceStore(path.join(work, 'restored', 'evidence'));
    const result = await importNetwork({ store: target, evidence: targetEvidence, dir, now: NOW });
    expect(result.method).toBe('snapshot');
    expect(result.evidenceFiles).toBe(1);

    expect(withoutStorageKeys(await everything(target))).toEqual(withoutStorageKeys(await everything(source.store)));
    const restored = await target.get('evidence', 'ev-1');
    expect(await bytesOf(targetEvidence, restored!.storageKey)).toEqual(PDF);

    const assessmentId = restored!.assessmentId;
    expect(await target.auditForAssessment(assessmentId)).toEqual(await source.store.auditForAssessment(assessmentId));
    expect(result.auditEventsRestored).toBe(manifest.auditEvents);

    // Later writes carry on from the restored versions.
    const response = (await target.query('response', { assessmentId })).find((r) => r.evidenceIds.includes('ev-1'))!;
    expect(response.version).toBe(3);
    const [saved] = await target.commit(AT, [putChange('response', { ...response, narrative: 'Updated' }, 3)]);
    expect(saved?.version).toBe(4);
    await expect(target.commit(AT, [putChange('response', response, 3)])).rejects.toThrow(/changed by someone else/);
    await Promise.all([source.store.close(), target.close()]);
  });

  it('restores through the Store port alone (any adapter), re-creating each version', async () => {
    const source = await sourceNetwork();
    const dir = path.join(work, 'backup');
    await exportNetwork({ ...source, dir, now: NOW, source: 'test' });
    const target = SqliteStore.open(':memory:');
    const result = await importNetwork({
      store: target,
      evidence: new LocalFolderEvidenceStore(path.join(work, 'replayed-evidence')),
      dir,
      now: NOW,
      preferSnapshotImport: false,
      batchSize: 250,
    });
    expect(result.method).toBe('replay');
    expect(withoutStorageKeys(await everything(target))).toEqual(withoutStorageKeys(await everything(source.store)));
    const trail = await target.auditForEntity('evidence', 'ev-1');
    expect(trail.map((e) => [e.actorId, e.action])).toEqual([['system:restore', 'create']]);
    await Promise.all([source.store.close(), target.close()]);
  });

  it('refuses to restore into a store that already holds data', async () => {
    const source = await sourceNetwork();
    const dir = path.join(work, 'backup');
    await exportNetwork({ ...source, dir, now: NOW, source: 'test' });
    const attempt = importNetwork({ ...source, dir, now: NOW });
    await expect(attempt).rejects.toThrow(BackupError);
    await expect(attempt).rejects.toThrow(/not empty/);
    await source.store.close();
  });

  it('refuses a damaged or incomplete backup before writing anything', async () => {
    const source = await sourceNetwork();
    const dir = path.join(work, 'backup');
    await exportNetwork({ ...source, dir, now: NOW, source: 'test' });
    const file = path.join(dir, 'entities', 'response.jsonl');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('"met"', '"not_met"'));
    const target = SqliteStore.open(':memory:');
    const evidence = new LocalFolderEvidenceStore(path.join(work, 'target-evidence'));
    await expect(importNetwork({ store: target, evidence, dir, now: NOW })).rejects.toThrow(
      /entities\/response\.jsonl does not match its checksum/,
    );
    writeFileSync(file, original);
    rmSync(path.join(dir, 'evidence'), { recursive: true });
    await expect(importNetwork({ store: target, evidence, dir, now: NOW })).rejects.toThrow(
      /incomplete: evidence\/000001\.bin is missing/,
    );
    expect(await target.query('organisation', {})).toEqual([]);
    await expect(exportNetwork({ ...source, dir, now: NOW, source: 'test' })).rejects.toThrow(/not empty/);
    await Promise.all([source.store.close(), target.close()]);
  });
});
