import type { Page } from 'playwright-core';
import { seriousViolations, THEMES } from './accessibility';
import { screenshot } from './pages';

/**
 * Steps on Network admin > Review teams and My reviewing, for the browser tests. Each takes the page and finds
 * things by their role and accessible name, as a person using a screen reader would.
 */
export function reviewTeamSteps(page: Page, baseUrl: string) {
  const member = (name: string) =>
    page
      .getByRole('list', { name: /^Members/ })
      .getByRole('listitem')
      .filter({ hasText: name })
      .first();

  return {
    /** Opens the section from the admin page's own navigation, as an admin would. */
    async openReviewTeams(): Promise<void> {
      await page.goto(`${baseUrl}/admin/organisations`);
      await page
        .getByRole('navigation', { name: 'Admin sections' })
        .getByRole('link', { name: 'Review teams' })
        .click();
      await page.getByRole('table', { name: 'Assessments and their review teams' }).waitFor();
    },

    /** The text of each row of the list (header first). */
    async rows(): Promise<string[]> {
      return page.getByRole('table', { name: 'Assessments and their review teams' }).getByRole('row').allInnerTexts();
    },

    /** Shows only assessments in one state (its label, e.g. "Submitted"). */
    async filterByState(label: string): Promise<void> {
      await page.getByRole('combobox', { name: 'State' }).selectOption({ label });
      await page.getByRole('table', { name: 'Assessments and their review teams' }).waitFor();
    },

    /** Opens the editor for a service's assessment from the list (no id typed). */
    async openTeamFor(serviceName: string): Promise<void> {
      await page.getByRole('button', { name: new RegExp(`team for ${serviceName}`) }).click();
      await page.getByRole('heading', { name: new RegExp(`^Review team for ${serviceName}`) }).waitFor();
      await page.getByRole('list', { name: /^Members/ }).waitFor();
      await page.getByRole('heading', { name: 'Trained reviewers to choose from' }).waitFor();
      await page
        .getByRole('button', { name: /to the team$/ })
        .first()
        .waitFor();
    },

    /** Why the pool says a person cannot review this assessment ("" when nothing bars them). */
    async barredText(name: string): Promise<string> {
      const card = page
        .getByRole('list', { name: 'Trained reviewers to choose from' })
        .getByRole('listitem')
        .filter({ hasText: name });
      const barred = card.getByText(/^Cannot review this:/);
      return (await barred.count()) > 0 ? ((await barred.textContent()) ?? '') : '';
    },

    /** Adds a person from the pool in a role (its label, e.g. "Peer reviewer"); waits for the check's answer. */
    async add(name: string, roleLabel: string): Promise<void> {
      await page.getByRole('combobox', { name: `Add ${name} as` }).selectOption({ label: roleLabel });
      await page.getByRole('button', { name: `Add ${name} to the team` }).click();
      await member(name).waitFor();
      await this.checked();
    },

    async remove(name: string): Promise<void> {
      await page.getByRole('button', { name: `Remove ${name} from the team` }).click();
      await member(name).waitFor({ state: 'detached' });
      await this.checked();
    },

    /** Waits until the live check has answered for the team on screen. */
    async checked(): Promise<void> {
      await page
        .getByRole('status')
        .filter({ hasText: /The team keeps every rule|The team breaks|could not be checked/ })
        .waitFor();
    },

    /** The rules the live check says a member breaks, in the words shown next to them. */
    async brokenRulesOf(name: string): Promise<string[]> {
      const list = page.getByRole('list', { name: `Rules broken by ${name}` });
      return (await list.count()) > 0 ? list.getByRole('listitem').allInnerTexts() : [];
    },

    async setVisit(date: string, startTime: string, formatLabel: string): Promise<void> {
      await page.getByLabel('Visit date').fill(date);
      await page.getByLabel(/^Start time/).fill(startTime);
      await page.getByRole('combobox', { name: 'Format' }).selectOption({ label: formatLabel });
      await this.checked();
    },

    /**
     * The editor has no address of its own (it opens from the list), so each theme opens the list and the editor
     * again; returns every serious or critical accessibility violation, and keeps a screenshot of each.
     */
    async checkEditorInEveryTheme(serviceName: string, name: string): Promise<string[]> {
      const problems: string[] = [];
      for (const theme of [...THEMES.filter((t) => t !== 'light'), 'light' as const]) {
        await page.goto(`${baseUrl}/admin/review-teams?theme=${theme}`);
        await page.getByRole('table', { name: 'Assessments and their review teams' }).waitFor();
        await this.openTeamFor(serviceName);
        await this.checked();
        await screenshot(page, `${name}-${theme}`);
        problems.push(...(await seriousViolations(page)).map((p) => `[${name}, ${theme}] ${p}`));
      }
      return problems;
    },

    /** Saves; returns the notice the list shows afterwards, or the refusal shown in the editor. */
    async save(): Promise<string> {
      await page.getByRole('button', { name: 'Save the team' }).click();
      const saved = page.getByText(/^The review team for .* is saved\.$/);
      const refused = page.getByRole('alert').filter({ hasText: /not saved/ });
      await saved.or(refused).first().waitFor();
      return (await saved.count()) > 0 ? ((await saved.textContent()) ?? '') : ((await refused.textContent()) ?? '');
    },
  };
}
