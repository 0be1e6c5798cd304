import { isOverdue, OPEN_ACTION_STATUSES, type ActionItem, type ActionStatus } from '../../domain/action-plan';
import type { Ports } from '../context';

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
 * Every open action (proposed, agreed, in progress) for the bot's reminder run, read by the indexed status
 * column: the planner then reminds each owner of what is due soon or overdue (see reminders/due-work).
 */
export async function openActionsForReminders(ports: Ports, today: string): Promise<ActionToRemind[]> {
  const lists = await Promise.all(OPEN_ACTION_STATUSES.map((status) => ports.store.query('action', { status })));
  return lists
    .flat()
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
export async function overdueActions(ports: Ports, today: string): Promise<ActionToRemind[]> {
  return (await openActionsForReminders(ports, today)).filter((a) => a.overdue);
}
