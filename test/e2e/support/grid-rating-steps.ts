import type { Page } from 'playwright-core';
import { RATING_LABELS } from '../../../src/domain/labels';

/** The demo's lead of the service in its self-assessment (COAST). */
export const SERVICE_LEAD_EMAIL = 'ella.morgan@slam.nhs.example';

/** A rating to give a standard in the grid: the key that gives it and the words the grid then shows. */
export interface GridRating {
  readonly code: string;
  readonly key: 'M' | 'P';
  readonly rating: 'met' | 'partly_met';
  readonly label: string;
}

/**
 * The first `count` standards of the grid this person may rate, each with a rating other than the one it has (Met,
 * or Partly met where it is met already), so that every key press is a change the page must save.
 */
export async function stillToRateInGrid(page: Page, count: number): Promise<GridRating[]> {
  const rows = await page
    .getByRole('grid')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => {
        const code = tr.getAttribute('data-testid')?.replace('grid-row-', '') ?? '';
        const cell = tr.querySelector(`[data-testid="grid-rating-${code}"]`);
        return { code, now: cell?.textContent ?? '', editable: cell?.getAttribute('aria-readonly') === 'false' };
      }),
    );
  const chosen = rows.filter((r) => r.editable).slice(0, count);
  if (chosen.length < count) throw new Error(`Only ${chosen.length} standards of the grid can be rated.`);
  return chosen.map(({ code, now }) =>
    now === RATING_LABELS.met
      ? { code, key: 'P', rating: 'partly_met', label: RATING_LABELS.partly_met }
      : { code, key: 'M', rating: 'met', label: RATING_LABELS.met },
  );
}

/** Waits until the page says each rating is saved in this visit ("Saved 10:42"), as a person would read it. */
export async function ratingsSaved(page: Page, ratings: readonly GridRating[]): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      wanted.every(({ code, label }) => {
        const row = document.querySelector(`[data-testid="grid-row-${code}"]`);
        const status = row?.querySelector('[data-save-status]');
        return (
          row?.querySelector(`[data-testid="grid-rating-${code}"]`)?.textContent === label &&
          status?.getAttribute('data-save-status') === 'saved' &&
          (status.textContent ?? '').startsWith('Saved ')
        );
      }),
    ratings.map(({ code, label }) => ({ code, label })),
  );
}

/** The words each standard's rating cell shows now. */
export async function ratingsInTheGrid(page: Page, ratings: readonly GridRating[]): Promise<string[]> {
  return Promise.all(ratings.map(async (r) => (await page.getByTestId(`grid-rating-${r.code}`).textContent()) ?? ''));
}
