import type { Browser, BrowserContext, Page } from 'playwright-core';
import { optionsOf, type ChoiceScale } from '../../src/domain/questionnaires/questionnaire';
import { callApi, signInAs } from './support/api';
import { startApp, type RunningApp } from './support/app-server';
import { buildIfNeeded } from './support/build-if-needed';
import { chromiumAvailable, launchChromium } from './support/chromium';
import { signInWithoutPicker } from './support/every-page-steps';
import { answerByKeyboard, PATIENT_QUESTIONNAIRE } from './support/public-questionnaire-steps';
import {
  enterPaperAnswersThroughApi,
  importStarterQuestionnaire,
  QUESTIONNAIRE_ASSESSMENT,
  QUESTIONNAIRE_PEOPLE,
  questionnaireSteps,
  starterQuestionnaire,
} from './support/questionnaire-steps';
import {
  answerCardByKeyboard,
  cardText,
  invokeBot,
  openStaffFormInChat,
  showCard,
  teamsUserOf,
} from './support/staff-card-steps';
import {
  answerStaffQuestionnaireByKeyboard,
  openStaffQuestionnaireFromMyWork,
  thankYouHasFocus,
} from './support/staff-questionnaire-steps';

/**
 * A questionnaire from opening to evidence, in real Chromium, as the people who use it: the service lead opens the
 * patient questionnaire in the tab and is given its short link; a patient answers it on a 360 px phone by keyboard
 * alone without signing in; a member of staff answers the staff questionnaire from My work; once the patient
 * questionnaire reaches its minimum of five answers, what patients said shows beside the standards it informs, and
 * not before; another answers from the bot's card in chat (rendered by the official Adaptive Cards renderer, answered
 * by keyboard, sent to the bot as Teams sends it), and once five staff have answered what staff said shows beside
 * its standards too. (The public page's accessibility is in public-questionnaire-in-chromium.test.ts.)
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
jest.setTimeout(300_000);

const STAFF_MEMBER_EMAIL = 'jamal.williams@slam.nhs.example';
const STAFF_IN_CHAT_EMAIL = 'sophie.clarke@slam.nhs.example';
const STANDARD_INFORMED = '1.1';

interface RunRow {
  readonly id: string;
  readonly audience: string;
  readonly answers: number;
}

interface EvidenceView {
  readonly standards: readonly { readonly standardCode: string; readonly items: readonly { audience: string }[] }[];
}

/** One answer per staff question: the first option of each choice, words for free text. */
function staffAnswers(words: string): (number | string)[] {
  return starterQuestionnaire('staff').items.map((item) => (item.scale === 'free_text' ? words : 0));
}

