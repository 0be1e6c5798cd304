import { isOverdue, OPEN_ACTION_STATUSES, type ActionItem, type ActionStatus } from '../../domain/action-plan';
import type { Cycle } from '../../domain/cycle';
import type { Ports } from '../context';
import { actionsOfCycles } from './actions-of-cycles';

/** An open action as the reminder engine reads it (the shape of reminders' PlannedAction). */
export interface ActionToRemind {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly assessmentId: string;
  readonly dueDate: string;
  readonly status: ActionStatus;
  readonly overdue: boolean;
}

/**
 * Every open action (proposed, agreed, in progress) for the bot's reminder run: an action stays open after its
 * cycle ends, so every cycle is asked, one status of one cycle at a time (the partitioned read on SharePoint, so the
 * network it supports is set per cycle), all together in one round trip. The planner then reminds each owner of
 * what is due soon or overdue (see reminders/due-work).
 */
export async function openActionsForReminders(
  ports: Ports,
  cycles: readonly Pick<Cycle, 'id'>[],
  today: string,
): Promise<ActionToRemind[]> {
  const open = await actionsOfCycles(
    ports,
    cycles.map((c) => c.id),
    OPEN_ACTION_STATUSES,
  );
  return open
    .map((a: ActionItem) => ({
      id: a.id,
      ownerId: a.ownerId,
      title: a.title,
      assessmentId: a.assessmentId,
      dueDate: a.dueDate,
      status: a.status,
      overdue: isOverdue(a, today),
    }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** Only the overdue ones, e.g. for a "chase overdue actions" card. */
export async function overdueActions(
  ports: Ports,
  cycles: readonly Pick<Cycle, 'id'>[],
  today: string,
): Promise<ActionToRemind[]> {
  return (await openActionsForReminders(ports, cycles, today)).filter((a) => a.overdue);
}
