import type { FrameworkVersion } from '../../domain/framework';
import { DomainError } from '../../domain/errors';
import { STARTER_FRAMEWORK } from '../../domain/starter-framework';
import { authorize, type Principal } from '../access-policy';
import type { Ports } from '../context';
import { permission, type Permission } from '../permission';
import { importFramework } from './frameworks';

/**
 * A trust starting a network from nothing: while the network has no framework at all, the network admin is
 * offered the app's starter framework (illustrative, to be replaced by the network's own) or to import its own.
 */
export interface StarterFrameworkOffer {
  readonly name: string;
  readonly themeCount: number;
  readonly standardCount: number;
  readonly illustrative: boolean;
  /** Whether this person may start from it now, and why not. */
  readonly start: Permission;
}

const ALREADY_HAS_ONE =
  'The network already has a framework, so it does not start from the starter one: import a new version of its ' +
  'own framework instead.';

export async function starterFrameworkOffer(ports: Ports, principal: Principal): Promise<StarterFrameworkOffer> {
  authorize(principal, 'framework.read');
  const existing = await ports.store.query('framework', {});
  return {
    name: STARTER_FRAMEWORK.name,
    themeCount: STARTER_FRAMEWORK.themes.length,
    standardCount: STARTER_FRAMEWORK.standards.length,
    illustrative: STARTER_FRAMEWORK.illustrative,
    start: permission(principal, 'framework.manage', {}, existing.length > 0 ? ALREADY_HAS_ONE : null),
  };
}

/**
 * Imports the starter framework as a draft, to read through and publish like any imported version. Two admins
 * clicking at once leave one draft (its id comes from its key and version) and the other is answered 409.
 */
export async function startFromStarterFramework(ports: Ports, principal: Principal): Promise<FrameworkVersion> {
  authorize(principal, 'framework.manage');
  const existing = await ports.store.query('framework', {});
  if (existing.length > 0) throw new DomainError('network_has_framework', ALREADY_HAS_ONE);
  return importFramework(ports, principal, { format: 'json', content: JSON.stringify(STARTER_FRAMEWORK) });
}
