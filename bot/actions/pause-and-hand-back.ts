import { reportNotMine } from '../../src/services/reminders/not-mine';
import { setRemindersOff } from '../../src/services/identity/conversations';
import { snoozeReminders, type SnoozeRequest } from '../../src/services/reminders/snooze';
import { formatDate } from '../cards/format';
import { actionData } from '../cards/action-data';
import { messageCard } from '../cards/message';
import { VERBS } from '../cards/verbs';
import type { AdaptiveCardJson } from '../cards/render';
import type { ActionContext } from './action-context';
import type { StandardRef } from './rate';

export async function snooze(ctx: ActionContext, request: SnoozeRequest): Promise<AdaptiveCardJson> {
  const until = await snoozeReminders(ctx.ports, ctx.principal, request, ctx.window);
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

/** Switches the person's own reminders off (or back on); commands and cards keep working either way. */
export async function switchReminders(ctx: ActionContext, off: boolean): Promise<AdaptiveCardJson> {
  const stored = await setRemindersOff(ctx.ports, ctx.principal.person, off);
  if (!stored) {
    return messageCard({
      title: 'No reminders to switch',
      text: 'I only send reminders in a personal chat, and you have none with me yet. Open a chat with me (add the app for yourself) and type "reminders off" or "reminders on" there.',
      style: 'warning',
    });
  }
  return off
    ? messageCard({
        title: 'Reminders off',
        text: 'I will not send you reminders any more. You can still type "next" or "progress" whenever you like, and "reminders on" to have them again.',
        style: 'good',
        buttons: [{ title: 'Turn reminders back on', data: actionData(VERBS.remindersSwitch, { state: 'on' }) }],
      })
    : messageCard({
        title: 'Reminders on',
        text: `I will remind you of your work again, on working days between ${ctx.window.opens} and ${ctx.window.closes} (UK time). Type "reminders off" to stop them.`,
        style: 'good',
      });
}
