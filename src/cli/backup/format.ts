import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENTITY_KINDS } from '../../services/index-values';
import type { EntityKind } from '../../services/ports';

/**
 * A backup of the whole network is a folder:
 *   manifest.json               what is in it, with a SHA-256 checksum of every other file
 *   entities/<kind>.jsonl       one stored entity per line (id and version included), for every kind
 *   audit/events.jsonl          the audit trail, one event per line
 *   evidence/<n>.bin            the bytes of each evidence file; manifest.evidence maps them to evidence ids
 * Plain files, so it can be zipped, encrypted and copied with the trust's usual tools.
 */
export const BACKUP_FORMAT = 'mind-body-qin-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Every kind the store keeps (typed complete: a kind added to the Store port is backed up without a change here). */
export const BACKUP_KINDS: readonly EntityKind[] = ENTITY_KINDS;

export interface BackupFile {
  /** Relative to the backup folder, with forward slashes. */
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
}

export interface BackedUpEvidence {
  readonly evidenceId: string;
  /** The file in the backup; null when the evidence store no longer had the bytes (see missing). */
  readonly path: string | null;
  readonly storageKey: string;
  readonly contentType: string;
}

export interface BackupManifest {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  readonly createdAt: string;
  /** Which storage it was taken from (informational; a backup restores onto either). */
  readonly source: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly auditEvents: number | null;
  readonly evidence: readonly BackedUpEvidence[];
  /** Evidence records whose bytes could not be read when the backup was taken. */
  readonly missingEvidence: readonly string[];
  readonly files: readonly BackupFile[];
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function entitiesPath(kind: EntityKind): string {
  return `entities/${kind}.jsonl`;
}

export const AUDIT_PATH = 'audit/events.jsonl';
export const MANIFEST_PATH = 'manifest.json';

export function toJsonLines(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join('\n') + (values.length > 0 ? '\n' : '');
}

export function fromJsonLines(text: string, where: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new BackupError(`${where} line ${index + 1} is not valid JSON`);
      }
    });
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Reads and checks a backup's manifest and every file's checksum before anything is restored. */
export function readVerifiedManifest(dir: string): BackupManifest {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST_PATH), 'utf8')) as BackupManifest;
  } catch (error) {
    throw new BackupError(`${dir} is not a backup folder: cannot read ${MANIFEST_PATH} (${(error as Error).message})`);
  }
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`${dir}/${MANIFEST_PATH} is not a ${BACKUP_FORMAT}`);
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `The backup is format ${manifest.formatVersion}; this version of the app reads up to ${BACKUP_FORMAT_VERSION}. ` +
        'Restore it with the app version that made it, or a newer one.',
    );
  }
  const unknownKinds = Object.keys(manifest.counts).filter((k) => !BACKUP_KINDS.includes(k as EntityKind));
  if (unknownKinds.length > 0) {
    throw new BackupError(`The backup holds kinds this app version does not know: ${unknownKinds.join(', ')}`);
  }
  for (const file of manifest.files) {
    const full = path.resolve(dir, file.path);
    if (!full.startsWith(path.resolve(dir) + path.sep)) throw new BackupError(`${file.path} points outside the backup`);
    let bytes: Buffer;
    try {
      bytes = readFileSync(full);
    } catch {
      throw new BackupError(`The backup is incomplete: ${file.path} is missing`);
    }
    if (bytes.length !== file.bytes || sha256(bytes) !== file.sha256) {
      throw new BackupError(`The backup is damaged: ${file.path} does not match its checksum in ${MANIFEST_PATH}`);
    }
  }
  return manifest;
}
