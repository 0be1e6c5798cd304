import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/**
 * Steps for experts by experience without a trust account: the network admin invites one, they sign in (local
 * sign-in stands in for accepting Microsoft's invitation), record their time and expenses, and the network team
 * downloads the claims for finance.
 */

/** Signs in from the "sign in as" picker as `name`, switching person first when someone is signed in already. */
export async function signInAsPerson(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  const switcher = page.getByRole('button', { name: 'Switch person' });
  const picker = page.getByRole('button', { name: new RegExp(name) });
  await Promise.race([switcher.waitFor(), picker.first().waitFor()]);
  if (await switcher.isVisible()) await switcher.click();
  await picker.first().click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** From People admin: invites a guest; returns the text of their row once the list shows them. */
export async function inviteExpertByExperience(
  page: Page,
  baseUrl: string,
  guest: { readonly name: string; readonly email: string },
): Promise<string> {
  await page.goto(`${baseUrl}/admin/people`);
  await page.getByRole('button', { name: 'Invite an expert by experience' }).click();
  const form = page.getByRole('form', { name: 'Invite an expert by experience' });
  await form.getByRole('textbox', { name: /Name/ }).fill(guest.name);
  await form.getByRole('textbox', { name: /E-mail/ }).fill(guest.email);
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await page.getByText(`Invitation sent to ${guest.name} at ${guest.email}`, { exact: false }).waitFor();
  const row = page.getByRole('row').filter({ hasText: guest.email });
  await row.waitFor();
  return row.innerText();
}

/** The expert records a day of training: hours and one travel expense; returns the text of the new claim's card. */
export async function recordTimeAndExpenses(
  page: Page,
  baseUrl: string,
  claim: { readonly hours: string; readonly travelPounds: string; readonly note: string },
): Promise<string> {
  await page.goto(`${baseUrl}/time-and-expenses`);
  const form = page.getByRole('form', { name: 'Record your time and expenses' });
  await form.getByRole('radio', { name: 'Training' }).check();
  await form.getByRole('spinbutton', { name: /Hours/ }).fill(claim.hours);
  await form.getByRole('button', { name: 'Add an expense' }).click();
  await form.getByRole('textbox', { name: 'Expense 1: amount (£)' }).fill(claim.travelPounds);
  await form.getByRole('textbox', { name: /Expense 1: note/ }).fill(claim.note);
  await form.getByRole('button', { name: 'Send claim' }).click();
  const card = page.getByTestId('claims').getByRole('listitem').first();
  await card.getByText('Sent, waiting for approval').waitFor();
  return card.innerText();
}

/** The network admin downloads every claim for finance; returns the file's name and text. */
export async function exportClaimsForFinance(page: Page, baseUrl: string): Promise<{ name: string; text: string }> {
  await page.goto(`${baseUrl}/time-and-expenses`);
  await page.getByTestId('claims').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download for finance (CSV)' }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}

/** Whether the page fits `width` CSS pixels without scrolling sideways (WCAG reflow at 320 px). */
export async function fitsWidth(page: Page, width: number): Promise<boolean> {
  await page.setViewportSize({ width, height: 800 });
  return page.evaluate((w) => document.documentElement.scrollWidth <= w, width);
}
