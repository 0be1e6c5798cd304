import type { Service } from '../../domain/network';
import type { Ports } from '../context';
import { cachedReadServingStale, forgetCached } from '../read-cache';

const KEY = 'services';
const SERVICES_CACHE_MS = 30_000;

/**
 * Every service of the network, cached briefly per instance like the organisations: a network role's lists name
 * hundreds of services, and one read of the list every half minute costs less than looking each name up. Services
 * change rarely; a change on this instance clears it at once. Once half a minute has passed, the list kept is
 * still given while a new read replaces it: on SharePoint the list of 2,000 services is one large read (about 1 s
 * with the modelled latency), and network views should not wait for it for the sake of names at most a minute old
 * (changed on another instance). It decides no access, only names.
 */
export async function allServices(ports: Ports): Promise<readonly Service[]> {
  return cachedReadServingStale(ports, KEY, SERVICES_CACHE_MS, () => ports.store.query('service', {}));
}

export function forgetServices(ports: Ports): void {
  forgetCached(ports, KEY);
}
