import type { Locator, Page } from 'playwright-core';
import { callApi } from './api';
import { RECOGNITION_PEOPLE } from './recognition-steps';
import { REVIEW_PEOPLE, REVIEWED_ASSESSMENT } from './review-window';

/**
 * Every page of the tab, each as the person who uses it, for the checks that apply to all of them (reflow at every
 * width, axe in every theme, keyboard only). Each page names what must be on screen before it counts as shown, and
 * its main action: what a person comes to the page to do, reached with the Tab key alone.
 */

/** The demo's service in its self-assessment, and its lead. */
export const SELF_ASSESSMENT = 'a-cur-svc-slam-coast';
const SERVICE_LEAD = { name: 'Ella Morgan', email: 'ella.morgan@slam.nhs.example' };
const EXPERT = REVIEW_PEOPLE.expert;

export interface PageVisit {
  /** The page's part of a screenshot's name. */
  readonly name: string;
  /** The e-mail the person signs in with. */
  readonly person: string;
  readonly route: string;
  /** Resolves once the page shows its content, not a spinner. */
  readonly ready: (page: Page) => Promise<unknown>;
  readonly mainAction: (page: Page) => Locator;
}

const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { level: 1, name }).waitFor();
const testId = (id: string) => (page: Page) => page.getByTestId(id).first().waitFor();
const button = (name: string | RegExp) => (page: Page) => page.getByRole('button', { name }).first();
const link = (name: string | RegExp) => (page: Page) => page.getByRole('main').getByRole('link', { name }).first();

/** The self-assessment's pages while its window is open: the service lead rates, gathers evidence, submits. */
export const SELF_ASSESSMENT_PAGES: readonly PageVisit[] = [
  {
    name: 'my-work',
    person: SERVICE_LEAD.email,
    route: '/my-work',
    ready: testId('my-work'),
    mainAction: link(/^Complete the self-assessment/),
  },
  {
    name: 'self-assessment',
    person: SERVICE_LEAD.email,
    route: `/assessments/${SELF_ASSESSMENT}?theme=3`,
    ready: testId('standard-3.3'),
    mainAction: (page) => page.getByTestId('standard-3.3').getByRole('radio').first(),
  },
  {
    name: 'evidence-library',
    person: SERVICE_LEAD.email,
    route: `/assessments/${SELF_ASSESSMENT}?view=evidence`,
    ready: (page) => page.getByRole('heading', { level: 2, name: 'Evidence library' }).waitFor(),
    mainAction: button('Upload files'),
  },
  {
    name: 'check-and-submit',
    person: SERVICE_LEAD.email,
    route: `/assessments/${SELF_ASSESSMENT}?view=submit`,
    ready: testId('recognition'),
    mainAction: button('Submit the self-assessment'),
  },
  {
    name: 'assessment-history',
    person: SERVICE_LEAD.email,
    route: `/assessments/${SELF_ASSESSMENT}/history`,
    ready: heading(/^History: /),
    mainAction: link('Back to the self-assessment'),
  },
  {
    name: 'dashboard-service',
    person: SERVICE_LEAD.email,
    route: '/dashboard',
    ready: async (page) => {
      await page.getByTestId('dashboard-ready').waitFor();
      await page.locator('figure [data-chart-legend]').first().waitFor();
    },
    mainAction: (page) => page.getByRole('combobox', { name: /Cycle/ }),
  },
  {
    name: 'service-impact',
    person: SERVICE_LEAD.email,
    route: '/services/svc-slam-coast/impact',
    ready: testId('service-impact'),
    // People read here: on a phone the table of cycles compared scrolls by keyboard.
    mainAction: (page) => page.getByRole('region', { name: 'Cycles compared' }),
  },
];

const ADMIN = REVIEW_PEOPLE.admin.email;
const ADMIN_SECTIONS: readonly { section: string; action: string | RegExp }[] = [
  { section: 'organisations', action: 'Add an organisation' },
  { section: 'services', action: 'Add a service' },
  { section: 'people', action: 'Invite a person' },
  { section: 'cycles', action: 'Set up a cycle' },
  { section: 'frameworks', action: 'Import' },
  { section: 'review-teams', action: /^Build the team for / },
];
const REVIEWED = `/assessments/${REVIEWED_ASSESSMENT}`;

