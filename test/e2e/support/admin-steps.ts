import type { Page } from 'playwright-core';

/** Imports a CSV with two broken rows; returns the rows of the problems table the page shows. */
export async function importBrokenFramework(page: Page, baseUrl: string): Promise<string[]> {
  await page.goto(`${baseUrl}/admin/frameworks`);
  await page.getByRole('radio', { name: 'CSV (standards only)' }).check();
  await page
    .getByRole('textbox', { name: 'Or paste its content' })
    .fill(
      'theme_code,theme_title,code,title,text,guidance,evidence_examples,level,type\n' +
        '1,Care,1.1,,Everyone is offered a check.,Count them.,,service,essential\n' +
        '1,Care,1.2,Results,Results are acted on.,Look.,,galaxy,essential\n',
    );
  await page.getByRole('textbox', { name: 'Framework key' }).fill('mind-body-local');
  await page.getByRole('textbox', { name: /^Name/ }).fill('Local framework');
  await page.getByRole('spinbutton', { name: 'Version number' }).fill('1');
  await page.getByRole('combobox', { name: /Take recognition levels/ }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Import' }).click();
  const table = page.getByTestId('import-errors');
  await table.waitFor();
  return table.getByRole('row').allInnerTexts();
}

/** Sets up a cycle whose peer review ends before it starts; returns the message shown under that date. */
export async function enterCycleWithBadWindow(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/admin/cycles`);
  await page.getByRole('button', { name: 'Set up a cycle' }).click();
  await page.getByRole('textbox', { name: /^Name/ }).fill('Cycle 2027/28');
  await page.getByRole('combobox', { name: /Framework version/ }).selectOption({ index: 1 });
  const dates: [string, string][] = [
    ['Self-assessment starts', '2027-10-01'],
    ['Self-assessment ends', '2027-12-31'],
    ['Peer review starts', '2028-01-01'],
    ['Peer review ends', '2027-12-01'],
    ['Reporting starts', '2028-03-01'],
    ['Reporting ends', '2028-03-31'],
    ['Action planning starts', '2028-04-01'],
    ['Action planning ends', '2028-10-01'],
  ];
  for (const [label, value] of dates) await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: 'Save' }).click();
  const message = page
    .getByRole('group')
    .filter({ hasText: 'Peer review window' })
    .getByText(/before it starts/);
  await message.waitFor();
  return (await message.textContent()) ?? '';
}

/** The text of every row of the first table on an admin page. */
export async function adminTableRows(page: Page, baseUrl: string, section: string): Promise<string[]> {
  await page.goto(`${baseUrl}/admin/${section}`);
  const table = page.getByRole('table').first();
  await table.waitFor();
  return table.getByRole('row').allInnerTexts();
}

/** Adds a member organisation through its form; returns the notice the page shows once it is saved. */
export async function addOrganisation(page: Page, baseUrl: string, name: string, shortName: string): Promise<string> {
  await page.goto(`${baseUrl}/admin/organisations`);
  await page.getByRole('button', { name: 'Add an organisation' }).click();
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await page.getByRole('textbox', { name: /^Short name/ }).fill(shortName);
  await page.getByRole('button', { name: 'Save' }).click();
  const notice = page.getByText(`${name} is saved.`);
  await notice.waitFor();
  return (await notice.textContent()) ?? '';
}
