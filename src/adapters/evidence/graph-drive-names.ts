import { randomBytes } from 'node:crypto';
import { ALLOWED_EVIDENCE_TYPES, extensionOf } from '../../domain/evidence-rules';
import type { EvidenceKey } from '../../services/ports';
import { sanitiseFileName } from './local-folder-evidence-store';

/** Where an evidence file goes in the library, and what SharePoint allows in names. */

/* eslint-disable no-control-regex -- the pattern exists to find control characters */
const UNSAFE_SEGMENT = /["*:<>?/\\|#%\u0000-\u001f\u007f]/;
/* eslint-enable no-control-regex */

function checkSegment(label: string, value: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`Evidence ${label} must not be empty`);
  if (value.length > 120 || UNSAFE_SEGMENT.test(value) || /^[.\s~]|[.\s]$/.test(value) || /_vti_/i.test(value)) {
    throw new Error(`Evidence ${label} ${JSON.stringify(value)} is not allowed as a SharePoint folder name`);
  }
  return value;
}

/**
 * `<cycle>/<organisation>/<service>/<8 hex>-<name>`: the random prefix keeps two uploads of one name apart
 * and makes a repeated upload (after a lost answer) land on the same file. The extension is made to match the
 * content type, since SharePoint decides a file's type from its extension.
 */
export function evidencePath(key: EvidenceKey, contentType: string): string[] {
  const folders = [
    checkSegment('cycleId', key.cycleId),
    checkSegment('organisationId', key.organisationId),
    checkSegment('serviceId', key.serviceId),
  ];
  let name = sanitiseFileName(key.fileName).replace(/_vti_/gi, '_vti-');
  const fits = ALLOWED_EVIDENCE_TYPES[extensionOf(name)]?.includes(contentType) ?? false;
  if (!fits) {
    const extension = Object.entries(ALLOWED_EVIDENCE_TYPES).find(([, types]) => types[0] === contentType)?.[0];
    if (extension) name = `${name}${extension}`;
  }
  return [...folders, `${randomBytes(4).toString('hex')}-${name}`];
}

/** The content types the network keeps as evidence (see services/evidence-rules). */
export function isAllowedEvidenceType(contentType: string): boolean {
  return Object.values(ALLOWED_EVIDENCE_TYPES).some((types) => types.includes(contentType));
}

export function drivePathUrl(driveId: string, segments: readonly string[], action?: string): string {
  const path = segments.map((s) => encodeURIComponent(s)).join('/');
  return `/drives/${encodeURIComponent(driveId)}/root:/${path}${action ? `:/${action}` : ''}`;
}

/** Drive item ids (SharePoint `01ABC...`, OneDrive `ABC!123`): anything else is not a key this store made. */
export function checkStorageKey(storageKey: string): string {
  if (!/^[A-Za-z0-9!_-]{1,200}$/.test(storageKey)) {
    throw new Error(`${JSON.stringify(storageKey)} is not a storage key of the SharePoint evidence library`);
  }
  return storageKey;
}
