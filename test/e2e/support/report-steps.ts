import type { Locator, Page } from 'playwright-core';

/**
 * Opens a pick list and returns its own list of options: the report's charts have legends with the same roles
 * (listbox, option), so options are found through the list the pick list controls.
 */
async function openPickList(combobox: Locator): Promise<Locator> {
  await combobox.click();
  const list = await combobox.getAttribute('aria-controls');
  if (!list) throw new Error('The pick list did not open');
  return combobox.page().locator(`[id="${list}"]`);
}

/**
 * Steps on the report page (`/assessments/<id>/report`): the lead reviewer sends the report for the service's
 * factual-accuracy check, the service comments on passages, the lead accepts one and rejects another, regenerates,
 * finalises, and publishes after confirming the public summary. Each step waits for what the page then shows.
 */
export function reportSteps(page: Page) {
  const currentState = (label: string) => page.locator('li[aria-current="step"]', { hasText: label });
  const move = async (button: string, state: string) => {
    await page.getByRole('button', { name: button, exact: true }).click();
    await currentState(state).waitFor();
  };
  return {
    async open(baseUrl: string, assessmentId: string): Promise<void> {
      await page.goto(`${baseUrl}/assessments/${assessmentId}/report`);
      await page.getByRole('heading', { level: 1, name: /^Peer review report: / }).waitFor();
    },

    async sendForCheck(): Promise<void> {
      await move('Send to the service for the factual-accuracy check', 'Factual-accuracy check');
    },

    /** The service's leads comment on the passage at `passageIndex` (0 first) of a section. */
    async comment(section: string, passageIndex: number, whatIsWrong: string, shouldSay: string): Promise<string> {
      const sections = await openPickList(page.getByRole('combobox', { name: 'Section' }));
      await sections.getByRole('option', { name: section, exact: true }).click();
      const passages = await openPickList(page.getByRole('combobox', { name: /Passage/ }));
      const option = passages.getByRole('option').nth(passageIndex);
      const passage = (await option.textContent()) ?? '';
      await option.click();
      await page.getByRole('textbox', { name: /What is wrong/ }).fill(whatIsWrong);
      await page.getByRole('textbox', { name: /What it should say/ }).fill(shouldSay);
      const before = await page.getByText('Waiting for the lead reviewer').count();
      await page.getByRole('button', { name: 'Send the comment' }).click();
      await page.getByText('Waiting for the lead reviewer').nth(before).waitFor();
      return passage;
    },

    /** The lead reviewer decides the first comment still open, with a reason. */
    async decideFirstOpen(decision: 'accept' | 'reject', reason: string): Promise<void> {
      await page.getByRole('textbox', { name: 'Reason for the decision' }).first().fill(reason);
      await page
        .getByRole('button', { name: decision === 'accept' ? 'Accept the correction' : 'Reject the comment' })
        .first()
        .click();
      await page.getByText(`Reason: ${reason}`, { exact: false }).waitFor();
    },

    async regenerate(): Promise<void> {
      await page.getByRole('button', { name: 'Regenerate the report with the accepted corrections' }).click();
    },

    async finalise(): Promise<void> {
      await move('Finalise the report', 'Final');
    },

    /** What the public will see, as the page shows it before publishing. */
    async publicSummaryText(): Promise<string> {
      const section = page.getByRole('region', { name: 'What the public will see' });
      return (await section.textContent()) ?? '';
    },

    async confirmAndPublish(): Promise<void> {
      await page.getByRole('checkbox', { name: /I have read the public summary/ }).check();
      await move('Publish', 'Published');
    },

    /** True when the page fits the viewport's width (no sideways scrolling). */
    async fitsWidth(): Promise<boolean> {
      return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    },
  };
}
