import { reportNotMine } from '../../src/services/reminders/not-mine';
import { snoozeReminders, type SnoozeChoice } from '../../src/services/reminders/snooze';
import { formatDate } from '../cards/format';
import { messageCard } from '../cards/message';
import type { AdaptiveCardJson } from '../cards/render';
import type { ActionContext } from './action-context';
import type { StandardRef } from './rate';

export async function snooze(ctx: ActionContext, choice: SnoozeChoice): Promise<AdaptiveCardJson> {
  const until = await snoozeReminders(ctx.ports, ctx.principal, choice);
  return messageCard({
    title: 'Reminders paused',
    text: `No reminders until ${formatDate(until)}. Type "next" whenever you want to carry on.`,
    style: 'good',
  });
}

export async function notMine(ctx: ActionContext, ref: StandardRef): Promise<AdaptiveCardJson> {
  const result = await reportNotMine(ctx.ports, ctx.notifier, ctx.principal, ref.assessmentId, ref.standardCode);
  if (result.alreadyReported && result.leads.length === 0) {
    return messageCard({
      title: 'Already passed on',
      text: `You already told your lead that ${ref.standardCode} is not yours.`,
    });
  }
  const reached = result.leads.filter((l) => l.reached).map((l) => l.name);
  const missed = result.leads.filter((l) => !l.reached).map((l) => l.name);
  const parts = [
    reached.length > 0 ? `I told ${reached.join(' and ')} in Teams; they can assign it to someone else.` : '',
    missed.length > 0 ? `I could not reach ${missed.join(' and ')} in Teams: please let them know.` : '',
    result.leads.length === 0 ? 'Your service has no lead to tell: please let your organisational lead know.' : '',
  ];
  return messageCard({
    title: `Standard ${ref.standardCode} handed back`,
    text: `${parts.filter((p) => p !== '').join(' ')} It stays assigned to you until they change it.`,
    style: reached.length > 0 ? 'good' : 'warning',
  });
}
