import type { LinkConfig } from '../deep-links';
import { actionData, type ActionData } from './action-data';
import { VERBS, type RefreshTarget } from './verbs';

/** What every card builder needs besides its content: where the tab is, and who the card refreshes for. */
export interface CardContext {
  readonly links: LinkConfig;
  /** Teams user ids (MRIs) whose client refreshes the card automatically; empty for manual refresh. */
  readonly userIds: readonly string[];
}

export interface CommonCardData {
  readonly fallbackText: string;
  readonly snoozeTomorrow: ActionData;
  readonly snoozeNextWeek: ActionData;
  readonly refresh: ActionData;
  readonly userIds: readonly string[];
}

export function commonData(
  ctx: CardContext,
  fallbackText: string,
  target: RefreshTarget,
  ids: { assessmentId?: string; standardCode?: string } = {},
): CommonCardData {
  return {
    fallbackText,
    snoozeTomorrow: actionData(VERBS.snooze, { until: 'tomorrow' }),
    snoozeNextWeek: actionData(VERBS.snooze, { until: 'next_week' }),
    refresh: actionData(VERBS.refresh, { target, ...ids }),
    userIds: [...ctx.userIds],
  };
}

export function firstName(displayName: string): string {
  const parts = displayName.replace(/^(Dr|Prof|Mr|Mrs|Ms|Miss)\.?\s+/i, '').split(/\s+/);
  return parts[0] ?? displayName;
}
