import type { Ports } from './context';
import type { Store } from './ports';

/** One key's read: in flight (kept until it settles) or done (kept until `until`). */
interface Entry {
  readonly value: Promise<unknown>;
  until: number;
  /** A read replacing this expired answer is under way (cachedReadServingStale). */
  refreshing?: boolean;
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

/**
 * Like `cachedRead`, for lists where an answer a little out of date is better than a wait (the names of every
 * service): once an answer has expired it is still given at once, while one new read replaces it in the
 * background. A refresh that fails leaves the old answer for the next caller to try again; one in flight when
 * `forgetCached` clears the key is dropped, as it may predate the change. Not for what decides access.
 */
export function cachedReadServingStale<T>(
  ports: Ports,
  key: string,
  ttlMs: number,
  load: () => Promise<T>,
): Promise<T> {
  const cache = cacheOf(ports.store);
  const now = ports.clock.now().getTime();
  const hit = cache.get(key);
  if (!hit || hit.until > now) return cachedRead(ports, key, ttlMs, load);
  if (!hit.refreshing) {
    hit.refreshing = true;
    const fresh = (async () => load())();
    fresh.then(
      (result) => {
        if (cache.get(key) !== hit) return;
        if (isDefined(result)) cache.set(key, { value: fresh, until: ports.clock.now().getTime() + ttlMs });
        else hit.refreshing = false;
      },
      () => {
        hit.refreshing = false;
      },
    );
  }
  return hit.value as Promise<T>;
}

export function forgetCached(ports: Ports, key: string): void {
  cacheOf(ports.store).delete(key);
}
