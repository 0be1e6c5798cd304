/** @jest-environment jsdom */
import './tab-test-env';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiProblemError, ApiUnavailableError } from '../../tab/src/api/errors';
import type { Api } from '../../tab/src/api/endpoints';
import type {
  FindingView,
  Permission,
  ReviewerRating,
  ReviewerRatingRequest,
  ReviewView,
  StandardReviewLine,
} from '../../tab/src/api/types';
import { ReviewPage } from '../../tab/src/pages/review/ReviewPage';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const PEER = me([
  {
    id: 'r',
    version: 1,
    personId: 'p-lead',
    role: 'peer_reviewer',
    scope: { kind: 'review', assessmentId: 'a-1' },
  },
]);
const ALLOWED: Permission = { allowed: true };
const OUTSIDE: Permission = {
  allowed: false,
  reason: 'This assessment is agreed, not under review, so review ratings and findings cannot be recorded.',
};

function line(code: string, overrides: Partial<StandardReviewLine> = {}): StandardReviewLine {
  return {
    standardCode: code,
    title: `Standard ${code} title`,
    text: `What standard ${code} asks.`,
    plainEnglish: null,
    themeCode: code.split('.')[0] ?? '1',
    type: 'essential',
    self: { rating: 'met', narrative: `The service on ${code}.`, naReason: '' },
    selfEvidence: [
      {
        id: `ev-${code}`,
        fileName: `Audit ${code}.pdf`,
        sizeBytes: 100,
        uploadedBy: 'p-x',
        uploadedByName: 'Grace',
        uploadedAt: '2026-11-20T10:00:00Z',
      },
    ],
    mine: null,
    allowed: { rate: ALLOWED, record_finding: ALLOWED },
    peer: [],
    expertByExperience: [],
    agreed: null,
    findings: [],
    ...overrides,
  };
}

function review(overrides: Partial<ReviewView> = {}, standard: Partial<StandardReviewLine> = {}): ReviewView {
  return {
    assessmentId: 'a-1',
    subjectName: 'Rheumatology',
    state: 'under_review',
    team: [],
    visit: null,
    informationRequests: [],
    myRole: 'peer_reviewer',
    themes: [
      { code: '1', title: 'Integrated patient care' },
      { code: '2', title: 'Involvement' },
    ],
    standards: [line('1.1', standard), line('1.2'), line('2.1')],
    progress: [
      { personId: 'p-lead', name: 'Ella Morgan', role: 'peer_reviewer', rated: 0, toRate: 3 },
      { personId: 'p-expert', name: 'Maria Santos', role: 'expert_by_experience', rated: 2, toRate: 1 },
    ],
    teamEvidence: [],
    reviewAgreement: [],
    agreement: { themes: [], overall: { compared: 0, same: 0, differing: [] } } as unknown as ReviewView['agreement'],
    missingAgreed: [],
    allowed: {
      rate: ALLOWED,
      record_finding: ALLOWED,
      agree: OUTSIDE,
      add_evidence: ALLOWED,
      start: OUTSIDE,
      return: OUTSIDE,
      agree_review: OUTSIDE,
      read_actions: OUTSIDE,
    },
    readRecognition: { allowed: false, reason: 'The recognition decision follows the agreed review.' },
    readReport: { allowed: false, reason: 'The report is written once the review is agreed.' },
    readQuestionnaires: { allowed: false, reason: 'You are not allowed to read questionnaire results.' },
    ...overrides,
  };
}

type Save = (code: string, body: ReviewerRatingRequest) => Promise<ReviewerRating | undefined>;

function stored(code: string, body: ReviewerRatingRequest): ReviewerRating {
  return {
    id: `a-1:${code}:p-lead`,
    version: body.version + 1,
    assessmentId: 'a-1',
    cycleId: 'c-1',
    standardCode: code,
    reviewerId: 'p-lead',
    reviewerRole: 'peer_reviewer',
    rating: body.rating,
    comment: body.comment ?? '',
    updatedAt: new Date().toISOString(),
  };
}

function fakeApi(save: Save, view: () => ReviewView = () => review()): Partial<Api> {
  return {
    review: async () => view(),
    // A bare jest.fn() answers nothing; the API always answers the stored rating, and a draft store left holding an
    // empty answer leaked into the next test's page now and then.
    saveReviewerRating: async (_id, code, body) => (await save(code, body)) ?? stored(code, body),
  };
}

const open = (api: Partial<Api>) =>
  renderWithApp(<ReviewPage route={{ page: 'review', assessmentId: 'a-1' }} />, api, PEER);

beforeEach(() => window.localStorage.clear());

