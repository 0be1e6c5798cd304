/** @jest-environment jsdom */
import './tab-test-env';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { ApiProblemError } from '../../tab/src/api/errors';
import type { Api } from '../../tab/src/api/endpoints';
import type { AgreedRating, AgreedRatingRequest, ReviewView } from '../../tab/src/api/types';
import { ReviewAgreementPage } from '../../tab/src/pages/review-agreement/ReviewAgreementPage';
import { reviewAgreementByTheme } from '../../src/domain/agreement';
import { detail, me, response } from './fixtures';
import { renderWithApp } from './render-with-app';

const LEAD_REVIEWER = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'lead_reviewer', scope: { kind: 'review', assessmentId: 'a-1' } },
]);

const AGREE_REASON =
  '2 standards still need an agreed rating (1.1, 2.1): record each with its rationale, then agree the review.';

function review(overrides: Partial<ReviewView> = {}): ReviewView {
  const standards: ReviewView['standards'] = [
    {
      standardCode: '1.1',
      title: 'Physical health checks',
      themeCode: '1',
      text: 'Every person with severe mental illness is offered a yearly physical health check.',
      plainEnglish: null,
      type: 'essential',
      self: { rating: 'met', narrative: 'Every patient is offered a check.', naReason: '' },
      peer: [
        {
          reviewerId: 'p-peer',
          name: 'Kwame Asante',
          role: 'peer_reviewer',
          rating: 'partly_met',
          comment: 'Two of three clinics.',
          version: 1,
          updatedAt: '2026-07-02T10:00:00Z',
        },
      ],
      expertByExperience: [
        {
          reviewerId: 'p-ebe',
          name: 'Maria Santos',
          role: 'expert_by_experience',
          rating: 'not_met',
          comment: 'Patients told us nobody asked.',
          version: 1,
          updatedAt: '2026-07-02T10:00:00Z',
        },
      ],
      agreed: null,
      findings: [],
      selfEvidence: [],
      mine: null,
      allowed: { rate: { allowed: true }, record_finding: { allowed: true } },
    },
    {
      standardCode: '2.1',
      title: 'Lived experience roles',
      themeCode: '2',
      text: 'People with lived experience help design and review the service.',
      plainEnglish: null,
      type: 'desirable',
      self: { rating: 'partly_met', narrative: '', naReason: '' },
      peer: [],
      expertByExperience: [],
      agreed: null,
      findings: [],
      selfEvidence: [],
      mine: null,
      allowed: { rate: { allowed: true }, record_finding: { allowed: true } },
    },
  ];
  return {
    assessmentId: 'a-1',
    state: 'under_review',
    team: [],
    visit: null,
    informationRequests: [],
    myRole: 'lead_reviewer',
    subjectName: 'Rheumatology',
    themes: [
      { code: '1', title: 'Integrated patient care' },
      { code: '2', title: 'Patient and community involvement' },
    ],
    progress: [],
    teamEvidence: [],
    standards,
    agreement: { overall: { pairs: 0, matching: 0, sharePercent: null, kappa: null }, byTheme: [] },
    reviewAgreement: reviewAgreementByTheme(
      [
        { code: '1', title: 'Integrated patient care' },
        { code: '2', title: 'Patient and community involvement' },
      ],
      standards.map((s) => ({
        themeCode: s.themeCode,
        self: s.self.rating,
        peer: s.peer.map((p) => p.rating),
        agreed: null,
      })),
    ),
    missingAgreed: [
      { standardCode: '1.1', title: 'Physical health checks' },
      { standardCode: '2.1', title: 'Lived experience roles' },
    ],
    allowed: {
      rate: { allowed: true },
      record_finding: { allowed: true },
      agree: { allowed: true },
      add_evidence: { allowed: true },
      start: {
        allowed: false,
        reason:
          'An assessment that is under review cannot be put under review. From under_review you can: return, agree.',
      },
      return: { allowed: true },
      agree_review: { allowed: false, reason: AGREE_REASON },
      read_actions: {
        allowed: false,
        reason: 'Action plans answer an agreed review; this assessment is under review.',
      },
    },
    readRecognition: { allowed: false, reason: 'The recognition decision follows the agreed review.' },
    readReport: { allowed: false, reason: 'The report is written once the review is agreed.' },
    readQuestionnaires: { allowed: false, reason: 'You are not allowed to read questionnaire results.' },
    ...overrides,
  };
}

