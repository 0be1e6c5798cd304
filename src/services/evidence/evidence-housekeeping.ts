import type { Ports } from '../context';
import type { EvidenceHousekeeping, EvidenceStore } from '../ports';

/**
 * Files younger than this are left alone: an upload on another instance, or one whose record is being committed
 * right now, is not an orphan yet. A day is far longer than any upload or commit takes.
 */
export const ORPHAN_SAFE_AGE_MS = 24 * 60 * 60 * 1000;

export function offersHousekeeping(store: EvidenceStore | undefined): store is EvidenceStore & EvidenceHousekeeping {
  return store !== undefined && 'storedFiles' in store && 'removeIncompleteUploads' in store;
}

/** Every storage key a record still refers to: evidence files and filed reports (kept in the evidence store). */
async function referencedStorageKeys(ports: Ports): Promise<Set<string>> {
  const [evidence, reports] = await Promise.all([ports.store.query('evidence', {}), ports.store.query('report', {})]);
  return new Set([...evidence.map((e) => e.storageKey), ...reports.flatMap((r) => r.files.map((f) => f.storageKey))]);
}

/**
 * Run at start: removes what a crash left in the evidence store, i.e. half-written uploads and files whose record
 * was never committed, once they are older than `safeAgeMs` (by the app's clock). On a large library the walk
 * takes a while, so it runs alongside the app: `signal` stops it (at shutdown) between files. Records are read
 * again after the walk, just before deleting, so a file that became referenced meanwhile is kept.
 */
export async function cleanUpEvidenceAfterCrash(
  ports: Ports,
  housekeeping: EvidenceHousekeeping,
  options: { readonly safeAgeMs?: number; readonly signal?: AbortSignal } = {},
): Promise<{ incompleteUploads: number; orphanedFiles: number }> {
  const { safeAgeMs = ORPHAN_SAFE_AGE_MS, signal } = options;
  const before = new Date(ports.clock.now().getTime() - safeAgeMs);
  const incompleteUploads = await housekeeping.removeIncompleteUploads(before);
  const referencedBeforeWalk = await referencedStorageKeys(ports);
  const candidates: string[] = [];
  for await (const file of housekeeping.storedFiles()) {
    if (signal?.aborted) return { incompleteUploads, orphanedFiles: 0 };
    if (file.modifiedAt >= before || referencedBeforeWalk.has(file.storageKey)) continue;
    candidates.push(file.storageKey);
  }
  if (candidates.length === 0) return { incompleteUploads, orphanedFiles: 0 };
  const referenced = await referencedStorageKeys(ports);
  let orphanedFiles = 0;
  for (const storageKey of candidates) {
    if (signal?.aborted) break;
    if (referenced.has(storageKey)) continue;
    await housekeeping.delete(storageKey);
    orphanedFiles += 1;
  }
  return { incompleteUploads, orphanedFiles };
}
