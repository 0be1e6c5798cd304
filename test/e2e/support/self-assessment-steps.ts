import type { Page } from 'playwright-core';

/** What the journey does on the self-assessment page, in the words a person would use. */
export function selfAssessmentSteps(page: Page) {
  const standard = (code: string) => page.getByTestId(`standard-${code}`);
  return {
    standard,
    async openTheme(code: string): Promise<void> {
      await page
        .getByRole('navigation', { name: 'Themes' })
        .getByRole('link', { name: new RegExp(`^${code}\\. `) })
        .click();
      await page.getByRole('heading', { level: 2, name: new RegExp(`^Theme ${code}:`) }).waitFor();
    },
    async rate(code: string, rating: string, narrative: string): Promise<void> {
      await standard(code).getByRole('radio', { name: rating, exact: true }).check();
      await standard(code)
        .getByRole('textbox', { name: /What you do today/ })
        .fill(narrative);
    },
    async allSaved(): Promise<void> {
      await page.waitForFunction(
        () => document.querySelector('[data-testid="save-summary"]')?.textContent === 'All changes saved.',
        undefined,
        { timeout: 15_000 },
      );
    },
  };
}
