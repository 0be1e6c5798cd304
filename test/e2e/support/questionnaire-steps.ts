import type { Page } from 'playwright-core';
import { exportQuestionnaireJson } from '../../../src/domain/questionnaires/questionnaire-json';
import { STARTER_QUESTIONNAIRES } from '../../../src/domain/questionnaires/starter-questionnaires';
import { AUDIENCE_LABELS } from '../../../src/domain/labels';
import type { Audience } from '../../../src/domain/questionnaires/questionnaire';
import { callApi, signInAs } from './api';

/** COAST's assessment in the demo's current cycle, and the people who run its questionnaires. */
export const QUESTIONNAIRE_ASSESSMENT = 'a-cur-svc-slam-coast';
export const QUESTIONNAIRE_PEOPLE = {
  networkAdmin: { name: 'Amara Okafor', email: 'amara.okafor@kch.nhs.example' },
  serviceLead: { name: 'Ella Morgan', email: 'ella.morgan@slam.nhs.example' },
} as const;
/** The demo's framework version, whose standards the starter questionnaires inform. */
const FRAMEWORK_ID = 'fw-mind-body-v1';

/** The starter questionnaire for `audience`, as the network admin imports it. */
export function starterQuestionnaire(audience: 'staff' | 'patients' | 'carers') {
  const found = STARTER_QUESTIONNAIRES.find((q) => q.audience === audience);
  if (!found) throw new Error(`No starter questionnaire for ${audience}`);
  return found;
}

/** The network admin imports a starter questionnaire through the API; returns its id. */
export async function importStarterQuestionnaire(
  baseUrl: string,
  audience: 'staff' | 'patients' | 'carers',
): Promise<string> {
  const token = await signInAs(baseUrl, QUESTIONNAIRE_PEOPLE.networkAdmin.email);
  const imported = await callApi<{ id: string }>(baseUrl, token, 'POST', '/questionnaires/import', {
    format: 'json',
    content: exportQuestionnaireJson(starterQuestionnaire(audience)),
    frameworkId: FRAMEWORK_ID,
  });
  return imported.id;
}

/**
 * Answers typed in on paper by the service lead through the API (as many as `count`), so results can pass the
 * minimum without a browser per answer. `choices` are option codes by item code.
 */
export async function enterPaperAnswersThroughApi(
  baseUrl: string,
  runId: string,
  choices: Record<string, string>,
  count: number,
  assessmentId = QUESTIONNAIRE_ASSESSMENT,
): Promise<void> {
  const token = await signInAs(baseUrl, QUESTIONNAIRE_PEOPLE.serviceLead.email);
  for (let i = 0; i < count; i += 1) {
    await callApi(
      baseUrl,
      token,
      'POST',
      `/assessments/${assessmentId}/questionnaire-runs/${encodeURIComponent(runId)}/paper-answers`,
      {
        choices,
      },
    );
  }
}

/**
 * Steps on the Questionnaires page of an assessment (`/assessments/<id>/questionnaires`) and beside the standards:
 * the lead opens a run and reads its one-time link, follows the count, reads the results, and sees what people said
 * on a standard of the self-assessment. Each step waits for what the page then says.
 */
