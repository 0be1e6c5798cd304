import type { Api } from './endpoints';
import type { AssessmentPerson, Cycle, FrameworkVersion } from './types';

/** Short-lived memo of data that rarely changes, shared by the pages of one session. */
const TTL_MS = 60_000;
const caches = new WeakMap<Api, Map<string, { value: Promise<unknown>; until: number }>>();

function memo<T>(api: Api, key: string, load: () => Promise<T>): Promise<T> {
  let cache = caches.get(api);
  if (!cache) caches.set(api, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.value as Promise<T>;
  const value = load();
  cache.set(key, { value, until: Date.now() + TTL_MS });
  value.catch(() => cache.delete(key));
  return value;
}

export function forgetCached(api: Api, prefix = ''): void {
  const cache = caches.get(api);
  for (const key of [...(cache?.keys() ?? [])]) if (key.startsWith(prefix)) cache?.delete(key);
}

export const cachedFramework = (api: Api, id: string): Promise<FrameworkVersion> =>
  memo(api, `framework:${id}`, () => api.framework(id));

export const cachedCycles = (api: Api): Promise<Cycle[]> => memo(api, 'cycles', () => api.cycles());

/**
 * People of an assessment's organisation (to assign standards and name who saved what). If they cannot be
 * loaded, names are simply not shown.
 */
export const cachedPeople = (api: Api, assessmentId: string): Promise<AssessmentPerson[]> =>
  memo(api, `people:${assessmentId}`, async () => {
    try {
      return await api.assessmentPeople(assessmentId);
    } catch {
      return [];
    }
  });
