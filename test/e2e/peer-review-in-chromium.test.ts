import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signInAs } from './support/api';
import { startApp, type RunningApp } from './support/app-server';
import { buildIfNeeded } from './support/build-if-needed';
import { chromiumAvailable, launchChromium } from './support/chromium';
import { exportClaimsForFinance, inviteExpertByExperience, recordTimeAndExpenses } from './support/guest-steps';
import { checkPageEverywhere, sidewaysOverflow, tabTo } from './support/pages';
import {
  recordAgreedRatingsThroughApi,
  reportState,
  reviewAgreementSteps,
  serviceAnswerSteps,
  switchPerson,
} from './support/review-agreement-steps';
import { reviewTeamSteps } from './support/review-team-steps';
import { reviewVisitSteps } from './support/review-visit-steps';
import { openPeerReviewWindowToday, REVIEW_PEOPLE, REVIEWED_ASSESSMENT } from './support/review-window';
import { reviewWorkspaceSteps } from './support/review-workspace-steps';

/**
 * The whole peer review in real Chromium on the demo network, as the people who do it: the network admin builds the
 * team (a broken rule shown, then fixed); the lead reviewer starts the review; a peer reviewer (one rating by
 * keyboard alone) and an expert by experience (on a 320 px phone) rate, record findings and attach files; the lead
 * reviewer prepares the visit day (agenda, a note kept offline, the feedback shared), returns the assessment with two
 * asks; the service lead answers and hands back; the lead records the agreed ratings and agrees, and the report
 * exists. Then an expert by experience without a trust account is invited as a guest and claims time and expenses.
 * Every page is checked with axe in light, dark and high contrast at 1280 and 320 CSS px (and for sideways
 * scrolling on the phone); screenshots go to test-artifacts/e2e. One app, one browser: the steps run in order.
 */
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
// axe over long pages six times (three themes, two widths) on a busy machine: a safeguard, never a budget.
jest.setTimeout(400_000);

const SERVICE = 'Rheumatology service';
const SAME_TRUST = 'Dr Samuel Obi';
const PROPER = "Aisha O'Neill";
const GUEST = { name: 'Noor Patel', email: 'noor.patel@example.org' };
const ASKS = [
  { text: 'Attach the latest physical health check audit.', standardCode: '1.1' },
  { text: 'Who leads mind and body care day to day?' },
];
const REVIEW = `/assessments/${REVIEWED_ASSESSMENT}/review`;
/** A small PDF: enough of a start for the content check. */
const VISIT_NOTES = Buffer.concat([Buffer.from('%PDF-1.7 visit notes\n'), Buffer.alloc(2048, 7)]);