function fakeApi(view: ReviewView, overrides: Partial<Api> = {}): Partial<Api> {
  return {
    assessment: async () => detail([response('1.1'), response('2.1')], {}),
    agreementReview: async () => view,
    ...overrides,
  };
}

describe("the lead reviewer's agreement page", () => {
  it('shows every rating of a standard side by side, with the comments', async () => {
    renderWithApp(<ReviewAgreementPage assessmentId="a-1" />, fakeApi(review()), LEAD_REVIEWER);
    const card = await screen.findByTestId('agreement-1.1');
    const ratings = within(card).getByRole('group', { name: 'Ratings of 1.1 side by side' });
    expect(ratings.textContent).toContain('Self-assessmentMet. Every patient is offered a check.');
    expect(ratings.textContent).toContain('Kwame Asante: Partly met. Two of three clinics.');
    expect(ratings.textContent).toContain('Maria Santos: Not met. Patients told us nobody asked.');
  });

  it('puts each theme agreement in words', async () => {
    renderWithApp(<ReviewAgreementPage assessmentId="a-1" />, fakeApi(review()), LEAD_REVIEWER);
    const theme1 = await screen.findByTestId('agreement-theme-1');
    expect(theme1.textContent).toContain('Self and peer ratings agreed on 0 of 1 standard (0%).');
    expect(theme1.textContent).toContain('With only 1 standard compared, read this with care');
  });

  it('offers only the decisions the API allows, and says why the others wait', async () => {
    renderWithApp(<ReviewAgreementPage assessmentId="a-1" />, fakeApi(review()), LEAD_REVIEWER);
    const agree = await screen.findByRole('button', { name: 'Agree the review' });
    expect(agree.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(AGREE_REASON)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Return for information' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('records an agreed rating with its rationale', async () => {
    const saved: [string, AgreedRatingRequest][] = [];
    const recordAgreedRating = async (_id: string, code: string, body: AgreedRatingRequest): Promise<AgreedRating> => {
      saved.push([code, body]);
      return {
        id: `a-1:${code}`,
        version: 1,
        assessmentId: 'a-1',
        cycleId: 'c-1',
        standardCode: code,
        rating: body.rating,
        rationale: body.rationale ?? '',
        agreedBy: 'p-lead',
        agreedAt: '2027-01-20T10:00:00.000Z',
      };
    };
    renderWithApp(<ReviewAgreementPage assessmentId="a-1" />, fakeApi(review(), { recordAgreedRating }), LEAD_REVIEWER);
    const user = userEvent.setup();
    const card = await screen.findByTestId('agreement-1.1');
    await user.click(within(card).getByRole('radio', { name: 'Partly met' }));
    await user.type(within(card).getByRole('textbox', { name: /Rationale for 1\.1/ }), 'Seen in two clinics.');
    await user.click(within(card).getByRole('button', { name: 'Save agreed rating' }));
    await waitFor(() =>
      expect(saved).toEqual([['1.1', { rating: 'partly_met', rationale: 'Seen in two clinics.', version: 0 }]]),
    );
  });

  it('keeps the rating and rationale when the save fails, and says why', async () => {
    const recordAgreedRating = async (): Promise<AgreedRating> => {
      throw new ApiProblemError({
        type: 't',
        title: 'Unprocessable',
        status: 422,
        code: 'not_under_review',
        detail: 'This assessment is returned, not under review, so review ratings and findings cannot be recorded.',
      });
    };
    renderWithApp(<ReviewAgreementPage assessmentId="a-1" />, fakeApi(review(), { recordAgreedRating }), LEAD_REVIEWER);
    const user = userEvent.setup();
    const card = await screen.findByTestId('agreement-1.1');
    await user.click(within(card).getByRole('radio', { name: 'Not met' }));
    const rationale = within(card).getByRole<HTMLTextAreaElement>('textbox', { name: /Rationale for 1\.1/ });
    await user.type(rationale, 'Nobody was asked.');
    await user.click(within(card).getByRole('button', { name: 'Save agreed rating' }));
    expect(await within(card).findByText(/not under review, so review ratings/)).toBeTruthy();
    expect(rationale.value).toBe('Nobody was asked.');
    expect(within(card).getByRole<HTMLInputElement>('radio', { name: 'Not met' }).checked).toBe(true);
  });

  it('returns the assessment with a list of asks, one about a standard', async () => {
    const sent: unknown[] = [];
    const returnForInformation: Api['returnForInformation'] = async (_id, body) => {
      sent.push(body);
      return detail([]).assessment;
    };
    renderWithApp(
      <ReviewAgreementPage assessmentId="a-1" />,
      fakeApi(review(), { returnForInformation }),
      LEAD_REVIEWER,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Return for information' }));
    const form = screen.getByRole('form', { name: 'Return for information' });
    await user.type(within(form).getByRole('textbox', { name: /^Ask 1/ }), 'Attach the audit.');
    await user.selectOptions(within(form).getByRole('combobox', { name: /Standard for ask 1/ }), '1.1');
    await user.click(within(form).getByRole('button', { name: 'Add another ask' }));
    await user.type(within(form).getByRole('textbox', { name: /^Ask 2/ }), 'Who leads it?');
    await user.click(within(form).getByRole('button', { name: 'Return to the service' }));
    await waitFor(() =>
      expect(sent).toEqual([
        {
          message: '',
          items: [
            { text: 'Attach the audit.', standardCode: '1.1' },
            { text: 'Who leads it?', standardCode: null },
          ],
          version: 3,
        },
      ]),
    );
  });

  it('says at once every ask and introduction that is too long, in the words the API uses, and sends nothing', async () => {
    const returnForInformation = jest.fn();
    renderWithApp(
      <ReviewAgreementPage assessmentId="a-1" />,
      fakeApi(review(), { returnForInformation }),
      LEAD_REVIEWER,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Return for information' }));
    const form = screen.getByRole('form', { name: 'Return for information' });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Introduction/ }), {
      target: { value: 'i'.repeat(5001) },
    });
    await user.type(within(form).getByRole('textbox', { name: /^Ask 1/ }), 'Attach the audit.');
    await user.click(within(form).getByRole('button', { name: 'Add another ask' }));
    fireEvent.change(within(form).getByRole('textbox', { name: /^Ask 2/ }), { target: { value: 'a'.repeat(2001) } });
    await user.click(within(form).getByRole('button', { name: 'Return to the service' }));
    const outcome = within(form).getByTestId('form-outcome');
    expect(
      within(outcome)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Shorten the introduction to 5,000 characters or fewer (it has 5,001).',
      'Ask 2: Shorten the ask to 2,000 characters or fewer (it has 2,001).',
    ]);
    expect(document.activeElement).toBe(outcome);
    expect(returnForInformation).not.toHaveBeenCalled();
  });

  it("shows the service's answers beside what the team asked", async () => {
    const view = review({
      informationRequests: [
        {
          at: '2027-01-20T10:00:00.000Z',
          by: 'p-lead',
          message: 'Before the visit:',
          items: [
            {
              id: '1-1',
              text: 'Attach the audit.',
              standardCode: '1.1',
              answer: { text: 'Attached to 1.1.', by: 'p-sl', at: '2027-01-21T10:00:00.000Z' },
            },
            { id: '1-2', text: 'Who leads it?', standardCode: null, answer: null },
          ],
        },
      ],
    });
    renderWithApp(<ReviewAgreementPage assessmentId="a-1" />, fakeApi(view), LEAD_REVIEWER);
    const section = await screen.findByRole('region', { name: 'What the team asked the service' });
    const items = within(section).getAllByRole('listitem');
    expect(items[0]?.textContent).toBe("1.1: Attach the audit.Service's answer: Attached to 1.1.");
    expect(items[1]?.textContent).toBe('Who leads it?No answer yet.');
  });

  it('has no serious or critical accessibility problem axe can find without a browser', async () => {
    const { container } = renderWithApp(<ReviewAgreementPage assessmentId="a-1" />, fakeApi(review()), LEAD_REVIEWER);
    await screen.findByTestId('agreement-1.1');
    // Colours need a real browser: the Chromium journey checks them in every theme.
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
  });
});
