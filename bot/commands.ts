import { helpCard, snoozePromptCard } from './cards/message';
import type { AdaptiveCardJson } from './cards/render';
import type { ActionContext } from './actions/action-context';
import { snooze, switchReminders } from './actions/pause-and-hand-back';
import { MAX_SNOOZE_DAYS } from '../src/services/reminders/snooze';
import { channelHelpCard, channelProgressCard, sendPrivately } from './actions/channel';
import { currentStateCard } from './actions/progress';
import { openStandard } from './actions/rate';
import { chooseChannels, NOTIFY_COMMAND, showChannels } from './actions/notification-channels';

/** Strips Teams mentions (`<at>Bot</at>` in channels) and spare spaces, and lower-cases. */
export function normaliseCommand(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/&nbsp;/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const REMINDER_SWITCHES: readonly string[] = [
  'reminders off',
  'stop reminders',
  'stop',
  'reminders on',
  'start reminders',
];

/** "snooze 7 days", "snooze 1 day", "snooze 3" (the manifest's own example is "snooze 7 days"). */
const SNOOZE_DAYS = /^snooze (?:for )?(\d{1,3})(?: ?(?:days?|d))?$/;

/**
 * `help`, `progress`, `next`, `snooze [tomorrow|next week|N days]`, `reminders off|on` and `notify chat|bell|both`;
 * anything else gets help.
 */
export async function runCommand(ctx: ActionContext, text: string | undefined): Promise<AdaptiveCardJson> {
  const command = normaliseCommand(text);
  // Snoozing and switching reminders off are the person's own settings, not their work: they work anywhere.
  const aboutReminders =
    command.startsWith('snooze') || command.startsWith('notify') || REMINDER_SWITCHES.includes(command);
  if (ctx.channel && !aboutReminders) return runChannelCommand(ctx, ctx.channel.serviceId, command);
  const channels = NOTIFY_COMMAND.exec(command)?.[1];
  if (channels === 'chat' || channels === 'bell' || channels === 'both') return chooseChannels(ctx, channels);
  const days = SNOOZE_DAYS.exec(command);
  if (days) {
    const n = Number(days[1]);
    if (n >= 1 && n <= MAX_SNOOZE_DAYS) return snooze(ctx, { days: n });
    return helpCard(
      `I can snooze reminders for 1 to ${MAX_SNOOZE_DAYS} days. For longer, type "reminders off" (and "reminders on" to have them again).`,
    );
  }
  switch (command) {
    case 'help':
    case '?':
      return helpCard();
    case 'progress':
      return currentStateCard(ctx);
    case 'next':
      return openStandard(ctx, {});
    case 'snooze':
      return snoozePromptCard(ctx.window);
    case 'notify':
      return showChannels(ctx);
    case 'snooze tomorrow':
      return snooze(ctx, 'tomorrow');
    case 'snooze next week':
    case 'snooze week':
      return snooze(ctx, 'next_week');
    case 'reminders off':
    case 'stop reminders':
    case 'stop':
      return switchReminders(ctx, true);
    case 'reminders on':
    case 'start reminders':
      return switchReminders(ctx, false);
    default: {
      const said = command.length > 40 ? `${command.slice(0, 40)}...` : command;
      return helpCard(
        command === ''
          ? 'I bring your Mind & Body self-assessment work to you in Teams. Type one of these:'
          : `I did not understand "${said}". Type one of these:`,
      );
    }
  }
}

/** In a channel: `progress` is the followed service's; anything personal goes to the person's own chat. */
async function runChannelCommand(
  ctx: ActionContext,
  serviceId: string | null,
  command: string,
): Promise<AdaptiveCardJson> {
  switch (command) {
    case 'progress':
      return channelProgressCard(ctx, serviceId);
    case 'next':
      return sendPrivately(ctx);
    case '':
    case 'help':
    case '?':
      return channelHelpCard();
    default:
      return channelHelpCard(
        `I did not understand "${command.length > 40 ? `${command.slice(0, 40)}...` : command}" here.`,
      );
  }
}
