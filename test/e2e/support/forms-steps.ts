import type { Page } from 'playwright-core';

/** What a confirmation asked, and whether it held the focus when it appeared. */
export interface AskedConfirmation {
  readonly question: string;
  readonly consequences: string[];
  readonly focused: boolean;
}

async function readConfirmation(page: Page): Promise<AskedConfirmation> {
  const confirm = page.getByTestId('confirm-action');
  await confirm.waitFor();
  const question = (await confirm.locator('[id]').first().textContent()) ?? '';
  const consequences = await confirm.getByRole('listitem').allInnerTexts();
  const focused = await confirm.evaluate((element) => element === document.activeElement);
  return { question, consequences, focused };
}

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * As a network admin: edits the demo's current cycle (in its self-assessment window) to end self-assessment
 * tomorrow, presses Save, reads the confirmation the page asks, then goes back without saving.
 */
export async function askToShortenLiveWindow(
  page: Page,
  baseUrl: string,
  cycleName = 'Cycle 2026/27',
): Promise<AskedConfirmation> {
  await page.goto(`${baseUrl}/admin/cycles`);
  await page.getByRole('button', { name: `Edit ${cycleName}` }).click();
  await page.getByLabel('Self-assessment ends').fill(isoDay(1));
  await page.getByRole('button', { name: 'Save' }).click();
  const asked = await readConfirmation(page);
  await page.getByTestId('confirm-action').getByRole('button', { name: 'Go back' }).click();
  return asked;
}

/** As a network admin: asks to publish a draft framework version and reads the confirmation, without publishing. */
export async function askToPublishFramework(
  page: Page,
  baseUrl: string,
  publishLabel: string,
): Promise<AskedConfirmation> {
  await page.goto(`${baseUrl}/admin/frameworks`);
  await page.getByRole('button', { name: publishLabel }).click();
  const asked = await readConfirmation(page);
  await page.getByTestId('confirm-action').getByRole('button', { name: 'Go back' }).click();
  return asked;
}

/** The test id (or tag name) of the element holding the focus: where a keyboard user now is. */
export async function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    return active.getAttribute('data-testid') ?? active.tagName.toLowerCase();
  });
}

/** Presses Save on an empty new organisation form; returns the summary shown and where the focus went. */
export async function saveEmptyOrganisation(page: Page, baseUrl: string): Promise<{ summary: string; focus: string }> {
  await page.goto(`${baseUrl}/admin/organisations`);
  await page.getByRole('button', { name: 'Add an organisation' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  const outcome = page.getByTestId('form-outcome');
  await outcome.getByText(/need correcting|needs correcting/).waitFor();
  return { summary: (await outcome.textContent()) ?? '', focus: await focusedElement(page) };
}

/** As the service lead: presses Submit on an incomplete self-assessment; returns the message and the focus. */
export async function submitTooEarly(
  page: Page,
  baseUrl: string,
  assessmentId: string,
): Promise<{ message: string; focus: string }> {
  await page.goto(`${baseUrl}/assessments/${assessmentId}?view=submit`);
  await page.getByRole('button', { name: 'Submit the self-assessment' }).click();
  const notYet = page.getByTestId('submit-not-yet');
  await notYet.getByText('You cannot submit yet').waitFor();
  return { message: (await notYet.textContent()) ?? '', focus: await focusedElement(page) };
}
