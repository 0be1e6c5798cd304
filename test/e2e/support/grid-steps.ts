import type { Page } from 'playwright-core';
import { sidewaysOverflow, tabTo } from './pages';

/** The layouts a person can choose for the standards, as the page names them. */
export type LayoutLabel = 'Cards, one standard at a time' | 'Grid of this theme' | 'Grid of every theme';

/** The width A4 leaves for the content between the print view's margins (210 mm - 2 x 14 mm), in CSS px. */
export const A4_CONTENT_WIDTH_PX = Math.floor(((210 - 2 * 14) / 25.4) * 96);

/** What the standards grid and the print view do, in the words a person would use. */
export function gridSteps(page: Page) {
  const grid = () => page.getByRole('grid');
  const ratingCell = (code: string) => page.getByTestId(`grid-rating-${code}`);
  return {
    grid,
    ratingCell,
    async chooseLayout(label: LayoutLabel): Promise<void> {
      await page.getByRole('button', { name: label, exact: true }).click();
      if (label !== 'Cards, one standard at a time') await grid().waitFor();
    },
    /**
     * Rates standards with the keyboard alone: Tab from the page's heading into the grid (one stop), the arrow keys
     * to each standard's rating cell, and the rating's letter (M, P, N or A).
     */
    async rateByKeyboard(ratings: readonly { readonly code: string; readonly key: string }[]): Promise<void> {
      await page.getByRole('heading', { level: 1 }).focus();
      await tabTo(page, '[role="grid"] [tabindex="0"]');
      const codes = await grid()
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')?.replace('grid-row-', '') ?? ''));
      const at = async () =>
        page.evaluate(() => {
          const cell = document.activeElement?.closest<HTMLElement>('[data-grid-row]');
          return { row: Number(cell?.dataset['gridRow']), column: Number(cell?.dataset['gridColumn']) };
        });
      const ratingColumn = await ratingCell(codes[0] ?? '').getAttribute('data-grid-column');
      for (const { code, key } of ratings) {
        const target = codes.indexOf(code);
        if (target < 0) throw new Error(`Standard ${code} is not in the grid.`);
        let now = await at();
        while (now.column !== Number(ratingColumn)) {
          await page.keyboard.press(now.column < Number(ratingColumn) ? 'ArrowRight' : 'ArrowLeft');
          now = await at();
        }
        while (now.row !== target) {
          await page.keyboard.press(now.row < target ? 'ArrowDown' : 'ArrowUp');
          now = await at();
        }
        await page.keyboard.press(key);
      }
    },
    /** How many of the grid's cells are in the Tab order (one: the grid is a single Tab stop). */
    async tabStopsInGrid(): Promise<number> {
      return grid().locator('[tabindex="0"]').count();
    },
    async openPrintView(): Promise<void> {
      await page.getByRole('link', { name: 'Print the self-assessment' }).click();
      await page.getByRole('heading', { level: 2, name: 'Scores' }).waitFor();
    },
    /**
     * The print view on A4 as Chromium prints it: how many sheets, and what would stick out past the right margin
     * (empty when it prints cleanly).
     */
    async printOnA4(): Promise<{ sheets: number; overflow: string[] }> {
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
      const sheets = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
      const viewport = page.viewportSize();
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: A4_CONTENT_WIDTH_PX, height: viewport?.height ?? 900 });
      const overflow = await sidewaysOverflow(page);
      await page.emulateMedia({ media: null });
      if (viewport) await page.setViewportSize(viewport);
      return { sheets, overflow };
    },
  };
}
