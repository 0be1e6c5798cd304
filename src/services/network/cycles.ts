import type { Cycle } from '../../domain/cycle';
import { validateCycleWindows } from '../../domain/cycle-phase';
import { DomainError } from '../../domain/errors';
import { authorize, type Principal } from '../access-policy';
import { putOne, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { forgetCycle } from '../assessment/assessment-context';

export async function listCycles(ports: Ports, principal: Principal): Promise<Cycle[]> {
  authorize(principal, 'cycle.read');
  return newestFirst(await ports.store.query('cycle', {}));
}

/** Cycles newest first (by the start of self-assessment), in a new list: the one given may be a cached one. */
export function newestFirst(cycles: readonly Cycle[]): Cycle[] {
  return [...cycles].sort((a, b) => b.windows.self_assessment.start.localeCompare(a.windows.self_assessment.start));
}

export async function getCycle(ports: Ports, principal: Principal, id: string): Promise<Cycle> {
  authorize(principal, 'cycle.read');
  const cycle = await ports.store.get('cycle', id);
  if (!cycle) throw new NotFoundError('cycle', id);
  return cycle;
}

export async function saveCycle(
  ports: Ports,
  principal: Principal,
  input: Pick<Cycle, 'name' | 'frameworkVersionId' | 'windows'> & { id?: string; version: number },
): Promise<Cycle> {
  authorize(principal, 'cycle.manage');
  validateCycleWindows(input.windows);
  const framework = await ports.store.get('framework', input.frameworkVersionId);
  if (!framework) throw new NotFoundError('framework version', input.frameworkVersionId);
  if (framework.status !== 'published') {
    throw new DomainError(
      'framework_not_published',
      `${framework.name} is ${framework.status}; a cycle can only use a published framework version.`,
      'frameworkVersionId',
    );
  }
  const existing = input.id ? await ports.store.get('cycle', input.id) : undefined;
  const cycle: Cycle = {
    id: input.id ?? ports.ids.newId(),
    version: input.version,
    name: input.name,
    frameworkVersionId: input.frameworkVersionId,
    windows: input.windows,
    createdAt: existing?.createdAt ?? ports.clock.now().toISOString(),
  };
  const saved = await putOne(ports, principal, 'cycle', cycle, input.version);
  forgetCycle(ports, cycle.id);
  return saved;
}
