import type { Ports } from './context';
import type { Store } from './ports';

/**
 * Short-lived per-store caches for reference data that rarely changes (published frameworks, cycles), so a
 * request does not pay a storage round trip (a Graph request in production) for them. Keyed by store so two
 * stores in one process never share entries; entries expire, so other instances' changes show within the TTL.
 */
const caches = new WeakMap<Store, Map<string, { value: unknown; until: number }>>();

function cacheOf(store: Store): Map<string, { value: unknown; until: number }> {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map();
    caches.set(store, cache);
  }
  return cache;
}

export async function cachedRead<T>(
  ports: Ports,
  key: string,
  ttlMs: number,
  load: () => Promise<T | undefined>,
  keep: (value: T) => boolean = () => true,
): Promise<T | undefined> {
  const cache = cacheOf(ports.store);
  const now = ports.clock.now().getTime();
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.value as T;
  const value = await load();
  if (value !== undefined && keep(value)) cache.set(key, { value, until: now + ttlMs });
  else cache.delete(key);
  return value;
}

export function forgetCached(ports: Ports, key: string): void {
  cacheOf(ports.store).delete(key);
}
