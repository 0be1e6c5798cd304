/** @jest-environment jsdom */
import './tab-test-env';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { REPORT_COMMENT_TEXT_FIELDS, textFieldProblems } from '../../src/domain/text-field-rules';
import type {
  ReportComment,
  ReportCommentDecisionRequest,
  ReportCommentRequest,
  ReportTransitionRequest,
  ReportView,
} from '../../tab/src/api/types';
import { ReportLink } from '../../tab/src/pages/assessment/ReportLink';
import { ReportPage } from '../../tab/src/pages/report/ReportPage';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const LEAD = me([]);
const NOT_NOW = (reason: string) => ({ allowed: false, reason }) as const;

function view(overrides: Partial<ReportView> = {}, report: Partial<ReportView['report']> = {}): ReportView {
  return {
    report: {
      id: 'report:a-1',
      version: 3,
      subject: { kind: 'service', serviceId: 's-1', organisationId: 'o-1' },
      cycleId: 'c-1',
      assessmentId: 'a-1',
      state: 'final',
      files: [
        {
          format: 'docx',
          fileName: 'peer-review-report-rheumatology.docx',
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          sizeBytes: 10,
          storageKey: 'k',
        },
      ],
      headline: { overallPercent: 72, recognitionLevel: 'Good' },
      publicSummary: {
        serviceName: 'Rheumatology service',
        organisationName: 'GSTT',
        cycleName: 'Cycle 2026/27',
        whatTheServiceDoes: 'Care for inflammatory arthritis.',
        recognitionLevel: 'Good',
        recognitionMeaning: 'Meets the essential standards.',
        headline: 'The review team looked at 5 standards.',
        doesWell: ['Every patient is asked about mood at each visit.'],
        improving: ['Write a joint care plan.'],
        reviewedOn: '2027-01-25',
        holdUsToIt: 'Ask the team how the improvements are going.',
      },
      generatedAt: '2027-02-01T10:00:00.000Z',
      generatedBy: 'p-lead',
      publishedAt: null,
      history: [{ at: '2027-02-01T10:00:00.000Z', by: 'p-lead', action: 'generate', note: '' }],
      ...report,
    },
    allowedActions: ['publish'],
    transitions: {
      send_for_check: NOT_NOW('The report is final. Only a draft goes to the service for its factual-accuracy check.'),
      request_corrections: NOT_NOW('The report is final. Corrections are asked for during the factual-accuracy check.'),
      finalise: NOT_NOW('The report is final. A report is finalised at the end of the factual-accuracy check.'),
      publish: { allowed: true },
      withdraw: NOT_NOW('The report is final. Only a published report can be withdrawn.'),
    },
    document: {
      title: 'Peer review report: Rheumatology service',
      subtitle: 'GSTT, Cycle 2026/27',
      fileStem: 'peer-review-report-rheumatology',
      sections: [
        {
          heading: 'Scores by theme',
          blocks: [
            {
              kind: 'table',
              title: 'Scores by theme',
              sheet: 'Themes',
              columns: ['Theme', 'Score %'],
              rows: [
                ['1. Integrated care', 80],
                ['2. Physical health', null],
              ],
            },
          ],
        },
        {
          heading: 'Immediate concerns',
          blocks: [{ kind: 'bullets', items: ['1.2 Urgent help: No route to urgent psychiatric help.'] }],
        },
      ],
    },
    publicSummaryProblems: [],
    comments: [],
    allowed: {
      comment: NOT_NOW('The report takes comments only while the service checks its facts.'),
      decide_comments: NOT_NOW('The factual-accuracy check is over: its comments are settled.'),
      regenerate: NOT_NOW('The report is final: its files no longer change.'),
    },
    ...overrides,
  };
}

