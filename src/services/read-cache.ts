import type { Ports } from './context';
import type { Store } from './ports';

/** One key's read: in flight (kept until it settles) or done (kept until `until`). */
interface Entry {
  readonly value: Promise<unknown>;
  until: number;
}

/**
 * Short-lived per-store caches for reference data that rarely changes (published frameworks, cycles, principals,
 * the anonymised benchmarks), so a request does not pay a storage round trip (a Graph request in production) for
 * them. Keyed by store so two stores in one process never share entries; entries expire, so other instances'
 * changes show within the TTL.
 */
const caches = new WeakMap<Store, Map<string, Entry>>();

function cacheOf(store: Store): Map<string, Entry> {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map();
    caches.set(store, cache);
  }
  return cache;
}

function isDefined<T>(value: T): value is Exclude<T, undefined> {
  return value !== undefined;
}

/**
 * What `load` reads, kept for `ttlMs` from when the read began. Callers who ask while a read is in flight share it
 * (twenty dashboards opened together cost one read, not twenty). A failed read, an undefined answer (not found) or
 * one `keep` refuses is forgotten as soon as it settles, so the next caller reads again; so is a read in flight
 * when `forgetCached` clears its key, since it may predate the change that cleared it.
 */
export function cachedRead<T>(
  ports: Ports,
  key: string,
  ttlMs: number,
  load: () => Promise<T>,
  keep: (value: Exclude<T, undefined>) => boolean = () => true,
): Promise<T> {
  const cache = cacheOf(ports.store);
  const now = ports.clock.now().getTime();
  const hit = cache.get(key);
  // Only this function fills the map, each key's entry with what that key's load promised.
  if (hit && hit.until > now) return hit.value as Promise<T>;
  // A load that throws at once fails its callers like one that rejects later.
  const value = (async () => load())();
  const entry: Entry = { value, until: Number.POSITIVE_INFINITY };
  cache.set(key, entry);
  const settle = (kept: boolean) => {
    if (cache.get(key) !== entry) return;
    if (kept) entry.until = now + ttlMs;
    else cache.delete(key);
  };
  value.then(
    (result) => settle(isDefined(result) && keep(result)),
    () => settle(false),
  );
  return value;
}

export function forgetCached(ports: Ports, key: string): void {
  cacheOf(ports.store).delete(key);
}
