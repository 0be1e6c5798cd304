import type { HttpClient } from './http-client';

/**
 * Calls offered before their code is fetched: each name becomes a stub that loads its module once, on the first
 * call any page makes, and then calls the real one. This keeps the calls of pages most people never open out of
 * everyone's first page.
 */
export function withLazyCalls<Core extends object, Lazy extends object>(
  core: Core,
  names: readonly (keyof Lazy & string)[],
  load: (http: HttpClient) => Promise<Lazy>,
  http: HttpClient,
): Core & Lazy {
  let loaded: Promise<Lazy> | undefined;
  const stubs = Object.fromEntries(
    names.map((name) => [
      name,
      async (...args: unknown[]) => {
        loaded ??= load(http);
        const call = (await loaded)[name] as (...a: unknown[]) => Promise<unknown>;
        return call(...args);
      },
    ]),
  );
  return { ...core, ...stubs } as Core & Lazy;
}