describe('the report page', () => {
  it('renders the report from its document: sections, tables and findings as the Word file has them', async () => {
    renderWithApp(<ReportPage assessmentId="a-1" />, { report: async () => view() }, LEAD);
    expect(await screen.findByRole('heading', { name: 'Peer review report: Rheumatology service' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Scores by theme' });
    expect(within(table).getByRole('cell', { name: '80' })).toBeTruthy();
    expect(within(table).getByRole('cell', { name: '–' })).toBeTruthy();
    expect(screen.getByText('1.2 Urgent help: No route to urgent psychiatric help.')).toBeTruthy();
    expect(screen.getByText('Final', { selector: 'li' }).getAttribute('aria-current')).toBe('step');
    expect(screen.getByRole('link', { name: 'The report' }).getAttribute('aria-current')).toBe('page');
  });

  it("lists the report's record in words, not codes", async () => {
    const history = [
      { at: '2027-02-01T10:00:00.000Z', by: 'p-lead', action: 'generate', note: '' },
      { at: '2027-02-02T10:00:00.000Z', by: 'p-lead', action: 'send_for_check', note: '' },
      { at: '2027-02-20T10:00:00.000Z', by: 'p-lead', action: 'withdraw', note: 'A name was left in.' },
    ] as const;
    renderWithApp(<ReportPage assessmentId="a-1" />, { report: async () => view({}, { history }) }, LEAD);
    const record = await screen.findByRole('list', { name: "The report's record" });
    const lines = within(record)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    expect(lines[0]).toMatch(/: Report generated$/);
    expect(lines[1]).toMatch(/: Sent to the service for the factual-accuracy check$/);
    expect(lines[2]).toMatch(/: Published report withdrawn \(A name was left in\.\)$/);
    expect(lines.join(' ')).not.toMatch(/_/);
  });

  it('offers each step as a button, disabled with the reason the API gives', async () => {
    renderWithApp(<ReportPage assessmentId="a-1" />, { report: async () => view() }, LEAD);
    const finalise = await screen.findByRole('button', { name: /Finalise the report/ });
    expect(finalise.getAttribute('aria-disabled')).toBe('true');
    expect(finalise.getAttribute('aria-describedby')).toBeTruthy();
    expect(
      screen.getByText('The report is final. A report is finalised at the end of the factual-accuracy check.'),
    ).toBeTruthy();
  });

  it('shows the public summary and publishes only once the lead reviewer confirms it', async () => {
    const moves: ReportTransitionRequest[] = [];
    renderWithApp(
      <ReportPage assessmentId="a-1" />,
      {
        report: async () => view(),
        moveReport: async (_id: string, body: ReportTransitionRequest) => {
          moves.push(body);
          return view({ allowedActions: [] }, { state: 'published', version: 4 });
        },
      },
      LEAD,
    );
    expect(await screen.findByText('Every patient is asked about mood at each visit.')).toBeTruthy();
    expect(screen.getByText('Write a joint care plan.')).toBeTruthy();
    const publish = screen.getByRole<HTMLButtonElement>('button', { name: 'Publish' });
    expect(publish.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /I have read the public summary/ }));
    expect(publish.disabled).toBe(false);
    fireEvent.click(publish);
    expect(await screen.findByText('Published', { selector: '[aria-current="step"]' })).toBeTruthy();
    expect(moves).toEqual([{ action: 'publish', note: '', version: 3, publicSummaryConfirmed: true }]);
  });

  it('says what in the public summary must not be public', async () => {
    renderWithApp(
      <ReportPage assessmentId="a-1" />,
      {
        report: async () =>
          view({
            publicSummaryProblems: ['an immediate concern ("No route to urgent psychiatric help.")'],
            transitions: {
              ...view().transitions,
              publish: NOT_NOW('The public summary would show an immediate concern.'),
            },
          }),
      },
      LEAD,
    );
    expect(
      await screen.findByText(
        'This summary cannot be published: it would show an immediate concern ("No route to urgent psychiatric help.").',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /I have read the public summary/ })).toBeNull();
  });

  it('withdraws a published report with the reason given, and moves the focus to what happened', async () => {
    const moves: ReportTransitionRequest[] = [];
    const published = view(
      {
        allowedActions: ['withdraw'],
        transitions: {
          ...view().transitions,
          publish: NOT_NOW('The report is published. Only a final report can be published: finalise it first.'),
          withdraw: { allowed: true },
        },
      },
      { state: 'published' },
    );
    renderWithApp(
      <ReportPage assessmentId="a-1" />,
      {
        report: async () => published,
        moveReport: async (_id: string, body: ReportTransitionRequest) => {
          moves.push(body);
          return view({}, { state: 'final', version: 4 });
        },
      },
      LEAD,
    );
    fireEvent.change(await screen.findByRole('textbox', { name: /Note/ }), {
      target: { value: 'The visit date was wrong.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw the published report' }));
    expect(await screen.findByText('Final', { selector: '[aria-current="step"]' })).toBeTruthy();
    expect(moves).toEqual([
      { action: 'withdraw', note: 'The visit date was wrong.', version: 3, publicSummaryConfirmed: false },
    ]);
    // The button pressed is gone: the focus lands on what happened, in the words of the report's record.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Published report withdrawn.'));
  });
});

const COMMENT: ReportComment = {
  id: 'rc-1',
  version: 1,
  assessmentId: 'a-1',
  cycleId: 'c-1',
  section: 'Immediate concerns',
  passage: '1.2 Urgent help: No route to urgent psychiatric help.',
  whatIsWrong: 'A route was agreed in January.',
  shouldSay: '1.2 Urgent help: The route to urgent help was agreed in January.',
  evidenceUrl: null,
  status: 'open',
  commentedBy: 'p-grace',
  commentedAt: '2027-02-02T10:00:00.000Z',
  decision: null,
};

