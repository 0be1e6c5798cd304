/** Counts HTTP requests sent to Graph, for the bench and for tests that assert request budgets. */
export class RequestCounter {
  private readonly byKey = new Map<string, number>();
  private count = 0;

  record(method: string, url: string): void {
    this.count += 1;
    const key = `${method} ${classify(url)}`;
    this.byKey.set(key, (this.byKey.get(key) ?? 0) + 1);
  }

  get total(): number {
    return this.count;
  }

  /** Counts per `METHOD kind` (kind: batch, items, drive, upload, token, other). */
  breakdown(): Record<string, number> {
    return Object.fromEntries([...this.byKey.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.count = 0;
    this.byKey.clear();
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
