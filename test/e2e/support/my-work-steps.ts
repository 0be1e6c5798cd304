import type { Page } from 'playwright-core';

/**
 * Days from today to each item's deadline on My work, in the order the page lists them, read from the words a
 * person sees ("due in 12 days", "was due yesterday"); `null` for an item with no deadline yet.
 */
export async function deadlinesInOrder(page: Page): Promise<(number | null)[]> {
  const items = await page.getByTestId('my-work').getByRole('listitem').allInnerTexts();
  return items.map((text) => daysUntilDue(text));
}

function daysUntilDue(text: string): number | null {
  if (/No deadline yet/.test(text)) return null;
  if (/\(due today\)/.test(text)) return 0;
  if (/\(due tomorrow\)/.test(text)) return 1;
  if (/\(was due yesterday\)/.test(text)) return -1;
  const ahead = /\(due in (\d+) days\)/.exec(text);
  if (ahead?.[1]) return Number(ahead[1]);
  const past = /\(was due (\d+) days ago\)/.exec(text);
  if (past?.[1]) return -Number(past[1]);
  throw new Error(`A My work item says neither when it is due nor that it has no deadline: ${text}`);
}
