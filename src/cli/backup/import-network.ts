import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SnapshotItem } from '../../adapters/sqlite/sqlite-store';
import type { AuditEvent } from '../../domain/audit';
import type { Change, EntityMap, EvidenceKey, EvidenceStore, Store } from '../../services/ports';
import {
  AUDIT_PATH,
  BACKUP_KINDS,
  BackupError,
  entitiesPath,
  fromJsonLines,
  readVerifiedManifest,
  type BackupManifest,
} from './format';

/** A store that can take a backup as it was (ids, versions and audit trail), e.g. the SQLite store. */
interface SnapshotImporter {
  importSnapshot(items: readonly SnapshotItem[], audit: readonly AuditEvent[]): Promise<void>;
}

function snapshotImporter(store: Store): SnapshotImporter | undefined {
  const candidate = store as Store & Partial<SnapshotImporter>;
  return typeof candidate.importSnapshot === 'function' ? (candidate as SnapshotImporter) : undefined;
}

export interface ImportOptions {
  readonly store: Store;
  readonly evidence: EvidenceStore;
  readonly dir: string;
  readonly now: Date;
  /** Who the restore's own audit events name (replay only). */
  readonly actorId?: string;
  /** Use the store's own snapshot import when it has one (default true); false replays through commits. */
  readonly preferSnapshotImport?: boolean;
  /** Changes per commit when replaying (default 100). */
  readonly batchSize?: number;
  readonly log?: (line: string) => void;
}

export interface ImportResult {
  readonly method: 'snapshot' | 'replay';
  readonly counts: Readonly<Record<string, number>>;
  readonly auditEventsRestored: number;
  readonly evidenceFiles: number;
}

function readItems(dir: string, manifest: BackupManifest): SnapshotItem[] {
  const items: SnapshotItem[] = [];
  for (const kind of BACKUP_KINDS) {
    if (manifest.counts[kind] === undefined) continue;
    const where = entitiesPath(kind);
    for (const value of fromJsonLines(readFileSync(path.join(dir, where), 'utf8'), where)) {
      const v = value as { id?: unknown; version?: unknown };
      if (typeof v.id !== 'string' || !Number.isInteger(v.version) || (v.version as number) < 1) {
        throw new BackupError(`${where} holds an item without a string id and a stored version`);
      }
      items.push({ kind, value } as SnapshotItem);
    }
  }
  return items;
}

async function assertEmpty(store: Store): Promise<void> {
  for (const kind of BACKUP_KINDS) {
    const held = (await store.query(kind, {})).length;
    if (held > 0) {
      throw new BackupError(
        `The target store is not empty (it holds ${held} ${kind} item${held === 1 ? '' : 's'}). A restore only ` +
          'goes into an empty store: point DATA_DIR at a new folder, or use a freshly provisioned SharePoint site.',
      );
    }
  }
}

/** Copies the evidence bytes in, pointing each evidence record at its new storage key. */
async function restoreEvidence(
  options: ImportOptions,
  manifest: BackupManifest,
  items: SnapshotItem[],
): Promise<{ items: SnapshotItem[]; files: number }> {
  const assessments = new Map<string, EntityMap['assessment']>();
  const records = new Map<string, EntityMap['evidence']>();
  for (const item of items) {
    if (item.kind === 'assessment') assessments.set(item.value.id, item.value);
    if (item.kind === 'evidence') records.set(item.value.id, item.value);
  }
  const newKeys = new Map<string, string>();
  for (const entry of manifest.evidence) {
    const record = records.get(entry.evidenceId);
    if (!record || entry.path === null) {
      options.log?.(`evidence ${entry.evidenceId}: no file in the backup; the record is restored without it`);
      continue;
    }
    const assessment = assessments.get(record.assessmentId);
    const subject = assessment?.subject;
    const key: EvidenceKey = {
      cycleId: assessment?.cycleId ?? 'restored',
      organisationId: subject?.organisationId ?? 'restored',
      serviceId: subject?.kind === 'service' ? subject.serviceId : 'organisation',
      fileName: record.fileName,
    };
    const bytes = readFileSync(path.join(options.dir, ...entry.path.split('/')));
    const { storageKey } = await options.evidence.put(key, new Uint8Array(bytes), bytes.length, entry.contentType);
    newKeys.set(record.id, storageKey);
  }
  const updated = items.map((item): SnapshotItem => {
    const storageKey = item.kind === 'evidence' ? newKeys.get(item.value.id) : undefined;
    return item.kind === 'evidence' && storageKey ? { kind: 'evidence', value: { ...item.value, storageKey } } : item;
  });
  return { items: updated, files: newKeys.size };
}

/**
 * Re-creates every item through the Store port with its id and version: round r writes every item whose version
 * is at least r, expecting version r - 1, so an item at version 5 is written five times and ends at 5.
 */
async function replay(options: ImportOptions, items: readonly SnapshotItem[]): Promise<void> {
  const context = { actorId: options.actorId ?? 'system:restore', at: options.now.toISOString() };
  const batchSize = options.batchSize ?? 100;
  const maxVersion = Math.max(0, ...items.map((i) => i.value.version));
  for (let round = 1; round <= maxVersion; round++) {
    const changes = items
      .filter((item) => item.value.version >= round)
      .map((item) => ({ op: 'put', kind: item.kind, value: item.value, expectedVersion: round - 1 }) as Change);
    for (let i = 0; i < changes.length; i += batchSize) {
      await options.store.commit(context, changes.slice(i, i + batchSize));
    }
    options.log?.(`version ${round}: ${changes.length} items`);
  }
}

/** Restores a backup folder into an EMPTY store and evidence store. */
export async function importNetwork(options: ImportOptions): Promise<ImportResult> {
  const manifest = readVerifiedManifest(options.dir);
  await assertEmpty(options.store);
  const read = readItems(options.dir, manifest);
  const audit =
    manifest.auditEvents === null
      ? []
      : (fromJsonLines(readFileSync(path.join(options.dir, AUDIT_PATH), 'utf8'), AUDIT_PATH) as AuditEvent[]);
  const { items, files } = await restoreEvidence(options, manifest, read);
  options.log?.(`evidence files: ${files}`);

  const importer = options.preferSnapshotImport === false ? undefined : snapshotImporter(options.store);
  if (importer) await importer.importSnapshot(items, audit);
  else await replay(options, items);

  const counts: Record<string, number> = {};
  for (const kind of BACKUP_KINDS) counts[kind] = items.filter((i) => i.kind === kind).length;
  return {
    method: importer ? 'snapshot' : 'replay',
    counts,
    auditEventsRestored: importer ? audit.length : 0,
    evidenceFiles: files,
  };
}