describe("The reviewer's workspace", () => {
  it('shows what people said beside the standards a questionnaire informs, from one call, when the API allows', async () => {
    const evidence = jest.fn(async () => ({
      assessmentId: 'a-1',
      standards: [
        {
          standardCode: '1.1',
          items: [
            {
              runId: 'run-1',
              questionnaireTitle: 'Staff questionnaire',
              audience: 'staff' as const,
              itemCode: 'S1',
              text: 'I have had training in physical health checks.',
              scale: 'yes_no_not_sure' as const,
              answered: 12,
              sharePositive: 75,
              distribution: null,
            },
          ],
        },
      ],
    }));
    open({
      ...fakeApi(jest.fn(), () => review({ readQuestionnaires: ALLOWED })),
      questionnaireEvidence: evidence,
    });
    const card = await screen.findByTestId('review-standard-1.1');
    const panel = await within(card).findByRole('region', { name: 'What people said' });
    expect(panel.textContent).toContain('Staff, 12 answered: 75% positive');
    expect(evidence).toHaveBeenCalledTimes(1);
  });

  it("shows the service's rating, narrative and evidence beside the reviewer's own, and everyone's progress", async () => {
    open(fakeApi(jest.fn()));
    const card = await screen.findByTestId('review-standard-1.1');
    expect(within(card).getByText('What standard 1.1 asks.')).toBeTruthy();
    expect(within(card).getByText('Their rating: Met')).toBeTruthy();
    expect(within(card).getByText('The service on 1.1.')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Download Audit 1.1.pdf' })).toBeTruthy();
    expect(within(card).getByRole('radiogroup')).toBeTruthy();
    expect(screen.queryByTestId('review-standard-2.1')).toBeNull();
    expect(within(screen.getByTestId('progress-p-expert')).getByText('2 rated, 1 still to rate')).toBeTruthy();
    expect(within(screen.getByTestId('progress-p-lead')).getByText(/^You/)).toBeTruthy();
    const pages = within(screen.getByRole('navigation', { name: 'This review' })).getAllByRole('link');
    expect(pages.map((l) => [l.textContent, l.getAttribute('href'), l.getAttribute('aria-current')])).toEqual([
      ['Ratings and findings', '/assessments/a-1/review', 'page'],
      ['Visit day', '/assessments/a-1/review/visit', null],
      ['Agree the review', '/assessments/a-1/review/agree', null],
    ]);
  });

  it('puts the everyday wording of a standard first when the framework has one', async () => {
    const plain = 'Everyone is offered a yearly check of their body as well as their mind.';
    open(fakeApi(jest.fn(), () => review({}, { plainEnglish: plain })));
    const card = await screen.findByTestId('review-standard-1.1');
    expect(within(card).getByTestId('standard-plain-english-1.1').textContent).toBe(`In everyday words: ${plain}`);
    expect(within(card).getByTestId('standard-wording-1.1').textContent).toBe('The standard: What standard 1.1 asks.');
    expect(within(await screen.findByTestId('review-standard-1.2')).queryByText(/In everyday words/)).toBeNull();
  });

  it('rates a standard with a comment and autosaves it, saying so', async () => {
    const save = jest.fn<ReturnType<Save>, Parameters<Save>>(async (code, body) => stored(code, body));
    open(fakeApi(save));
    const card = await screen.findByTestId('review-standard-1.1');
    const user = userEvent.setup();
    await user.click(within(card).getByRole('radio', { name: 'Partly met' }));
    await user.type(
      within(card).getByRole('textbox', { name: 'Your comment on standard 1.1' }),
      'Two clinics of three.',
    );
    await waitFor(() => expect(screen.getByTestId('save-summary').textContent).toBe('All changes saved.'), {
      timeout: 3000,
    });
    expect(save.mock.calls.at(-1)).toEqual([
      '1.1',
      { rating: 'partly_met', comment: 'Two clinics of three.', version: save.mock.calls.length - 1 },
    ]);
    expect(within(card).getByText(/^Saved /)).toBeTruthy();
  });

  it('keeps an edit on the device when the service cannot be reached, and sends it after a reload', async () => {
    const down = jest.fn<ReturnType<Save>, Parameters<Save>>(async () => {
      throw new ApiUnavailableError('offline', 'The network service cannot be reached.');
    });
    const first = open(fakeApi(down));
    const card = await screen.findByTestId('review-standard-1.1');
    const user = userEvent.setup();
    await user.click(within(card).getByRole('radio', { name: 'Not met' }));
    await waitFor(() => expect(down).toHaveBeenCalled(), { timeout: 3000 });
    await within(card).findByText(/kept on this device and retried/);
    first.unmount();

    const save = jest.fn<ReturnType<Save>, Parameters<Save>>(async (code, body) => stored(code, body));
    open(fakeApi(save));
    const again = await screen.findByTestId('review-standard-1.1');
    expect(within(again).getByRole<HTMLInputElement>('radio', { name: 'Not met' }).checked).toBe(true);
    await waitFor(() => expect(save).toHaveBeenCalledWith('1.1', { rating: 'not_met', comment: '', version: 0 }));
  });

  it('shows both versions on a conflict and keeps the one chosen', async () => {
    const theirs = stored('1.1', { rating: 'met', comment: 'Saved on my phone.', version: 0 });
    const save = jest.fn<ReturnType<Save>, Parameters<Save>>(async () => {
      throw new ApiProblemError({
        type: 't',
        title: 'Changed',
        status: 409,
        detail: 'changed',
        code: 'conflict',
        current: theirs,
      });
    });
    open(fakeApi(save));
    const card = await screen.findByTestId('review-standard-1.1');
    const user = userEvent.setup();
    await user.click(within(card).getByRole('radio', { name: 'Not met' }));
    const conflict = await within(card).findByTestId('conflict-1.1', {}, { timeout: 3000 });
    expect(within(conflict).getByText('Saved on my phone.')).toBeTruthy();
    await user.click(within(conflict).getByRole('button', { name: 'Keep the saved version' }));
    expect(within(card).queryByTestId('conflict-1.1')).toBeNull();
    expect(within(card).getByRole<HTMLInputElement>('radio', { name: 'Met' }).checked).toBe(true);
  });

  it('records a finding of a chosen kind, and offers change and delete only where the API allows', async () => {
    const theirs: FindingView = {
      id: 'f-1',
      version: 0,
      assessmentId: 'a-1',
      cycleId: 'c-1',
      standardCode: '1.1',
      kind: 'immediate_concern',
      text: 'No route to urgent help.',
      recordedBy: 'p-expert',
      recordedAt: '2027-01-20T10:00:00Z',
      recordedByName: 'Maria Santos',
      allowed: {
        change: {
          allowed: false,
          reason: 'Only the reviewer who recorded this finding, or the lead reviewer, can change it.',
        },
      },
    };
    let findings: FindingView[] = [theirs];
    const addFinding = jest.fn<ReturnType<Api['addFinding']>, Parameters<Api['addFinding']>>(async (_id, body) => {
      const added: FindingView = {
        ...theirs,
        id: 'f-2',
        kind: body.kind,
        text: body.text,
        recordedBy: 'p-lead',
        recordedByName: 'Ella Morgan',
        allowed: { change: ALLOWED },
      };
      findings = [...findings, added];
      return added;
    });
    open({ ...fakeApi(jest.fn(), () => review({}, { findings })), addFinding });
    const card = await screen.findByTestId('review-standard-1.1');
    const existing = within(card).getByTestId('finding-f-1');
    expect(within(existing).getByText('Immediate concern')).toBeTruthy();
    expect(within(existing).queryByRole('button', { name: 'Change finding' })).toBeNull();

    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Record a finding' }));
    await user.click(within(card).getByRole('radio', { name: /^Area for improvement/ }));
    await user.type(within(card).getByRole('textbox', { name: 'What you found' }), 'Letters are hard to read.');
    await user.click(within(card).getByRole('button', { name: 'Add finding' }));
    expect(addFinding).toHaveBeenCalledWith('a-1', {
      standardCode: '1.1',
      kind: 'area_for_improvement',
      text: 'Letters are hard to read.',
    });
    const mine = await within(card).findByTestId('finding-f-2');
    expect(within(mine).getByText('Area for improvement')).toBeTruthy();
    expect(within(mine).getByRole('button', { name: 'Change finding' })).toBeTruthy();
    expect(within(mine).getByRole('button', { name: 'Delete finding' })).toBeTruthy();
  });

  it('tells a reviewer who can change nothing why, and offers no rating', async () => {
    const view = review(
      {
        allowed: {
          rate: OUTSIDE,
          record_finding: OUTSIDE,
          agree: OUTSIDE,
          add_evidence: OUTSIDE,
          start: OUTSIDE,
          return: OUTSIDE,
          agree_review: OUTSIDE,
          read_actions: OUTSIDE,
        },
      },
      { allowed: { rate: OUTSIDE, record_finding: OUTSIDE } },
    );
    open(fakeApi(jest.fn(), () => view));
    const card = await screen.findByTestId('review-standard-1.1');
    expect(screen.getByText(/^You can read this review but not change it\./)).toBeTruthy();
    expect(within(card).queryByRole('radiogroup')).toBeNull();
    expect(within(card).getByTestId('why-not-1.1').textContent).toBe(OUTSIDE.reason);
    const record = within(card).getByRole('button', { name: 'Record a finding' });
    expect(record.getAttribute('aria-disabled')).toBe('true');
  });

  it('tells a reviewer outside the review window why the review does not open', async () => {
    const reason =
      'You are not allowed to see the peer review of this assessment. The review team sees the review during the peer review window; the service and organisation leads from the reporting phase on.';
    open({
      review: async () => {
        throw new ApiProblemError({ type: 't', title: 'Forbidden', status: 403, detail: reason, code: 'forbidden' });
      },
    });
    expect(await screen.findByText(reason)).toBeTruthy();
    expect(screen.queryByTestId('review-standard-1.1')).toBeNull();
  });
});
