import type { AuditEvent } from '../../domain/audit';

/**
 * Remembers, per entity, the list item id and eTag last seen, so a save after a read can go out as one
 * request (no look-up first). Never trusted for correctness: every write carries the eTag in If-Match, and a
 * stale entry only costs a 412 and a fresh read. Other server instances may have written since; that is fine.
 */
export interface CachedItem {
  readonly itemId: string;
  readonly eTag: string;
  readonly version: number;
  /** The entity as stored (for the audit "before" and for a rollback). */
  readonly value: unknown;
  readonly commitId: string | null;
  /** For a summary: the changes it carries, when known (carried-changes.ts); a write of it reads them first if not. */
  readonly carried?: readonly AuditEvent[];
}

export class ItemCache {
  private readonly entries = new Map<string, CachedItem>();

  constructor(private readonly capacity = 50_000) {}

  get(kind: string, id: string): CachedItem | undefined {
    const key = `${kind}\u0000${id}`;
    const entry = this.entries.get(key);
    if (entry) {
      // Map keeps insertion order: re-inserting makes this the most recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(kind: string, id: string, entry: CachedItem): void {
    const key = `${kind}\u0000${id}`;
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  forget(kind: string, id: string): void {
    this.entries.delete(`${kind}\u0000${id}`);
  }
}
