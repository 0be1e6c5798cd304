import type { Page } from 'playwright-core';
import { exportQuestionnaireJson } from '../../../src/domain/questionnaires/questionnaire-json';
import { STARTER_QUESTIONNAIRES } from '../../../src/domain/questionnaires/starter-questionnaires';
import { seriousViolations } from './accessibility';
import { callApi, signInAs } from './api';
import { screenshot } from './pages';

/**
 * Steps for the public questionnaire page that patients and carers open from a poster or leaflet on their phones:
 * the service lead opens the starter patient questionnaire through the API, and a patient answers it in Chromium
 * by keyboard alone.
 */

const ADMIN = 'amara.okafor@kch.nhs.example';
const COAST_LEAD = 'ella.morgan@slam.nhs.example';
const COAST_ASSESSMENT = 'a-cur-svc-slam-coast';

export const PATIENT_QUESTIONNAIRE = STARTER_QUESTIONNAIRES[1]!;

/** The network imports the starter patient questionnaire and the COAST lead opens it; returns the short link's path. */
export async function openPatientQuestionnaire(baseUrl: string, closesAt: string): Promise<string> {
  const admin = await signInAs(baseUrl, ADMIN);
  const imported = await callApi<{ id: string }>(baseUrl, admin, 'POST', '/questionnaires/import', {
    format: 'json',
    content: exportQuestionnaireJson(PATIENT_QUESTIONNAIRE),
    frameworkId: 'fw-mind-body-v1',
  });
  const lead = await signInAs(baseUrl, COAST_LEAD);
  const opened = await callApi<{ publicLink: string }>(
    baseUrl,
    lead,
    'POST',
    `/assessments/${COAST_ASSESSMENT}/questionnaire-runs`,
    { questionnaireId: imported.id, closesAt },
  );
  return new URL(opened.publicLink).pathname;
}

/** How many answers the COAST lead sees counted for the patient questionnaire. */
export async function patientAnswersCounted(baseUrl: string): Promise<number> {
  const lead = await signInAs(baseUrl, COAST_LEAD);
  const runs = await callApi<{ questionnaireId: string; answers: number }[]>(
    baseUrl,
    lead,
    'GET',
    `/assessments/${COAST_ASSESSMENT}/questionnaire-runs`,
  );
  return (
    runs.find((r) => r.questionnaireId.endsWith(`:${PATIENT_QUESTIONNAIRE.key}:${PATIENT_QUESTIONNAIRE.language}`))
      ?.answers ?? -1
  );
}

/**
 * Answers every question by keyboard only, the way a switch or keyboard user does: Tab into each group of choices
 * and Space to choose the focused option, Tab into the free-text box and type, Tab to the button and Enter.
 */
export async function answerByKeyboard(page: Page, comment: string): Promise<void> {
  const choiceItems = PATIENT_QUESTIONNAIRE.items.filter((i) => i.scale !== 'free_text');
  for (let i = 0; i < choiceItems.length; i += 1) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
  }
  await page.keyboard.press('Tab');
  await page.keyboard.type(comment);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForLoadState('domcontentloaded');
}

/** What is focused now, as "tag name" (to say where the keyboard went when a step goes wrong). */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()} ${el.getAttribute('name') ?? ''}`.trim() : 'nothing';
  });
}

/** Serious or critical axe problems of the page as it is, in light, dark and forced colours; keeps a screenshot of each. */
export async function problemsInEveryScheme(page: Page, name: string): Promise<string[]> {
  const problems: string[] = [];
  const schemes = [
    { label: 'dark', media: { colorScheme: 'dark', forcedColors: 'none' } },
    { label: 'forced-colours', media: { colorScheme: 'light', forcedColors: 'active' } },
    { label: 'light', media: { colorScheme: 'light', forcedColors: 'none' } },
  ] as const;
  for (const scheme of schemes) {
    await page.emulateMedia(scheme.media);
    await screenshot(page, `${name}-${scheme.label}`);
    problems.push(...(await seriousViolations(page)).map((p) => `[${name}, ${scheme.label}] ${p}`));
  }
  return problems;
}

/** How far the page scrolls sideways at its current width: 0 when it reflows. */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The height in CSS px of every answer option, free-text box and button: each is a target a finger must hit. */
export function targetHeights(page: Page): Promise<{ target: string; height: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('label.option, textarea, button')].map((el) => ({
      target: (el.textContent ?? el.tagName).trim().slice(0, 40),
      height: el.getBoundingClientRect().height,
    })),
  );
}
