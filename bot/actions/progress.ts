import { myWork } from '../../src/services/assessment/my-work';
import { today } from '../../src/services/context';
import type { DigestContent } from '../../src/services/reminders/content';
import { deadlineMilestone } from '../../src/services/reminders/due-work';
import { ITEMS_PER_ASSESSMENT } from '../../src/services/reminders/planner';
import { DEFAULT_REMINDER_SETTINGS } from '../../src/services/reminders/settings';
import { actionReminderCard } from '../cards/action-reminder';
import { digestCard } from '../cards/digest';
import { messageCard } from '../cards/message';
import type { AdaptiveCardJson } from '../cards/render';
import { reviewReminderCard } from '../cards/review-reminder';
import type { RefreshTarget } from '../cards/verbs';
import type { ActionContext } from './action-context';

function nothingDue(): AdaptiveCardJson {
  return messageCard({
    title: 'Nothing waiting for you',
    text: 'You have no standards to rate, reviews to complete or actions due right now. I will tell you when that changes.',
    style: 'good',
  });
}

/**
 * The viewer's own current state, as a digest, review or action card: what `progress` shows and what a refresh
 * re-renders, so every person looking at a shared card sees their own work, not the sender's.
 */
export async function currentStateCard(
  ctx: ActionContext,
  target: Exclude<RefreshTarget, 'rate'> = 'digest',
): Promise<AdaptiveCardJson> {
  const due = await myWork(ctx.ports, ctx.principal);
  const personName = ctx.principal.person.displayName;
  const period = today(ctx.ports);
  if (target === 'review' && due.reviews.length > 0) {
    return reviewReminderCard({ kind: 'review', personName, period, reviews: due.reviews }, ctx.cards);
  }
  if (target === 'action' && due.actions.length > 0) {
    return actionReminderCard({ kind: 'action', personName, period, actions: due.actions }, ctx.cards);
  }
  if (due.work.length > 0) {
    // The deadline banner is part of what the card says, so a refresh must draw it again (from today's figures).
    const nearest = due.work[0];
    const milestone = nearest
      ? deadlineMilestone(nearest.daysLeft, DEFAULT_REMINDER_SETTINGS.deadlineMilestones)
      : null;
    const content: DigestContent = {
      kind: 'digest',
      personName,
      period,
      deadline: nearest && milestone !== null ? { date: nearest.deadline, daysLeft: nearest.daysLeft } : null,
      work: due.work.map((w) => ({ ...w, toRate: w.toRate.slice(0, ITEMS_PER_ASSESSMENT) })),
    };
    return digestCard(content, ctx.cards);
  }
  if (due.reviews.length > 0)
    return reviewReminderCard({ kind: 'review', personName, period, reviews: due.reviews }, ctx.cards);
  if (due.actions.length > 0)
    return actionReminderCard({ kind: 'action', personName, period, actions: due.actions }, ctx.cards);
  return nothingDue();
}
