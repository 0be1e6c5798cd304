/** @jest-environment jsdom */
import './tab-test-env';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import type { Api } from '../../tab/src/api/endpoints';
import type { EvidenceItem } from '../../tab/src/api/types';
import { AssessmentPage } from '../../tab/src/pages/assessment/AssessmentPage';
import { QuestionnairesPage } from '../../tab/src/pages/questionnaires/QuestionnairesPage';
import { QuestionnaireEvidenceContext } from '../../tab/src/pages/questionnaires/evidence/questionnaire-evidence';
import { WhatPeopleSaid } from '../../tab/src/pages/questionnaires/evidence/WhatPeopleSaid';
import { detail, FRAMEWORK, me, response } from './fixtures';
import { PATIENTS, results } from './questionnaire-fixtures';
import { renderWithApp } from './render-with-app';

const LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-1' } },
]);
const RUN_ID = results().runId;

const SAID: EvidenceItem = {
  runId: RUN_ID,
  questionnaireTitle: PATIENTS.title,
  audience: 'patients',
  itemCode: 'P1',
  text: PATIENTS.items[0]!.text,
  scale: 'agree_disagree_5',
  answered: 6,
  sharePositive: 83.3,
  distribution: null,
};

describe("A questionnaire's results", () => {
  it('shows the count and nothing else while fewer than the minimum have answered', async () => {
    renderWithApp(
      <QuestionnairesPage assessmentId="a-1" runId={RUN_ID} />,
      {
        questionnaireResults: async () =>
          results({
            answers: 3,
            suppressed: true,
            comments: [],
            items: results().items.map((i) => ({ ...i, answered: null, distribution: null, sharePositive: null })),
          }),
      },
      LEAD,
    );
    expect(await screen.findByText(/3 answers, 1 on paper/)).toBeTruthy();
    expect(screen.getByText(/^Fewer than 5 answers: nothing shown yet\. Results appear once 5/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText(/share positive/)).toBeNull();
    expect(screen.getByText('Comments are shown once 5 people have answered.')).toBeTruthy();
  });

  it('shows per item the distribution and share positive, and per standard the items that inform it', async () => {
    renderWithApp(
      <QuestionnairesPage assessmentId="a-1" runId={RUN_ID} />,
      { questionnaireResults: async () => results() },
      LEAD,
    );
    const [first, second] = await screen.findAllByTestId('questionnaire-item');
    expect(first!.textContent).toContain('6 answered · share positive 83.3%');
    const table = within(first!).getByRole('table', { name: 'Answers to P1' });
    expect(within(table).getAllByRole('row')[2]!.textContent).toBe('Agree350%');
    // An item answered by fewer than the minimum shows nothing, even when the run has enough answers.
    expect(second!.textContent).toContain('Fewer than 5 answers: nothing shown yet.');
    expect(within(second!).queryByRole('table')).toBeNull();
    const standards = screen.getByRole('region', { name: 'Standard by standard' });
    expect(standards.textContent).toContain('Standard 1.1: question 1');
  });

  it('hides a comment only with a reason, saying so at once, and shows hidden ones without their text', async () => {
    const hide = jest.fn(async () => ({
      id: 'cm-1',
      itemCode: 'P3',
      version: 2,
      hidden: { reason: 'Names a doctor', at: '2026-11-26T10:00:00.000Z' },
    }));
    renderWithApp(
      <QuestionnairesPage assessmentId="a-1" runId={RUN_ID} />,
      { questionnaireResults: async () => results(), hideQuestionnaireComment: hide },
      LEAD,
    );
    const [open, hidden] = await screen.findAllByTestId('questionnaire-comment');
    expect(hidden!.textContent).toContain('Hidden on 20 November 2026: Names a nurse');
    expect(within(hidden!).queryByRole('button', { name: 'Hide this comment' })).toBeNull();
    const user = userEvent.setup();
    await user.click(within(open!).getByRole('button', { name: 'Hide this comment' }));
    await user.click(within(open!).getByRole('button', { name: 'Hide the comment' }));
    const outcome = within(open!).getByTestId('form-outcome');
    expect(outcome.textContent).toContain('Say in a few words why the comment is hidden');
    await waitFor(() => expect(document.activeElement).toBe(outcome));
    expect(hide).not.toHaveBeenCalled();
    await user.type(within(open!).getByRole('textbox', { name: /Why it is hidden/ }), 'Names a doctor');
    await user.click(within(open!).getByRole('button', { name: 'Hide the comment' }));
    expect(hide).toHaveBeenCalledWith('a-1', RUN_ID, 'cm-1', { reason: 'Names a doctor', version: 1 });
    const notice = await screen.findByTestId('action-notice');
    await waitFor(() => expect(notice.textContent).toContain('The comment is hidden'));
  });

  it('offers no hiding to those the API does not let hide comments', async () => {
    renderWithApp(
      <QuestionnairesPage assessmentId="a-1" runId={RUN_ID} />,
      { questionnaireResults: async () => results({ mayHideComments: false }) },
      LEAD,
    );
    await screen.findAllByTestId('questionnaire-comment');
    expect(screen.queryByRole('button', { name: 'Hide this comment' })).toBeNull();
  });
});

describe('What people said, beside the standards', () => {
  it('shows the items informing a standard with the share positive, and nothing for a standard without any', () => {
    render(
      <FluentProvider theme={teamsLightTheme}>
        <QuestionnaireEvidenceContext.Provider value={new Map([['1.1', [SAID]]])}>
          <WhatPeopleSaid standardCode="1.1" />
          <WhatPeopleSaid standardCode="1.2" />
        </QuestionnaireEvidenceContext.Provider>
      </FluentProvider>,
    );
    const panel = screen.getByRole('region', { name: 'What people said' });
    expect(panel.textContent).toContain(SAID.text);
    expect(panel.textContent).toContain('Patients, 6 answered: 83.3% positive');
    expect(screen.queryByTestId('what-people-said-1.2')).toBeNull();
  });

  function assessmentApi(readQuestionnaires: boolean, evidence: jest.Mock): Partial<Api> {
    const base = detail([response('1.1'), response('1.2'), response('2.1')]);
    return {
      assessment: async () => ({
        ...base,
        allowed: {
          ...base.allowed,
          read_questionnaires: readQuestionnaires
            ? { allowed: true }
            : { allowed: false, reason: "You are not allowed to see this service's questionnaire results." },
        },
      }),
      framework: async () => FRAMEWORK,
      cycles: async () => [],
      evidence: async () => [],
      assessmentPeople: async () => [],
      questionnaireEvidence: evidence,
    };
  }

  it('loads once for the self-assessment and shows the panel on the standard it informs, with a link to the page', async () => {
    const evidence = jest.fn(async () => ({
      assessmentId: 'a-1',
      standards: [{ standardCode: '1.1', items: [SAID] }],
    }));
    renderWithApp(
      <AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1' }} />,
      assessmentApi(true, evidence),
      LEAD,
    );
    const card = await screen.findByTestId('standard-1.1');
    await waitFor(() => expect(within(card).getByTestId('what-people-said-1.1')).toBeTruthy());
    expect(within(screen.getByTestId('standard-1.2')).queryByTestId('what-people-said-1.2')).toBeNull();
    expect(evidence).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: /Questionnaires: what staff, patients and carers say/ })).toBeTruthy();
  });

  it('asks nothing and links nowhere when the API says the person may not read the results', async () => {
    const evidence = jest.fn();
    renderWithApp(
      <AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1' }} />,
      assessmentApi(false, evidence),
      LEAD,
    );
    await screen.findByTestId('standard-1.1');
    expect(evidence).not.toHaveBeenCalled();
    expect(screen.queryByRole('link', { name: /Questionnaires/ })).toBeNull();
  });
});