export function questionnaireSteps(page: Page, baseUrl: string, assessmentId = QUESTIONNAIRE_ASSESSMENT) {
  const runCard = (title: string) => page.getByTestId('questionnaire-run').filter({ hasText: title });
  return {
    runCard,
    /** From the self-assessment's link, as a lead finds it. */
    async openFromSelfAssessment(): Promise<void> {
      await page.goto(`${baseUrl}/assessments/${assessmentId}`);
      await page.getByRole('link', { name: /Questionnaires: what staff, patients and carers say/ }).click();
      await page.getByRole('heading', { level: 1, name: /^Questionnaires: / }).waitFor();
    },

    async open(): Promise<void> {
      await page.goto(`${baseUrl}/assessments/${assessmentId}/questionnaires`);
      await page.getByRole('heading', { level: 1, name: /^Questionnaires: / }).waitFor();
      await page.getByRole('region', { name: 'Running in this cycle' }).waitFor();
    },

    /**
     * Opens the questionnaire (as imported: its title and audience) until `closingDate` (YYYY-MM-DD); returns the public short link the
     * page shows once, and the addresses of its QR codes.
     */
    async openRun(
      questionnaire: { readonly title: string; readonly audience: Audience },
      closingDate: string,
      minimumAnswers?: number,
    ): Promise<{ publicLink: string; qrPng: string; qrSvg: string }> {
      const { title } = questionnaire;
      await page.getByRole('button', { name: 'Open a questionnaire', exact: true }).click();
      const form = page.getByRole('form', { name: 'Open a questionnaire' });
      await form
        .getByRole('combobox', { name: /Questionnaire/ })
        .selectOption({ label: `${title} (${AUDIENCE_LABELS[questionnaire.audience]})` });
      await form.getByLabel(/Closing date/).fill(closingDate);
      if (minimumAnswers !== undefined) {
        await form.getByRole('textbox', { name: /Minimum number of answers/ }).fill(String(minimumAnswers));
      }
      await form.getByRole('button', { name: 'Open the questionnaire' }).click();
      await page.getByTestId('public-link').waitFor();
      await runCard(title).waitFor();
      return this.readLink();
    },

    /** The link and QR code addresses on show (after opening or a new link). */
    async readLink(): Promise<{ publicLink: string; qrPng: string; qrSvg: string }> {
      return {
        publicLink: ((await page.getByTestId('public-link').textContent()) ?? '').trim(),
        qrPng: (await page.getByRole('link', { name: /QR code \(PNG/ }).getAttribute('href')) ?? '',
        qrSvg: (await page.getByRole('link', { name: /QR code \(SVG/ }).getAttribute('href')) ?? '',
      };
    },

    /** Gives a run a new link, confirming first; returns the new link. */
    async newLink(title: string): Promise<{ publicLink: string; qrPng: string; qrSvg: string }> {
      await runCard(title).getByRole('button', { name: 'Give it a new link' }).click();
      await page.getByTestId('confirm-action').getByRole('button', { name: 'Make a new link' }).click();
      await page.getByText(`${title} has a new link; the old one no longer works.`).waitFor();
      return this.readLink();
    },

    /** The run's card text: who it asks, its state and its count. */
    async runText(title: string): Promise<string> {
      return (await runCard(title).textContent()) ?? '';
    },

    /** Opens a run's results and waits for them; returns the page's text. */
    async readResults(title: string): Promise<string> {
      await runCard(title)
        .getByRole('link', { name: `See the results of ${title}` })
        .click();
      await page.getByRole('heading', { level: 1, name: `Results: ${title}` }).waitFor();
      return (await page.locator('main').textContent()) ?? '';
    },

    /**
     * Goes to one standard of the self-assessment and returns the text of its "What people said" panel once it
     * shows (it loads after the page).
     */
    async whatPeopleSaidBeside(standardCode: string): Promise<string> {
      await page.goto(`${baseUrl}/assessments/${assessmentId}?standard=${encodeURIComponent(standardCode)}`);
      const panel = page.getByTestId(`what-people-said-${standardCode}`);
      await panel.waitFor();
      return (await panel.textContent()) ?? '';
    },

    /** The same panel in a reviewer's workspace (the reviewer must be signed in). */
    async whatPeopleSaidInReview(standardCode: string): Promise<string> {
      await page.goto(`${baseUrl}/assessments/${assessmentId}/review?standard=${encodeURIComponent(standardCode)}`);
      const panel = page.getByTestId(`what-people-said-${standardCode}`);
      await panel.waitFor();
      return (await panel.textContent()) ?? '';
    },
  };
}
