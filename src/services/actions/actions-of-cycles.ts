import type { ActionItem, ActionStatus } from '../../domain/action-plan';
import type { Ports } from '../context';

/**
 * The actions of these cycles in these statuses, asked one cycle and one status at a time and all in the same tick:
 * on SharePoint each is a partitioned read (partitions.ts), so the network a read supports is set per cycle however
 * many cycles have run, and the parts go out together in one round trip.
 */
export async function actionsOfCycles(
  ports: Ports,
  cycleIds: readonly string[],
  statuses: readonly ActionStatus[],
): Promise<ActionItem[]> {
  const lists = await Promise.all(
    [...new Set(cycleIds)].flatMap((cycleId) =>
      statuses.map((status) => ports.store.query('action', { cycleId, status })),
    ),
  );
  return lists.flat();
}
