import type { Page } from 'playwright-core';
import { callApi, signInAs } from './api';

/** The demo network's review under way: GSTT rheumatology, with a lead reviewer, a peer reviewer and an expert. */
export const REVIEWED_ASSESSMENT = 'a-cur-svc-gstt-rheum';
export const REVIEW_PEOPLE = {
  admin: { name: 'Amara Okafor', email: 'amara.okafor@kch.nhs.example' },
  lead: { name: 'Dr Catherine Lowe', email: 'catherine.lowe@kch.nhs.example' },
  peer: { name: 'Kwame Asante', email: 'kwame.asante@slam.nhs.example' },
  expert: { name: 'Maria Santos', email: 'maria.santos@slam.nhs.example' },
} as const;

interface CycleWindows {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly frameworkVersionId: string;
}

const day = (offset: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset))
    .toISOString()
    .slice(0, 10);
};

/**
 * Puts the demo's current cycle in its peer review window today (the network admin moves the windows, as they
 * may), and the lead reviewer starts the review of the submitted rheumatology self-assessment.
 */
export async function startTheDemoReviewToday(baseUrl: string): Promise<void> {
  const admin = await signInAs(baseUrl, REVIEW_PEOPLE.admin.email);
  const cycle = await callApi<CycleWindows>(baseUrl, admin, 'GET', '/cycles/cycle-current');
  await callApi(baseUrl, admin, 'PUT', '/cycles/cycle-current', {
    name: cycle.name,
    frameworkVersionId: cycle.frameworkVersionId,
    windows: {
      self_assessment: { start: day(-60), end: day(-10) },
      // Long enough to hold the team's visit, which the demo sets two weeks into the window it was seeded with.
      peer_review: { start: day(-9), end: day(90) },
      reporting: { start: day(91), end: day(120) },
      action_planning: { start: day(121), end: day(250) },
    },
    version: cycle.version,
  });
  const lead = await signInAs(baseUrl, REVIEW_PEOPLE.lead.email);
  const { assessment } = await callApi<{ assessment: { version: number } }>(
    baseUrl,
    lead,
    'GET',
    `/assessments/${REVIEWED_ASSESSMENT}`,
  );
  await callApi(baseUrl, lead, 'POST', `/assessments/${REVIEWED_ASSESSMENT}/review/start`, {
    version: assessment.version,
  });
}

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