describe('the factual-accuracy check on the report page', () => {
  it('lets the service comment on a passage chosen from the report, and moves the focus to the comment being sent', async () => {
    const sent: ReportCommentRequest[] = [];
    renderWithApp(
      <ReportPage assessmentId="a-1" />,
      {
        report: async () => ({
          ...view({}, { state: 'factual_accuracy_check' }),
          allowed: { ...view().allowed, comment: { allowed: true }, decide_comments: NOT_NOW('You are not allowed.') },
        }),
        commentOnReport: async (_id: string, body: ReportCommentRequest) => {
          sent.push(body);
          return { ...COMMENT, version: 1 };
        },
      },
      LEAD,
    );
    fireEvent.click(await screen.findByRole('combobox', { name: 'Section' }));
    fireEvent.click(screen.getByRole('option', { name: 'Immediate concerns' }));
    fireEvent.click(screen.getByRole('combobox', { name: /Passage/ }));
    fireEvent.click(screen.getByRole('option', { name: COMMENT.passage }));
    fireEvent.change(screen.getByRole('textbox', { name: /What is wrong/ }), {
      target: { value: COMMENT.whatIsWrong },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /What it should say/ }), {
      target: { value: COMMENT.shouldSay },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send the comment' }));
    expect(await screen.findByText('Waiting for the lead reviewer')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe(
        'Your comment is sent. The lead reviewer will accept or reject it.',
      ),
    );
    expect(sent).toEqual([
      {
        section: 'Immediate concerns',
        passage: COMMENT.passage,
        whatIsWrong: COMMENT.whatIsWrong,
        shouldSay: COMMENT.shouldSay,
        evidenceUrl: null,
      },
    ]);
  });

  it('says at once everything a comment misses, in the words the API uses, and sends nothing', async () => {
    const commentOnReport = jest.fn();
    renderWithApp(
      <ReportPage assessmentId="a-1" />,
      {
        report: async () => ({
          ...view({}, { state: 'factual_accuracy_check' }),
          allowed: { ...view().allowed, comment: { allowed: true }, decide_comments: NOT_NOW('You are not allowed.') },
        }),
        commentOnReport,
      },
      LEAD,
    );
    fireEvent.change(await screen.findByRole('textbox', { name: /What is wrong/ }), {
      target: { value: 'A route was agreed.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send the comment' }));
    const expected = Object.values(
      textFieldProblems(REPORT_COMMENT_TEXT_FIELDS, {
        section: '',
        passage: '',
        whatIsWrong: 'A route was agreed.',
        shouldSay: '',
      }),
    ).join(' ');
    expect(expected).toBe(
      'Enter the section of the report the passage is in. Enter the passage that is wrong, as the report has it. Enter what it should say.',
    );
    await waitFor(() => expect(document.activeElement?.textContent).toBe(expected));
    expect(commentOnReport).not.toHaveBeenCalled();
  });

  it('lets the lead reviewer accept one comment and reject another, each with a reason', async () => {
    const decisions: ReportCommentDecisionRequest[] = [];
    const second = { ...COMMENT, id: 'rc-2', section: 'Summary', passage: 'GSTT, Cycle 2026/27' };
    renderWithApp(
      <ReportPage assessmentId="a-1" />,
      {
        report: async () => ({
          ...view({}, { state: 'factual_accuracy_check' }),
          comments: [COMMENT, second],
          allowed: {
            comment: NOT_NOW('You are not allowed.'),
            decide_comments: { allowed: true },
            regenerate: { allowed: true },
          },
        }),
        decideReportComment: async (_id: string, commentId: string, body: ReportCommentDecisionRequest) => {
          decisions.push(body);
          const decided = commentId === 'rc-1' ? COMMENT : second;
          return {
            ...decided,
            version: 2,
            status: body.decision,
            decision: { by: 'p-lead', at: '2027-02-03T10:00:00.000Z', reason: body.reason },
          };
        },
      },
      LEAD,
    );
    const [firstReason, secondReason] = await screen.findAllByRole('textbox', { name: 'Reason for the decision' });
    if (!firstReason || !secondReason) throw new Error('no reason fields');
    fireEvent.change(firstReason, { target: { value: 'The minutes confirm it.' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Accept the correction' })[0] as HTMLElement);
    expect(
      await screen.findByText(
        'Accepted: the report is corrected when it is regenerated. Reason: The minutes confirm it.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Regenerate the report with the accepted corrections' })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Reason for the decision' }), {
      target: { value: 'The subtitle is right.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Reject the comment' }));
    expect(await screen.findByText('Rejected. Reason: The subtitle is right.')).toBeTruthy();
    expect(decisions).toEqual([
      { decision: 'accepted', reason: 'The minutes confirm it.', version: 1 },
      { decision: 'rejected', reason: 'The subtitle is right.', version: 1 },
    ]);
  });
});

describe('the link to the report from the self-assessment', () => {
  it('shows once the API lets the person read the report, and says when the check is with them', async () => {
    const checking = {
      ...view({}, { state: 'factual_accuracy_check' }),
      allowed: { ...view().allowed, comment: { allowed: true } as const },
    };
    renderWithApp(<ReportLink assessmentId="a-1" />, { report: async () => checking }, LEAD);
    const link = await screen.findByRole('link', { name: "Read the review's report (factual-accuracy check)" });
    expect(link.getAttribute('href')).toBe('/assessments/a-1/report');
    expect(screen.getByText(/it is with you for its factual-accuracy check/)).toBeTruthy();
  });
});
