import type { Organisation } from '../../domain/network';
import type { Ports } from '../context';
import { cachedRead, forgetCached } from '../read-cache';

const KEY = 'organisations';
const ORGANISATIONS_CACHE_MS = 30_000;

/**
 * Every member organisation, cached briefly per instance: `GET /me` (the tab's first call) needs the list to say
 * whose progress a person may see, and organisations change rarely. A change on this instance clears it at once.
 */
export async function allOrganisations(ports: Ports): Promise<readonly Organisation[]> {
  return cachedRead(ports, KEY, ORGANISATIONS_CACHE_MS, () => ports.store.query('organisation', {}));
}

export function forgetOrganisations(ports: Ports): void {
  forgetCached(ports, KEY);
}
