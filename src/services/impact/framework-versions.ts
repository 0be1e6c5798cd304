import type { FrameworkVersion } from '../../domain/framework';
import type { Ports } from '../context';
import { loadFramework } from '../network/frameworks';

/** Framework versions by the id assessments pinned, and every published or retired version of their frameworks. */
export interface FrameworkVersions {
  readonly pinned: ReadonlyMap<string, FrameworkVersion>;
  readonly versions: FrameworkVersion[];
}

/**
 * The framework versions some assessments pinned, by id, and every published or retired version of the same
 * frameworks, which the lineage rule walks to carry ratings from one version to the next.
 */
export async function frameworksFor(ports: Ports, pinnedIds: Iterable<string>): Promise<FrameworkVersions> {
  const ids = [...new Set(pinnedIds)];
  const pinned = new Map((await Promise.all(ids.map((id) => loadFramework(ports, id)))).map((f) => [f.id, f]));
  const keys = [...new Set([...pinned.values()].map((f) => f.key))];
  const versions = (await Promise.all(keys.map((key) => ports.store.query('framework', { key }))))
    .flat()
    .filter((f) => f.status !== 'draft');
  return { pinned, versions };
}