describeInBrowser('questionnaires from opening to evidence beside the standards (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let lead: BrowserContext;
  let leadPage: Page;
  let staffQuestionnaireId = '';

  const leadApi = async <T>(method: string, path: string, body?: unknown): Promise<T> =>
    callApi<T>(app.baseUrl, await signInAs(app.baseUrl, QUESTIONNAIRE_PEOPLE.serviceLead.email), method, path, body);
  const runOf = async (audience: string): Promise<RunRow> => {
    const runs = await leadApi<RunRow[]>('GET', `/assessments/${QUESTIONNAIRE_ASSESSMENT}/questionnaire-runs`);
    const run = runs.find((r) => r.audience === audience);
    if (!run) throw new Error(`No ${audience} questionnaire is running`);
    return run;
  };

  beforeAll(async () => {
    buildIfNeeded();
    app = await startApp();
    await importStarterQuestionnaire(app.baseUrl, 'patients');
    staffQuestionnaireId = await importStarterQuestionnaire(app.baseUrl, 'staff');
    browser = await launchChromium();
    lead = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    leadPage = await lead.newPage();
    await leadPage.goto(app.baseUrl);
    await signInWithoutPicker(leadPage, app.baseUrl, QUESTIONNAIRE_PEOPLE.serviceLead.email);
  }, 300_000);

  afterAll(async () => {
    await lead?.close();
    await browser?.close();
    await app?.stop();
  });

  let publicPath = '';

  it('the service lead opens the patient questionnaire from the self-assessment and is given its short link', async () => {
    const steps = questionnaireSteps(leadPage, app.baseUrl);
    await steps.openFromSelfAssessment();
    const opened = await steps.openRun(starterQuestionnaire('patients'), '2099-12-31');
    expect(opened.publicLink).toMatch(/^https?:\/\/[^/]+\/q\/[A-Za-z0-9_-]{20,}$/);
    expect(opened.qrSvg).toContain('/qr.svg');
    publicPath = new URL(opened.publicLink).pathname;
    expect((await runOf('patients')).answers).toBe(0);
  });

  it('a patient answers on a 360 px phone by keyboard alone, without signing in', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'en-GB' });
    try {
      const page = await phone.newPage();
      await page.goto(`${app.baseUrl}${publicPath}`);
      await page.getByRole('heading', { level: 1, name: PATIENT_QUESTIONNAIRE.title }).waitFor();
      await answerByKeyboard(page, 'The nurse checked my blood pressure every visit.');
      await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
    } finally {
      await phone.close();
    }
    expect((await runOf('patients')).answers).toBe(1);
  });

  it('a member of staff answers the staff questionnaire from My work by keyboard, anonymously', async () => {
    await leadApi('POST', `/assessments/${QUESTIONNAIRE_ASSESSMENT}/questionnaire-runs`, {
      questionnaireId: staffQuestionnaireId,
      closesAt: '2099-12-31T17:00:00Z',
    });
    const staff = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    try {
      const page = await staff.newPage();
      await page.goto(app.baseUrl);
      await signInWithoutPicker(page, app.baseUrl, STAFF_MEMBER_EMAIL);
      await page.goto(`${app.baseUrl}/`);
      await openStaffQuestionnaireFromMyWork(page, starterQuestionnaire('staff').title);
      await answerStaffQuestionnaireByKeyboard(page, staffAnswers('More time to learn about physical health checks.'));
      expect(await thankYouHasFocus(page)).toBe(true);
    } finally {
      await staff.close();
    }
    expect((await runOf('staff')).answers).toBe(1);
  });

  it('what patients said shows beside the standards it informs once five have answered, and not before', async () => {
    const evidence = (): Promise<EvidenceView> =>
      leadApi<EvidenceView>('GET', `/assessments/${QUESTIONNAIRE_ASSESSMENT}/questionnaire-evidence`);
    expect((await evidence()).standards).toEqual([]);

    const choices = Object.fromEntries(
      starterQuestionnaire('patients')
        .items.filter((item) => item.scale !== 'free_text')
        .map((item) => [item.code, optionsOf(item.scale as ChoiceScale)[0] ?? '']),
    );
    await enterPaperAnswersThroughApi(app.baseUrl, (await runOf('patients')).id, choices, 4);
    expect((await runOf('patients')).answers).toBe(5);

    const informing = starterQuestionnaire('patients').items.find((i) => i.standards.includes(STANDARD_INFORMED));
    const panel = await questionnaireSteps(leadPage, app.baseUrl).whatPeopleSaidBeside(STANDARD_INFORMED);
    expect(panel).toContain(informing?.text ?? 'no item informs the standard');
    expect(panel).toContain('5 answered');
  });
  it("another member of staff answers from the bot's card in chat by keyboard, sent to the bot as Teams sends it", async () => {
    const member = await teamsUserOf(app.baseUrl, STAFF_IN_CHAT_EMAIL);
    const form = await openStaffFormInChat(app.baseUrl, member, (await runOf('staff')).id);
    const chat = await browser.newContext({ viewport: { width: 480, height: 900 }, locale: 'en-GB' });
    try {
      const page = await chat.newPage();
      await showCard(page, form);
      expect(await cardText(page)).toContain(starterQuestionnaire('staff').title);
      const pressed = await answerCardByKeyboard(page, staffAnswers('Protected time for training.'), 'Send my answers');
      await showCard(page, await invokeBot(app.baseUrl, member, pressed));
      expect(await cardText(page)).toContain('Thank you: your answers are in');
    } finally {
      await chat.close();
    }
    expect((await runOf('staff')).answers).toBe(2);
  });

  it('what staff said, the card’s answer among it, shows beside its standards once five staff have answered', async () => {
    const staffEvidence = async (): Promise<EvidenceView['standards']> =>
      (
        await leadApi<EvidenceView>('GET', `/assessments/${QUESTIONNAIRE_ASSESSMENT}/questionnaire-evidence`)
      ).standards.filter((s) => s.items.some((i) => i.audience === 'staff'));
    expect(await staffEvidence()).toEqual([]);

    const choices = Object.fromEntries(
      starterQuestionnaire('staff')
        .items.filter((item) => item.scale !== 'free_text')
        .map((item) => [item.code, optionsOf(item.scale as ChoiceScale)[0] ?? '']),
    );
    await enterPaperAnswersThroughApi(app.baseUrl, (await runOf('staff')).id, choices, 3);
    expect((await runOf('staff')).answers).toBe(5);

    const informing = starterQuestionnaire('staff').items.find((i) => i.scale !== 'free_text' && i.standards[0]);
    const standard = informing?.standards[0] ?? 'no staff item informs a standard';
    expect((await staffEvidence()).map((s) => s.standardCode)).toContain(standard);
    const panel = await questionnaireSteps(leadPage, app.baseUrl).whatPeopleSaidBeside(standard);
    expect(panel).toContain(informing?.text ?? '');
  });
});
