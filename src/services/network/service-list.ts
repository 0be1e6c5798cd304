import type { Service } from '../../domain/network';
import type { Ports } from '../context';
import { cachedRead, forgetCached } from '../read-cache';

const KEY = 'services';
const SERVICES_CACHE_MS = 30_000;

/**
 * Every service of the network, cached briefly per instance like the organisations: a network role's lists name
 * hundreds of services, and one read of the list every half minute costs less than looking each name up. Services
 * change rarely; a change on this instance clears it at once.
 */
export async function allServices(ports: Ports): Promise<readonly Service[]> {
  return cachedRead(ports, KEY, SERVICES_CACHE_MS, () => ports.store.query('service', {}));
}

export function forgetServices(ports: Ports): void {
  forgetCached(ports, KEY);
}