/** The pages after a review is agreed and its report published, each as the person who works there. */
export const AFTER_REVIEW_PAGES: readonly PageVisit[] = [
  {
    name: 'dashboard-organisation',
    person: RECOGNITION_PEOPLE.organisationLead.email,
    route: '/dashboard?view=organisation',
    ready: testId('dashboard-ready'),
    mainAction: link(/^Impact over time|Rheumatology service/),
  },
  {
    name: 'dashboard-network',
    person: ADMIN,
    route: '/dashboard?view=network',
    ready: async (page) => {
      await page.getByTestId('dashboard-ready').waitFor();
      await page.locator('figure [data-chart-legend]').first().waitFor();
    },
    mainAction: link('Impact over time'),
  },
  {
    name: 'network-impact',
    person: ADMIN,
    route: '/impact',
    ready: testId('network-impact'),
    mainAction: (page) => page.getByRole('combobox', { name: 'From cycle' }),
  },
  ...ADMIN_SECTIONS.map(({ section, action }): PageVisit => ({
    name: `admin-${section}`,
    person: ADMIN,
    route: `/admin/${section}`,
    ready: (page) => page.getByRole('main').getByRole('table').first().waitFor(),
    mainAction: button(action),
  })),
  {
    name: 'channel-tab-config',
    person: SERVICE_LEAD.email,
    route: '/config',
    ready: heading(/^Add Mind & Body/),
    mainAction: (page) => page.getByRole('combobox').first(),
  },
  {
    name: 'my-reviewing',
    person: REVIEW_PEOPLE.peer.email,
    route: '/reviewing',
    ready: heading('My reviewing'),
    mainAction: button('Declare the conflict'),
  },
  {
    name: 'review-workspace',
    person: REVIEW_PEOPLE.peer.email,
    route: `${REVIEWED}/review?theme=1`,
    ready: testId('review-standard-1.1'),
    mainAction: (page) =>
      page
        .getByRole('navigation', { name: /Themes/ })
        .getByRole('link')
        .nth(1),
  },
  {
    name: 'review-agreement',
    person: REVIEW_PEOPLE.lead.email,
    route: `${REVIEWED}/review/agree`,
    ready: testId('agreement-1.1'),
    mainAction: button('Propose for the library'),
  },
  {
    name: 'visit-day',
    person: REVIEW_PEOPLE.lead.email,
    route: `${REVIEWED}/review/visit`,
    ready: heading(/^Visit day:/),
    mainAction: button('Save the feedback'),
  },
  {
    name: 'report',
    person: REVIEW_PEOPLE.lead.email,
    route: `${REVIEWED}/report`,
    ready: (page) => page.getByRole('heading', { name: 'Strengths' }).waitFor(),
    mainAction: button('Download the report (Word)'),
  },
  {
    name: 'action-plan',
    person: REVIEW_PEOPLE.serviceLead.email,
    route: `${REVIEWED}/actions`,
    ready: heading(/^Action plan:/),
    mainAction: button('Accept into the plan'),
  },
  {
    name: 'recognition',
    person: RECOGNITION_PEOPLE.panel.email,
    route: `${REVIEWED}/recognition`,
    ready: (page) => page.getByRole('region', { name: 'The proposal' }).waitFor(),
    mainAction: button('Record the decision'),
  },
  {
    name: 'good-practice-library',
    person: REVIEW_PEOPLE.serviceLead.email,
    route: '/library',
    // With no entry yet the results list is empty (and hidden): the search is what shows.
    ready: (page) => page.getByRole('button', { name: 'Search' }).waitFor(),
    mainAction: (page) => page.getByRole('searchbox').or(page.getByRole('textbox')).first(),
  },
  {
    name: 'time-and-expenses',
    person: EXPERT.email,
    route: '/time-and-expenses',
    ready: (page) => page.getByRole('form', { name: 'Record your time and expenses' }).waitFor(),
    mainAction: button('Send claim'),
  },
  {
    name: 'time-and-expenses-admin',
    person: ADMIN,
    route: '/time-and-expenses',
    ready: heading('Time and expenses'),
    mainAction: button('Download for finance (CSV)'),
  },
];

interface DevSignIn {
  readonly token: string;
  readonly person: { readonly id: string };
}

/**
 * Signs the page's browser tab in as `email` the way the "sign in as" picker does (a token in this tab's session
 * storage), without walking the picker each time: the checks visit many pages as many people. The page must be on
 * the app already.
 */
export async function signInWithoutPicker(page: Page, baseUrl: string, email: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/v1/dev/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (!response.ok) throw new Error(`Cannot sign in as ${email}: ${response.status}`);
  const { token, person } = (await response.json()) as DevSignIn;
  await page.evaluate(
    ([t, id]) => {
      sessionStorage.setItem('mbqin.token', t);
      sessionStorage.setItem('mbqin.personId', id);
    },
    [token, person.id] as const,
  );
}

interface ReportAnswer {
  readonly report: { readonly version: number };
}

/**
 * The lead reviewer takes the agreed review's report through the factual-accuracy check (nothing to correct),
 * finalises it and publishes it, through the API: the recognition panel's decision waits for a published report.
 */
export async function publishTheReportThroughApi(
  baseUrl: string,
  leadToken: string,
  assessmentId = REVIEWED_ASSESSMENT,
): Promise<void> {
  const path = `/assessments/${assessmentId}/report`;
  for (const action of ['send_for_check', 'finalise', 'publish'] as const) {
    const { report } = await callApi<ReportAnswer>(baseUrl, leadToken, 'GET', path);
    await callApi(baseUrl, leadToken, 'POST', `${path}/transitions`, {
      action,
      version: report.version,
      publicSummaryConfirmed: action === 'publish',
    });
  }
}
