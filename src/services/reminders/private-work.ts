import type { Principal } from '../access-policy';
import { today, type Ports } from '../context';
import { conversationOf, markUnreachable } from '../identity/conversations';
import { myWork } from '../assessment/my-work';
import type { Notifier } from './notifier';
import type { ReminderContent } from './content';
import { ITEMS_PER_ASSESSMENT } from './planner';

export type PrivateSendOutcome = 'sent' | 'nothing_due' | 'no_personal_chat' | 'failed';

/**
 * Someone asked for their own work in a team channel ("next", a rating button): it goes to them in their personal
 * chat with the bot, never to the channel, where everyone would read it. Sent at once (they are waiting for it),
 * through the same paced sender as reminders.
 */
export async function sendWorkPrivately(
  ports: Ports,
  notifier: Notifier,
  principal: Principal,
): Promise<PrivateSendOutcome> {
  const conversation = await conversationOf(ports, principal.person);
  if (!conversation || conversation.status !== 'active') return 'no_personal_chat';
  const due = await myWork(ports, principal);
  const personName = principal.person.displayName;
  const period = today(ports);
  const content: ReminderContent | null =
    due.work.length > 0
      ? {
          kind: 'digest',
          personName,
          period,
          deadline: null,
          work: due.work.map((w) => ({ ...w, toRate: w.toRate.slice(0, ITEMS_PER_ASSESSMENT) })),
        }
      : due.reviews.length > 0
        ? { kind: 'review', personName, period, reviews: due.reviews }
        : due.actions.length > 0
          ? { kind: 'action', personName, period, actions: due.actions }
          : null;
  if (!content) return 'nothing_due';
  const result = await notifier.deliver({
    notificationId: `on-request:${principal.person.id}:${ports.clock.now().toISOString()}`,
    conversation,
    content,
  });
  if (result.outcome === 'unreachable') await markUnreachable(ports, conversation.id);
  return result.outcome === 'sent' ? 'sent' : result.outcome === 'unreachable' ? 'no_personal_chat' : 'failed';
}
