import type { Page } from 'playwright-core';

/** What a reviewer does in their workspace, in the words they would use. */
export function reviewWorkspaceSteps(page: Page) {
  const standard = (code: string) => page.getByTestId(`review-standard-${code}`);
  return {
    standard,
    async signInFromPicker(baseUrl: string, name: string): Promise<void> {
      await page.goto(`${baseUrl}/`);
      await page.getByRole('button', { name: new RegExp(name) }).click();
      await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    },
    async openFromMyWork(subject: string): Promise<void> {
      await page.getByRole('link', { name: new RegExp(`Peer review: ${subject}`) }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(`^Peer review: ${subject}`) }).waitFor();
    },
    async openTheme(code: string): Promise<void> {
      await page
        .getByRole('navigation', { name: 'Themes' })
        .getByRole('link', { name: new RegExp(`^${code}\\. `) })
        .click();
      await standard(`${code}.1`).waitFor();
    },
    async rate(code: string, rating: string, comment: string): Promise<void> {
      await standard(code).getByRole('radio', { name: rating, exact: true }).check();
      await standard(code)
        .getByRole('textbox', { name: `Your comment on standard ${code}` })
        .fill(comment);
    },
    async allSaved(): Promise<void> {
      await page.waitForFunction(
        () => document.querySelector('[data-testid="save-summary"]')?.textContent === 'All changes saved.',
        undefined,
        { timeout: 15_000 },
      );
    },
    async recordFinding(code: string, kind: string, text: string): Promise<void> {
      await standard(code).getByRole('button', { name: 'Record a finding' }).click();
      await standard(code)
        .getByRole('radio', { name: new RegExp(`^${kind}:`) })
        .check();
      await standard(code).getByRole('textbox', { name: 'What you found' }).fill(text);
      await standard(code).getByRole('button', { name: 'Add finding' }).click();
      await standard(code).getByText(text).waitFor();
    },
    async attachFile(fileName: string, mimeType: string, content: Buffer): Promise<void> {
      await page.getByTestId('evidence-file-input').setInputFiles({ name: fileName, mimeType, buffer: content });
      await page
        .getByRole('list', { name: "The review team's files" })
        .getByRole('button', { name: `Download ${fileName}` })
        .waitFor();
    },
  };
}
