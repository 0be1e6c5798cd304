/** @jest-environment jsdom */
import './tab-test-env';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { appealGroundsProblem, decisionIncompleteProblem } from '../../src/domain/recognition-decision';
import { ApiProblemError } from '../../tab/src/api/errors';
import type { Api } from '../../tab/src/api/endpoints';
import type { RecognitionDecision, RecognitionView } from '../../tab/src/api/types';
import { RecognitionPage } from '../../tab/src/pages/recognition/RecognitionPage';
import { ServicesScoreTable } from '../../tab/src/pages/dashboard/ServicesScoreTable';
import { ReviewPagesNav } from '../../tab/src/pages/shared/ReviewPagesNav';
import { parseRoute, routeToUrl } from '../../tab/src/app/routes';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const PANEL = me([{ id: 'r', version: 1, personId: 'p-panel', role: 'recognition_panel', scope: { kind: 'network' } }]);
const LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 's-1' } },
]);

const PANEL_ONLY = 'You are not allowed to record recognition decisions or the outcome of an appeal.';

const DECISION: RecognitionDecision = {
  number: 1,
  outcome: 'recognised',
  level: 'Meeting the standard',
  conditions: null,
  conditionsDueBy: null,
  decidedOn: '2027-03-20',
  reasons: 'Every essential standard is met.',
  validityMonths: 36,
  interimReviewMonths: 18,
  expiresOn: '2030-03-20',
  interimReviewOn: '2028-09-20',
  appealClosesOn: '2027-04-17',
  proposedLevel: 'Meeting the standard',
  decidedBy: 'p-panel',
  decidedAt: '2027-03-20T10:00:00.000Z',
  onAppeal: false,
  certificate: {
    fileName: 'recognition-certificate-rheumatology-service-1.docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    sizeBytes: 9000,
    storageKey: 'k',
  },
};

function view(overrides: Partial<RecognitionView> = {}): RecognitionView {
  return {
    assessmentId: 'a-1',
    subjectName: 'Rheumatology service',
    version: 0,
    proposal: {
      level: 'Meeting the standard',
      summary: 'Meeting the standard: all essential standards are met (4 of 4).',
      levels: ['Excellent', 'Meeting the standard', 'Developing'],
    },
    notReady: null,
    current: null,
    history: [],
    appeals: [],
    openAppeal: null,
    policy: { validityMonths: 36, interimReviewMonths: 18, appealWorkingDays: 20 },
    dueNext: null,
    allowed: {
      decide: { allowed: true },
      appeal: { allowed: false, reason: 'There is no decision to appeal yet.' },
      decideAppeal: { allowed: false, reason: 'There is no appeal waiting for an outcome.' },
    },
    ...overrides,
  };
}

const decided = (overrides: Partial<RecognitionView> = {}) =>
  view({
    version: 1,
    current: DECISION,
    history: [DECISION],
    dueNext: { what: 'appeal_window', on: '2027-04-17' },
    ...overrides,
  });

