import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AuditEvent } from '../../domain/audit';
import type { EntityKind, EntityMap, EvidenceStore, Store } from '../../services/ports';
import {
  AUDIT_PATH,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_KINDS,
  BackupError,
  entitiesPath,
  MANIFEST_PATH,
  sha256,
  toJsonLines,
  type BackedUpEvidence,
  type BackupFile,
  type BackupManifest,
} from './format';

export interface ExportOptions {
  readonly store: Store;
  readonly evidence: EvidenceStore;
  /** A new or empty folder. */
  readonly dir: string;
  readonly now: Date;
  readonly source: string;
  /** The audit trail (default true). On SharePoint it costs one read per item outside assessments. */
  readonly includeAudit?: boolean;
  readonly log?: (line: string) => void;
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * The audit trail through the Store port: one read per assessment (its own events, its responses' and its
 * evidence links), and one per item of every other kind. Events of items deleted outside an assessment are not
 * reachable this way and are not in the backup.
 */
async function auditTrail(store: Store, entities: ReadonlyMap<EntityKind, readonly { id: string }[]>) {
  const events = new Map<string, AuditEvent>();
  const add = (list: readonly AuditEvent[]) => list.forEach((event) => events.set(event.id, event));
  for (const assessment of entities.get('assessment') ?? []) add(await store.auditForAssessment(assessment.id));
  for (const [kind, items] of entities) {
    if (kind === 'assessment' || kind === 'response' || kind === 'evidence') continue;
    for (const item of items) add(await store.auditForEntity(kind, item.id));
  }
  // Stable sort by time: events of one read keep the store's order (which breaks ties by insertion).
  return [...events.values()].sort((a, b) => a.at.localeCompare(b.at));
}

/** Writes a backup of the whole network (every kind, the audit trail, evidence bytes) into `dir`. */
export async function exportNetwork(options: ExportOptions): Promise<BackupManifest> {
  const log = options.log ?? (() => undefined);
  if (existsSync(options.dir) && readdirSync(options.dir).length > 0) {
    throw new BackupError(`${options.dir} is not empty: back up into a new folder.`);
  }
  const files: BackupFile[] = [];
  const write = (relative: string, bytes: Buffer | string) => {
    const full = path.join(options.dir, ...relative.split('/'));
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, bytes);
    files.push({ path: relative, sha256: sha256(bytes), bytes: Buffer.byteLength(bytes) });
  };

  const entities = new Map<EntityKind, EntityMap[EntityKind][]>();
  const counts: Record<string, number> = {};
  for (const kind of BACKUP_KINDS) {
    const items = [...(await options.store.query(kind, {}))].sort((a, b) => a.id.localeCompare(b.id));
    entities.set(kind, items);
    counts[kind] = items.length;
    write(entitiesPath(kind), toJsonLines(items));
    log(`${kind}: ${items.length}`);
  }

  let auditEvents: number | null = null;
  if (options.includeAudit !== false) {
    const events = await auditTrail(options.store, entities);
    write(AUDIT_PATH, toJsonLines(events));
    auditEvents = events.length;
    log(`audit events: ${events.length}`);
  }

  const evidence: BackedUpEvidence[] = [];
  const missingEvidence: string[] = [];
  const records = (entities.get('evidence') ?? []) as EntityMap['evidence'][];
  for (const [index, record] of records.entries()) {
    let bytes: Buffer | undefined;
    let contentType = record.contentType;
    try {
      const file = await options.evidence.get(record.storageKey);
      bytes = await readAll(file.stream);
      contentType = file.contentType || contentType;
    } catch (error) {
      missingEvidence.push(record.id);
      log(`evidence ${record.id} (${record.fileName}) could not be read: ${(error as Error).message}`);
    }
    const relative = bytes ? `evidence/${String(index + 1).padStart(6, '0')}.bin` : null;
    if (bytes && relative) write(relative, bytes);
    evidence.push({ evidenceId: record.id, path: relative, storageKey: record.storageKey, contentType });
  }
  log(`evidence files: ${evidence.length - missingEvidence.length} of ${records.length}`);

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: options.now.toISOString(),
    source: options.source,
    counts,
    auditEvents,
    evidence,
    missingEvidence,
    files,
  };
  writeFileSync(path.join(options.dir, MANIFEST_PATH), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
