import type { Browser, BrowserContext, Page } from 'playwright-core';
import { actionPlanSteps } from './support/action-plan-steps';
import { AGREED_REVIEW_FINDINGS, agreeTheReviewThroughApi } from './support/agreed-review';
import { signInAs } from './support/api';
import { startApp, type RunningApp } from './support/app-server';
import { buildIfNeeded } from './support/build-if-needed';
import { chromiumAvailable, launchChromium } from './support/chromium';
import { agreementPageUrl, librarySteps } from './support/library-steps';
import { impactSteps } from './support/impact-steps';
import { checkPageEverywhere } from './support/pages';
import {
  filedCertificate,
  formalStatusOnDashboardSteps,
  RECOGNITION_PEOPLE,
  recognitionSteps,
} from './support/recognition-steps';
import { reportSteps } from './support/report-steps';
import { switchPerson } from './support/review-agreement-steps';
import { REVIEW_PEOPLE, REVIEWED_ASSESSMENT } from './support/review-window';

/**
 * What comes after an agreed review, in real Chromium on the demo network, as the people who do it. The review is
 * agreed through the API first (the peer review walk does that part in the browser). Then: the lead reviewer sends
 * the report for the factual-accuracy check; the service lead comments twice; the lead accepts one and rejects one,
 * regenerates, finalises and publishes after reading the public view; the recognition panel records its decision
 * and the certificate is filed, which the trust's dashboard shows; good practice is proposed, agreed by the
 * service and found by search; the service lead works an action on the immediate concern to completion with
 * evidence and the lead reviewer verifies it; the service and the network see their impact over time. Every page is checked with axe in light, dark and high contrast at
 * 1280 and 320 CSS px; screenshots go to test-artifacts/e2e.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
// axe over long pages six times (three themes, two widths) on a busy machine: a safeguard, never a budget.
jest.setTimeout(400_000);

/** The service of the reviewed assessment (GSTT rheumatology). */
const REVIEWED_SERVICE = 'svc-gstt-rheum';
const REPORT = `/assessments/${REVIEWED_ASSESSMENT}/report`;
const ACTIONS = `/assessments/${REVIEWED_ASSESSMENT}/actions`;
const ENTRY = {
  title: 'Mood asked about at every clinic visit',
  whatTheyDo: 'Nurses use a short mood questionnaire at each rheumatology visit and refer on the same day.',
  serviceTypeLabel: 'Long-term physical conditions',
};
/** The plan proposes an action from each finding; this one answers the immediate concern. */
const ACTION = { title: `Respond to immediate concern on ${AGREED_REVIEW_FINDINGS.immediateConcern.standardCode}` };

