import { batchPartsOf, isBatchUrl, resourceUnitsOf } from './resource-units';

/**
 * Counts what is sent to Graph, for the bench and for tests that assert budgets: HTTP requests, and what SharePoint
 * charges for, the operations (each request outside a `$batch` and each part inside one) and their resource units.
 */
export class RequestCounter {
  private readonly byKey = new Map<string, number>();
  private count = 0;
  private operations = 0;
  private units = 0;

  record(method: string, url: string, body?: string | Uint8Array): void {
    this.count += 1;
    const key = `${method} ${classify(url)}`;
    this.byKey.set(key, (this.byKey.get(key) ?? 0) + 1);
    if (isBatchUrl(url)) {
      for (const part of batchPartsOf(body)) this.charge(part.method, part.url);
    } else if (classify(url) !== 'token') {
      this.charge(method, url);
    }
  }

  /** HTTP requests sent (a `$batch` is one). */
  get total(): number {
    return this.count;
  }

  /** Operations SharePoint charges for: its requests outside a `$batch` plus every part inside one. */
  get parts(): number {
    return this.operations;
  }

  /** Resource units SharePoint charges the app for what was sent (see resource-units.ts). */
  get resourceUnits(): number {
    return this.units;
  }

  /** Counts per `METHOD kind` (kind: batch, items, drive, upload, token, other). */
  breakdown(): Record<string, number> {
    return Object.fromEntries([...this.byKey.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.count = 0;
    this.operations = 0;
    this.units = 0;
    this.byKey.clear();
  }

  /** Only what SharePoint charges for: a download URL's redirect, a token or an invitation is not its. */
  private charge(method: string, url: string): void {
    const units = resourceUnitsOf(method, url);
    if (units === 0) return;
    this.operations += 1;
    this.units += units;
  }
}

function classify(url: string): string {
  if (url.includes('/$batch')) return 'batch';
  if (url.includes('/oauth2/') || url.includes('/.well-known/') || url.includes('/discovery/')) return 'token';
  if (url.includes('/items')) return url.includes('/drives/') ? 'drive' : 'items';
  if (url.includes('/drives/') || url.includes('/drive')) return 'drive';
  if (!url.includes('/v1.0/') && !url.includes('/beta/')) return 'upload';
  return 'other';
}
