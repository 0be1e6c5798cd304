import { helpCard, snoozePromptCard } from './cards/message';
import type { AdaptiveCardJson } from './cards/render';
import type { ActionContext } from './actions/action-context';
import { snooze } from './actions/pause-and-hand-back';
import { currentStateCard } from './actions/progress';
import { openStandard } from './actions/rate';

/** Strips Teams mentions (`<at>Bot</at>` in channels) and spare spaces, and lower-cases. */
export function normaliseCommand(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/&nbsp;/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** `help`, `progress`, `next` and `snooze [tomorrow|next week]`; anything else gets help. */
export async function runCommand(ctx: ActionContext, text: string | undefined): Promise<AdaptiveCardJson> {
  const command = normaliseCommand(text);
  switch (command) {
    case 'help':
    case '?':
      return helpCard();
    case 'progress':
      return currentStateCard(ctx);
    case 'next':
      return openStandard(ctx, {});
    case 'snooze':
      return snoozePromptCard();
    case 'snooze tomorrow':
      return snooze(ctx, 'tomorrow');
    case 'snooze next week':
    case 'snooze week':
      return snooze(ctx, 'next_week');
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