describe('the recognition page', () => {
  it('shows the panel the proposal and why', async () => {
    renderWithApp(<RecognitionPage assessmentId="a-1" />, { recognition: async () => view() }, PANEL);
    const proposal = await screen.findByRole('region', { name: 'The proposal' });
    expect(proposal.textContent).toContain('The agreed ratings give the level Meeting the standard');
    expect(proposal.textContent).toContain('all essential standards are met (4 of 4)');
  });

  it('records a recognition starting from the proposal and the network validity', async () => {
    const sent: unknown[] = [];
    let current = view();
    const recordRecognitionDecision: Api['recordRecognitionDecision'] = async (_id, body) => {
      sent.push(body);
      current = decided();
      return current;
    };
    renderWithApp(
      <RecognitionPage assessmentId="a-1" />,
      { recognition: async () => current, recordRecognitionDecision },
      PANEL,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Record the decision' }));
    const form = screen.getByRole('form', { name: 'Record the decision' });
    await user.type(within(form).getByRole('textbox', { name: /Reasons/ }), 'Every essential standard is met.');
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    await waitFor(() =>
      expect(sent).toEqual([
        {
          outcome: 'recognised',
          level: 'Meeting the standard',
          validityMonths: 36,
          interimReviewMonths: 18,
          reasons: 'Every essential standard is met.',
          version: 0,
        },
      ]),
    );
    expect(await screen.findByText(/certificate is filed in the service’s folder/)).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Download the certificate (Word)' })).toBeTruthy();
  });

  it('says at once everything a deferral misses, in the words the API uses, and sends nothing', async () => {
    const recordRecognitionDecision = jest.fn();
    renderWithApp(
      <RecognitionPage assessmentId="a-1" />,
      { recognition: async () => view(), recordRecognitionDecision },
      PANEL,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Record the decision' }));
    const form = screen.getByRole('form', { name: 'Record the decision' });
    await user.click(within(form).getByRole('radio', { name: 'Deferred' }));
    await user.type(within(form).getByRole('textbox', { name: 'Conditions the service must meet' }), 'Show training.');
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    const outcome = within(form).getByTestId('form-outcome');
    expect(outcome.textContent).toBe(
      'The decision was not recorded' +
        decisionIncompleteProblem({ outcome: 'deferred', conditions: 'Show training.' }),
    );
    expect(outcome.textContent).toMatch(
      /without the reasons for the decision and the date by which the conditions must be met\./,
    );
    expect(document.activeElement).toBe(outcome);
    expect(recordRecognitionDecision).not.toHaveBeenCalled();
    expect(within(form).getByRole<HTMLTextAreaElement>('textbox', { name: /Conditions/ }).value).toBe('Show training.');
  });

  it("keeps the decision form with the API's refusal when the API still refuses it", async () => {
    const sent: unknown[] = [];
    const recordRecognitionDecision: Api['recordRecognitionDecision'] = async (_id, body) => {
      sent.push(body);
      throw new ApiProblemError({
        type: 't',
        title: 'Unprocessable',
        status: 422,
        code: 'unknown_recognition_level',
        detail: '"Gold" is not a level of this framework. Choose one of: Excellent, Achieved.',
      });
    };
    renderWithApp(
      <RecognitionPage assessmentId="a-1" />,
      { recognition: async () => view(), recordRecognitionDecision },
      PANEL,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Record the decision' }));
    const form = screen.getByRole('form', { name: 'Record the decision' });
    await user.type(within(form).getByRole('textbox', { name: /Reasons/ }), 'Strong on every theme.');
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    expect(await within(form).findByText(/is not a level of this framework/)).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByTestId('form-outcome'));
    expect(sent).toHaveLength(1);
    expect(within(form).getByRole<HTMLTextAreaElement>('textbox', { name: /Reasons/ }).value).toBe(
      'Strong on every theme.',
    );
  });

  it('asks for the grounds of an appeal before sending it, in the words the API uses', async () => {
    const appealRecognition = jest.fn();
    renderWithApp(
      <RecognitionPage assessmentId="a-1" />,
      {
        recognition: async () =>
          decided({
            allowed: { ...view().allowed, decide: { allowed: false, reason: PANEL_ONLY }, appeal: { allowed: true } },
          }),
        appealRecognition,
      },
      LEAD,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Appeal the decision' }));
    const form = screen.getByRole('form', { name: 'Appeal the decision' });
    await user.click(within(form).getByRole('button', { name: 'Send the appeal' }));
    const outcome = within(form).getByTestId('form-outcome');
    expect(outcome.textContent).toBe(`The appeal was not sent${appealGroundsProblem('') ?? ''}`);
    expect(outcome.textContent).toContain('Say on what grounds the decision is appealed.');
    expect(document.activeElement).toBe(outcome);
    expect(appealRecognition).not.toHaveBeenCalled();
  });

  it("shows the service lead the decision, what is due next, and the panel's buttons refused with the reason", async () => {
    renderWithApp(
      <RecognitionPage assessmentId="a-1" />,
      {
        recognition: async () =>
          decided({
            allowed: {
              decide: { allowed: false, reason: PANEL_ONLY },
              appeal: { allowed: true },
              decideAppeal: { allowed: false, reason: PANEL_ONLY },
            },
          }),
      },
      LEAD,
    );
    const decision = await screen.findByRole('region', { name: 'The panel’s decision' });
    expect(decision.textContent).toContain('Valid until20 March 2030');
    expect(decision.textContent).toContain('Interim review20 September 2028');
    expect(decision.textContent).toContain('Next: Appeal window closes 17 April 2027');
    const record = screen.getByRole('button', { name: 'Record the decision' });
    expect(record.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getAllByText(PANEL_ONLY)).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Appeal the decision' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('sends the service lead’s appeal with its grounds', async () => {
    const sent: unknown[] = [];
    const appealRecognition: Api['appealRecognition'] = async (_id, body) => {
      sent.push(body);
      return decided();
    };
    renderWithApp(
      <RecognitionPage assessmentId="a-1" />,
      {
        recognition: async () =>
          decided({
            allowed: { ...view().allowed, decide: { allowed: false, reason: PANEL_ONLY }, appeal: { allowed: true } },
          }),
        appealRecognition,
      },
      LEAD,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Appeal the decision' }));
    const form = screen.getByRole('form', { name: 'Appeal the decision' });
    expect(form.textContent).toContain('Appeals are taken until 17 April 2027');
    await user.type(within(form).getByRole('textbox', { name: /Grounds/ }), 'The visit missed our clinic.');
    await user.click(within(form).getByRole('button', { name: 'Send the appeal' }));
    await waitFor(() => expect(sent).toEqual([{ grounds: 'The visit missed our clinic.', version: 1 }]));
    expect(await screen.findByText('Your appeal has been sent to the recognition panel.')).toBeTruthy();
  });

  it("lists at once everything an upheld appeal's outcome misses, and sends nothing", async () => {
    const recordAppealOutcome = jest.fn();
    const appeal = {
      decisionNumber: 1,
      grounds: 'The visit missed our clinic.',
      lodgedBy: 'p-lead',
      lodgedAt: '2027-03-25T10:00:00.000Z',
      outcome: null,
    };
    renderWithApp(
      <RecognitionPage assessmentId="a-1" />,
      {
        recognition: async () =>
          decided({
            version: 2,
            appeals: [appeal],
            openAppeal: appeal,
            allowed: {
              decide: { allowed: false, reason: 'An appeal is waiting: record its outcome instead.' },
              appeal: { allowed: false, reason: 'This decision has already been appealed.' },
              decideAppeal: { allowed: true },
            },
          }),
        recordAppealOutcome,
      },
      PANEL,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Record the appeal’s outcome' }));
    const form = screen.getByRole('form', { name: 'Record the appeal’s outcome' });
    await user.click(within(form).getByRole('radio', { name: 'Upheld: the decision is changed' }));
    await user.click(within(form).getByRole('button', { name: 'Record the outcome' }));
    const problems = within(within(form).getByTestId('form-outcome')).getAllByRole('listitem');
    expect(problems.map((p) => p.textContent)).toEqual([
      "The appeal's outcome cannot be recorded without the reasons for the outcome.",
      'The decision cannot be recorded without the reasons for the decision. Add it and record it again.',
    ]);
    expect(document.activeElement).toBe(within(form).getByTestId('form-outcome'));
    expect(recordAppealOutcome).not.toHaveBeenCalled();
  });

  it("records an upheld appeal's outcome with the new decision", async () => {
    const sent: unknown[] = [];
    const recordAppealOutcome: Api['recordAppealOutcome'] = async (_id, body) => {
      sent.push(body);
      return decided();
    };
    const appeal = {
      decisionNumber: 1,
      grounds: 'The visit missed our clinic.',
      lodgedBy: 'p-lead',
      lodgedAt: '2027-03-25T10:00:00.000Z',
      outcome: null,
    };
    renderWithApp(
      <RecognitionPage assessmentId="a-1" />,
      {
        recognition: async () =>
          decided({
            version: 2,
            appeals: [appeal],
            openAppeal: appeal,
            allowed: {
              decide: { allowed: false, reason: 'An appeal is waiting: record its outcome instead.' },
              appeal: { allowed: false, reason: 'This decision has already been appealed.' },
              decideAppeal: { allowed: true },
            },
          }),
        recordAppealOutcome,
      },
      PANEL,
    );
    const appeals = await screen.findByRole('region', { name: 'Appeals' });
    expect(appeals.textContent).toContain('Waiting for the panel’s outcome.');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Record the appeal’s outcome' }));
    const form = screen.getByRole('form', { name: 'Record the appeal’s outcome' });
    await user.click(within(form).getByRole('radio', { name: 'Upheld: the decision is changed' }));
    await user.type(within(form).getByRole('textbox', { name: 'Reasons for the outcome' }), 'The clinic meets it.');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Level recognised at' }), 'Excellent');
    await user.type(within(form).getByRole('textbox', { name: 'Reasons' }), 'Seen on appeal.');
    await user.click(within(form).getByRole('button', { name: 'Record the outcome' }));
    await waitFor(() =>
      expect(sent).toEqual([
        {
          result: 'upheld',
          reasons: 'The clinic meets it.',
          decision: {
            outcome: 'recognised',
            level: 'Excellent',
            validityMonths: 36,
            interimReviewMonths: 18,
            reasons: 'Seen on appeal.',
          },
          version: 2,
        },
      ]),
    );
  });

  it('has no serious or critical accessibility problem axe can find without a browser', async () => {
    const { container } = renderWithApp(
      <RecognitionPage assessmentId="a-1" />,
      { recognition: async () => decided() },
      PANEL,
    );
    await screen.findByRole('region', { name: 'The panel’s decision' });
    // Colours need a real browser: the Chromium steps check them in every theme.
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
  });
});

describe("the dashboard's formal status", () => {
  it('shows each service’s decision, its expiry and what is due next, linked to the recognition page', async () => {
    const row = {
      assessmentId: 'a-1',
      subjectId: 's-1',
      subjectName: 'Rheumatology service',
      state: 'agreed' as const,
      progress: { rated: 4, total: 4, percent: 100 },
      overallPercent: 100,
      themePercents: [],
      recognitionLevel: 'Excellent',
      formalStatus: {
        status: 'recognised' as const,
        level: 'Excellent',
        decidedOn: '2027-03-20',
        expiresOn: '2030-03-20',
        dueNext: { what: 'interim_review' as const, on: '2028-09-20' },
      },
    };
    renderWithApp(<ServicesScoreTable label="Services" subjectHeader="Service" themes={[]} rows={[row]} />, {}, PANEL);
    const link = await screen.findByRole('link', { name: 'Recognised: Excellent' });
    expect(link.getAttribute('href')).toBe('/assessments/a-1/recognition');
    const cell = link.closest('td');
    expect(cell?.textContent).toContain('Until 20/03/2030');
    expect(cell?.textContent).toContain('Interim review 20/09/2028');
  });
});

describe('the recognition page’s address', () => {
  it('opens from /assessments/<id>/recognition and links back to it', () => {
    const route = parseRoute('/assessments/a%2F1/recognition');
    expect(route).toEqual({ page: 'recognition', assessmentId: 'a/1' });
    expect(routeToUrl(route)).toBe('/assessments/a%2F1/recognition');
  });
});

describe("the review's pages", () => {
  it('link to the recognition decision only for those the API lets read it', async () => {
    const first = renderWithApp(
      <ReviewPagesNav assessmentId="a-1" current="review" recognition={{ allowed: true }} />,
      {},
      LEAD,
    );
    const link = await screen.findByRole('link', { name: 'Recognition decision' });
    expect(link.getAttribute('href')).toBe('/assessments/a-1/recognition');
    first.unmount();
    renderWithApp(
      <ReviewPagesNav
        assessmentId="a-1"
        current="review"
        recognition={{ allowed: false, reason: 'The recognition decision follows the agreed review.' }}
      />,
      {},
      LEAD,
    );
    expect(screen.getByRole('link', { name: 'Ratings and findings' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Recognition decision' })).toBeNull();
  });

  it('link to the report only for those the API lets read it, and mark it on the report itself', async () => {
    const reviewer = renderWithApp(
      <ReviewPagesNav
        assessmentId="a-1"
        current="review"
        report={{ allowed: false, reason: 'Your roles in the network do not include this.' }}
      />,
      {},
      LEAD,
    );
    await screen.findByRole('link', { name: 'Ratings and findings' });
    expect(screen.queryByRole('link', { name: 'The report' })).toBeNull();
    reviewer.unmount();
    const lead = renderWithApp(
      <ReviewPagesNav assessmentId="a-1" current="review" report={{ allowed: true }} />,
      {},
      LEAD,
    );
    expect((await screen.findByRole('link', { name: 'The report' })).getAttribute('href')).toBe(
      '/assessments/a-1/report',
    );
    lead.unmount();
    renderWithApp(<ReviewPagesNav assessmentId="a-1" current="report" />, {}, LEAD);
    expect((await screen.findByRole('link', { name: 'The report' })).getAttribute('aria-current')).toBe('page');
  });
});