describeInBrowser('after the review, for every person in it (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const pageErrors: string[] = [];
  const check = async (name: string, route: string, ready: (p: Page) => Promise<unknown>) => {
    problems.push(...(await checkPageEverywhere(page, app.baseUrl, name, route, ready)));
  };

  beforeAll(async () => {
    buildIfNeeded();
    app = await startApp();
    await agreeTheReviewThroughApi(app.baseUrl);
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('button', { name: new RegExp(REVIEW_PEOPLE.lead.name) }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  it('the lead reviewer reads the draft report and sends it to the service for the factual-accuracy check', async () => {
    const report = reportSteps(page);
    await report.open(app.baseUrl, REVIEWED_ASSESSMENT);
    await page.getByRole('heading', { name: 'Immediate concerns' }).waitFor();
    await page.getByText(AGREED_REVIEW_FINDINGS.immediateConcern.text).first().waitFor();
    await check('60-report-draft', REPORT, (p) => p.getByRole('heading', { name: 'Strengths' }).waitFor());
    await report.open(app.baseUrl, REVIEWED_ASSESSMENT);
    await report.sendForCheck();
  });

  it('the service lead comments on two passages', async () => {
    await switchPerson(page, REVIEW_PEOPLE.serviceLead.name);
    const report = reportSteps(page);
    await report.open(app.baseUrl, REVIEWED_ASSESSMENT);
    await report.comment('Summary', 0, 'The service name is incomplete.', 'Rheumatology service, Guy’s Hospital.');
    await report.comment('Summary', 1, 'The visit was not in person.', 'The review team visited online.');
    await check('61-report-check', REPORT, (p) => p.getByText('Waiting for the lead reviewer').first().waitFor());
  });

  it('the lead reviewer accepts one comment and rejects the other, regenerates, finalises and publishes', async () => {
    await switchPerson(page, REVIEW_PEOPLE.lead.name);
    const report = reportSteps(page);
    await report.open(app.baseUrl, REVIEWED_ASSESSMENT);
    await report.decideFirstOpen('accept', 'Agreed: the full name is clearer.');
    await report.decideFirstOpen('reject', 'The team met the service in person.');
    await report.regenerate();
    await page.getByText('Rheumatology service, Guy’s Hospital.').first().waitFor();
    await report.finalise();
    const shown = await report.publicSummaryText();
    expect(shown).not.toContain(AGREED_REVIEW_FINDINGS.immediateConcern.text);
    expect(shown).not.toContain(REVIEW_PEOPLE.peer.name);
    expect(shown).not.toContain(REVIEW_PEOPLE.expert.name);
    await check('62-report-final', REPORT, (p) =>
      p.getByRole('region', { name: 'What the public will see' }).waitFor(),
    );
    await report.open(app.baseUrl, REVIEWED_ASSESSMENT);
    await report.confirmAndPublish();
  });

  it('the recognition panel records its decision, the certificate is filed, and the trust sees its formal status', async () => {
    await switchPerson(page, RECOGNITION_PEOPLE.panel.name);
    const recognition = recognitionSteps(page);
    await recognition.open(app.baseUrl);
    const proposed = await recognition.proposedLevel();
    expect(proposed).not.toBe('');
    await recognition.recordDecision({
      outcome: 'Recognised',
      reasons: 'The agreed ratings meet the level; the immediate concern has an action with a named owner.',
    });
    expect(await recognition.decisionText()).toContain(proposed);
    const certificate = await filedCertificate(
      app.baseUrl,
      await signInAs(app.baseUrl, RECOGNITION_PEOPLE.panel.email),
    );
    expect(certificate?.fileName).toMatch(/\.docx$/);
    problems.push(...(await recognition.checkEverywhere(app.baseUrl, '65-recognition')));
    await switchPerson(page, RECOGNITION_PEOPLE.organisationLead.name);
    const dashboard = formalStatusOnDashboardSteps(page);
    await dashboard.open(app.baseUrl);
    expect(await dashboard.statusOf('Rheumatology service')).toContain(`Recognised: ${proposed}`);
  });

  it('good practice is proposed, agreed by the service and found by search and filter', async () => {
    const library = librarySteps(page);
    await switchPerson(page, REVIEW_PEOPLE.lead.name);
    await page.goto(agreementPageUrl(app.baseUrl));
    await library.proposeFromAgreementPage();
    await switchPerson(page, REVIEW_PEOPLE.serviceLead.name);
    await library.agreeToFirstProposal(app.baseUrl, ENTRY);
    expect(await library.search(app.baseUrl, 'mood questionnaire')).toContain(ENTRY.title);
    expect(await library.search(app.baseUrl, 'no such practice anywhere')).toEqual([]);
    await check('63-library', '/library', (p) => p.getByTestId('library-results').waitFor());
  });

  it('the service lead accepts the action proposed from the immediate concern and works it to completion; the lead reviewer verifies it', async () => {
    const actions = actionPlanSteps(page);
    await actions.open(app.baseUrl);
    await actions.accept(ACTION.title);
    await actions.startWork(ACTION.title);
    await actions.addNote(ACTION.title, 'Two of the three clinics have changed their letters.');
    await actions.completeWithEvidence(ACTION.title, 'Every clinic letter now gives the crisis line.', {
      name: 'clinic-letter.txt',
      mimeType: 'text/plain',
      text: 'If you are in crisis, call the crisis line on 0800 000 0000.',
    });
    await check('64-action-plan', ACTIONS, () => actions.card(ACTION.title).waitFor());
    await switchPerson(page, REVIEW_PEOPLE.lead.name);
    await actions.open(app.baseUrl);
    await actions.verify(ACTION.title);
  });

  it('the service lead and the network team see what changed over the cycles', async () => {
    const impact = impactSteps(page);
    await switchPerson(page, REVIEW_PEOPLE.serviceLead.name);
    await impact.openService(app.baseUrl, REVIEWED_SERVICE);
    await switchPerson(page, REVIEW_PEOPLE.admin.name);
    await impact.followNetworkLinkFromDashboard(app.baseUrl);
    problems.push(...(await impact.checkEverywhere(app.baseUrl, REVIEWED_SERVICE)));
  });

  it('found no serious or critical accessibility problem, no sideways scrolling and no script error', () => {
    expect(problems).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