describeInBrowser('peer review, for every person in it (Chromium)', () => {
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
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  it('the network admin picks the assessment from a list and sees who is barred and why', async () => {
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('button', { name: new RegExp(REVIEW_PEOPLE.admin.name) }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Network admin' }).click();
    const team = reviewTeamSteps(page, app.baseUrl);
    await team.openReviewTeams();
    await check('50-review-teams', '/admin/review-teams', (p) =>
      p.getByRole('table', { name: 'Assessments and their review teams' }).waitFor(),
    );
    await team.openReviewTeams();
    await team.filterByState('Submitted');
    const rows = await team.rows();
    expect(rows.slice(1)).toEqual([expect.stringContaining(SERVICE)]);
    problems.push(...(await team.checkEditorInEveryTheme(SERVICE, '51-review-team-editor')));
    expect(await team.barredText(SAME_TRUST)).toMatch(/works for Guy's and St Thomas' NHS Foundation Trust/);
  });

  it('adds a reviewer from the assessed trust (the rule shows in words), removes them, adds a proper one, saves', async () => {
    const team = reviewTeamSteps(page, app.baseUrl);
    await team.add(SAME_TRUST, 'Peer reviewer');
    expect(await team.brokenRulesOf(SAME_TRUST)).toEqual([
      expect.stringMatching(/works for Guy's and St Thomas' NHS Foundation Trust, the organisation under review/),
    ]);
    await team.remove(SAME_TRUST);
    await team.add(PROPER, 'Peer reviewer');
    expect(await team.brokenRulesOf(PROPER)).toEqual([]);
    const date = await page.getByLabel('Visit date').inputValue();
    await team.setVisit(date, '09:30', 'In person');
    expect(await team.save()).toBe(`The review team for ${SERVICE} is saved.`);
    await page.setViewportSize({ width: 320, height: 800 });
    await team.openTeamFor(SERVICE);
    expect(await sidewaysOverflow(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('the lead reviewer opens the review from My work in the review window and starts it', async () => {
    await openPeerReviewWindowToday(app.baseUrl, await signInAs(app.baseUrl, REVIEW_PEOPLE.admin.email));
    await switchPerson(page, REVIEW_PEOPLE.lead.name);
    await page.goto(`${app.baseUrl}/my-work`);
    await page.getByRole('link', { name: /^Agree the review: Rheumatology/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Agree the review:/ }).waitFor();
    await reviewAgreementSteps(page).startOrOpen();
    expect(await page.getByRole('button', { name: 'Agree the review' }).getAttribute('aria-disabled')).toBe('true');
    await page
      .getByText(/standards still need an agreed rating/)
      .first()
      .waitFor();
  });

  it('a peer reviewer rates (one standard by keyboard alone), records a finding and attaches a file', async () => {
    await switchPerson(page, REVIEW_PEOPLE.peer.name);
    const steps = reviewWorkspaceSteps(page);
    await page.goto(`${app.baseUrl}/my-work`);
    await steps.openFromMyWork('Rheumatology');
    await steps.rate('1.1', 'Partly met', 'Two of the three clinics ask about mood at every visit.');
    await steps.rate('1.2', 'Met', 'Every patient we met had a joint care plan.');
    await steps.allSaved();
    await page.getByRole('heading', { level: 1, name: /^Peer review:/ }).focus();
    await tabTo(page, '[data-testid="review-standard-1.3"] input[type="radio"]');
    await page.keyboard.press('Space');
    await tabTo(page, '[data-testid="review-standard-1.3"] textarea');
    await page.keyboard.type('Medicines reviews are booked, but not for everyone on clozapine.');
    await page.keyboard.press('Tab');
    await steps.allSaved();
    expect(await steps.standard('1.3').getByRole('radio', { name: 'Met', exact: true }).isChecked()).toBe(true);
    await steps.recordFinding('1.1', 'Good practice', 'Nurses use a short mood questionnaire at each visit.');
    await steps.attachFile('Visit notes.pdf', 'application/pdf', VISIT_NOTES);
    await page.reload();
    await steps.standard('1.1').waitFor();
    expect(await steps.standard('1.1').getByRole('radio', { name: 'Partly met' }).isChecked()).toBe(true);
    await check('52-review-workspace', REVIEW, (p) => p.getByTestId('review-standard-1.1').waitFor());
  });

  it('an expert by experience does the same on a 320 px phone, in everyday words', async () => {
    await switchPerson(page, REVIEW_PEOPLE.expert.name);
    await page.setViewportSize({ width: 320, height: 800 });
    const steps = reviewWorkspaceSteps(page);
    await page.goto(`${app.baseUrl}/my-work`);
    await steps.openFromMyWork('Rheumatology');
    await steps
      .standard('1.1')
      .getByText(/^In everyday words:/)
      .waitFor();
    await steps.rate('1.1', 'Not met', 'The patients we spoke to said nobody asked how they felt.');
    await steps.allSaved();
    await steps.recordFinding('1.1', 'Area for improvement', 'Ask every patient how they are feeling, every visit.');
    await steps.attachFile('My notes.pdf', 'application/pdf', VISIT_NOTES);
    expect(await sidewaysOverflow(page)).toEqual([]);
    expect(await page.getByTestId('progress-p-peer-mh').innerText()).toMatch(/3 rated/);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('the lead reviewer prepares the visit day: agenda in Word, a note kept offline, the feedback shared', async () => {
    await switchPerson(page, REVIEW_PEOPLE.lead.name);
    const visit = reviewVisitSteps(page, context);
    await check('53-visit-day', `${REVIEW}/visit`, (p) =>
      p.getByRole('heading', { level: 1, name: /^Visit day: / }).waitFor(),
    );
    await visit.open(app.baseUrl, REVIEWED_ASSESSMENT);
    const agenda = await visit.downloadAgenda();
    expect(agenda.fileName).toMatch(/\.docx$/);
    expect(agenda.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const note = 'Met the clinic team: mood is asked about at every visit.';
    await visit.writeNoteOffline('1', note);
    expect(await visit.notesKeptOnDevice()).toContain(note);
    await visit.backOnline();
    expect(await visit.notesKeptOnDevice()).toBe('');
    await visit.shareFeedback();
  });

  it('the lead reviewer sees every rating side by side and returns the assessment with two asks', async () => {
    await check('54-agree-the-review', `${REVIEW}/agree`, (p) => p.getByTestId('agreement-1.1').waitFor());
    const card = reviewAgreementSteps(page).card('1.1');
    await card.getByText('Two of the three clinics ask about mood at every visit.').waitFor();
    await card.getByText('The patients we spoke to said nobody asked how they felt.').waitFor();
    await reviewAgreementSteps(page).returnForInformation(ASKS);
    await page
      .getByRole('region', { name: 'What the team asked the service' })
      .getByText(ASKS[1]?.text ?? '')
      .waitFor();
  });

  it('the service lead sees the asks and the shared feedback, answers and hands the assessment back', async () => {
    await switchPerson(page, REVIEW_PEOPLE.serviceLead.name);
    const service = serviceAnswerSteps(page);
    await check('55-self-assessment-returned', `/assessments/${REVIEWED_ASSESSMENT}`, () => service.panel().waitFor());
    await service.open(app.baseUrl);
    await page.getByTestId('standard-1.1').getByText('The review team asks about 1.1').waitFor();
    await service.answer(ASKS[0]?.text ?? '', 'Attached to standard 1.1: the October audit.');
    await service.answer(ASKS[1]?.text ?? '', 'Dr Patel, our mind and body lead.');
    await service.handBack();
  });

  it('the lead reviewer reads the answers, records the agreed ratings and agrees the review; the report exists', async () => {
    await switchPerson(page, REVIEW_PEOPLE.lead.name);
    const steps = reviewAgreementSteps(page);
    await steps.open(app.baseUrl);
    await page.getByText("Service's answer: Dr Patel, our mind and body lead.").waitFor();
    await steps.startOrOpen();
    const lead = await signInAs(app.baseUrl, REVIEW_PEOPLE.lead.email);
    await recordAgreedRatingsThroughApi(app.baseUrl, lead, ['1.1', '1.2']);
    await steps.open(app.baseUrl);
    await steps.recordAgreedRating('1.1', 'Partly met', 'Two of three clinics offer the check (audit seen).');
    await steps.recordAgreedRating('1.2', 'Met', 'Abnormal results are followed up by a named nurse.');
    await steps.agreeReview();
    expect(await reportState(app.baseUrl, await signInAs(app.baseUrl, REVIEW_PEOPLE.admin.email))).toBe('draft');
  });

  it('the network admin invites an expert by experience without a trust account as a guest', async () => {
    await switchPerson(page, REVIEW_PEOPLE.admin.name);
    const row = await inviteExpertByExperience(page, app.baseUrl, GUEST);
    expect(row).toContain('Invitation sent, not accepted yet');
  });

  it('the guest signs in and claims 3.5 hours and £12.40 of travel; the admin exports it for finance', async () => {
    await switchPerson(page, GUEST.name);
    const card = await recordTimeAndExpenses(page, app.baseUrl, { hours: '3.5', travelPounds: '12.40', note: 'Bus' });
    expect(card).toContain('3.5 hours, expenses £12.40');
    await check('56-time-and-expenses', '/time-and-expenses', (p) => p.getByTestId('claims').waitFor());
    await switchPerson(page, REVIEW_PEOPLE.admin.name);
    await page.goto(`${app.baseUrl}/admin/people`);
    expect(await page.getByRole('row').filter({ hasText: GUEST.email }).innerText()).toContain('Signed in');
    const file = await exportClaimsForFinance(page, app.baseUrl);
    expect(file.text).toMatch(/,3\.5,12\.40,0\.00,0\.00,12\.40,Bus,/);
  });

  it('found no serious or critical accessibility problem, no sideways scrolling and no script error', () => {
    expect(problems).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
