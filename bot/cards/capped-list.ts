import { homeLink, type LinkConfig } from '../deep-links';

/**
 * Teams refuses a message over 28 KB, and a long card helps nobody: a card lists the first few items and says how
 * many more there are, with a link to the tab, where the whole list is. The planner orders items by urgency, so
 * the first are the ones that matter most.
 */
export interface MoreInTheTab {
  /** "and 45 more in the tab", or '' when everything is shown. */
  readonly text: string;
  readonly url: string;
}

export interface Capped<T> {
  readonly shown: readonly T[];
  readonly more: MoreInTheTab;
}

/** Items a reminder card lists at most; 50 services with long names and deep links stay well under 28 KB. */
export const MAX_ITEMS_PER_CARD = 5;

export function capped<T>(
  items: readonly T[],
  links: LinkConfig,
  noun: (n: number) => string,
  max = MAX_ITEMS_PER_CARD,
): Capped<T> {
  const hidden = items.length - max;
  return {
    shown: items.slice(0, max),
    more: { text: hidden > 0 ? `and ${hidden} more ${noun(hidden)} in the tab` : '', url: homeLink(links) },
  };
}
