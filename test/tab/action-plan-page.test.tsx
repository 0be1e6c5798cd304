/** @jest-environment jsdom */
import './tab-test-env';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { ApiProblemError } from '../../tab/src/api/errors';
import type { Api } from '../../tab/src/api/endpoints';
import type {
  ActionItem,
  ActionPlan,
  ActionStatus,
  ActionStatusRequest,
  ActionView,
  AddActionRequest,
  EvidenceRecord,
  Finding,
  Permission,
} from '../../tab/src/api/types';
import { ActionPlanPage } from '../../tab/src/pages/actions/ActionPlanPage';
import { detail, me } from './fixtures';
import { renderWithApp } from './render-with-app';

const SERVICE_LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-1' } },
]);
const OK: Permission = { allowed: true };
const VERIFY_REFUSED = 'Only the lead reviewer of this review can verify an action on an immediate concern.';
const STATUSES: readonly ActionStatus[] = [
  'proposed',
  'agreed',
  'in_progress',
  'completed',
  'verified',
  'deferred',
  'cancelled',
];

function action(overrides: Partial<ActionView> & Pick<ActionView, 'id' | 'title'>): ActionView {
  return {
    version: 1,
    assessmentId: 'a-1',
    cycleId: 'c-1',
    organisationId: 'org-1',
    serviceId: 'svc-1',
    findingId: null,
    findingKind: null,
    standardCode: null,
    description: '',
    ownerId: 'p-lead',
    ownerName: 'Ella Morgan',
    dueDate: '2027-06-30',
    status: 'agreed',
    progressNotes: [],
    completionEvidence: null,
    verifiedBy: null,
    verifiedAt: null,
    createdAt: '2027-01-01T10:00:00.000Z',
    updatedAt: '2027-01-01T10:00:00.000Z',
    overdue: false,
    nextStatuses: ['in_progress', 'completed', 'deferred', 'cancelled'],
    allowedStatuses: Object.fromEntries(STATUSES.map((s) => [s, OK])) as Record<ActionStatus, Permission>,
    allowed: { edit: OK },
    ...overrides,
  };
}

const FINDING: Finding = {
  id: 'f-2',
  version: 1,
  assessmentId: 'a-1',
  cycleId: 'c-1',
  standardCode: '2.1',
  kind: 'area_for_improvement',
  text: 'People with lived experience are not yet part of the service’s design group.',
  recordedBy: 'p-peer',
  recordedAt: '2026-07-02T10:00:00.000Z',
};

const EVIDENCE: EvidenceRecord = {
  id: 'ev-1',
  version: 0,
  assessmentId: 'a-1',
  fileName: 'crisis-line-letter.pdf',
  contentType: 'application/pdf',
  sizeBytes: 1000,
  storageKey: 'k',
  source: null,
  uploadedBy: 'p-lead',
  uploadedAt: '2027-02-01T10:00:00.000Z',
};

function plan(overrides: Partial<ActionPlan> = {}): ActionPlan {
  return {
    assessmentId: 'a-1',
    actions: [
      action({
        id: 'act-later',
        title: 'Audit mood screening',
        standardCode: '1.2',
        findingKind: 'area_for_improvement',
        dueDate: '2027-05-01',
      }),
      action({
        id: 'act-late',
        title: 'Put the crisis line on every clinic letter',
        standardCode: '1.4',
        findingKind: 'immediate_concern',
        dueDate: '2027-03-01',
        overdue: true,
        status: 'in_progress',
        nextStatuses: ['completed'],
      }),
      action({
        id: 'act-free',
        title: 'Refresh the team’s training plan',
        status: 'proposed',
        nextStatuses: ['agreed', 'deferred', 'cancelled'],
      }),
    ],
    findingsWithoutAction: [FINDING],
    overdueCount: 1,
    themes: [
      { code: '1', title: 'Integrated patient care' },
      { code: '2', title: 'Patient and community involvement' },
    ],
    allowed: { create: OK },
    ...overrides,
  };
}

function fakeApi(answer: ActionPlan, overrides: Partial<Api> = {}): Partial<Api> {
  return {
    assessment: async () => detail([], { subjectName: 'Rheumatology' }),
    actionPlan: async () => answer,
    evidence: async () => [EVIDENCE],
    assessmentPeople: async () => [
      { id: 'p-lead', displayName: 'Ella Morgan', jobTitle: 'Team manager', roles: ['service_lead'] },
    ],
    ...overrides,
  };
}

function saved(id: string, status: ActionStatus): ActionItem {
  return { ...action({ id, title: 't' }), status };
}

describe('the action plan page', () => {
  it('shows the plan theme by theme, overdue actions first and said in words', async () => {
    renderWithApp(<ActionPlanPage assessmentId="a-1" />, fakeApi(plan()), SERVICE_LEAD);
    const theme1 = await screen.findByRole('list', { name: 'Actions of 1. Integrated patient care' });
    const cards = within(theme1).getAllByRole('listitem', { name: /./ });
    expect(cards.map((c) => within(c).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Put the crisis line on every clinic letter',
      'Audit mood screening',
    ]);
    expect(within(cards[0] as HTMLElement).getByText('Overdue')).toBeTruthy();
    expect(within(cards[1] as HTMLElement).queryByText('Overdue')).toBeNull();
    expect(screen.getByText(/1 action is overdue/)).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Actions of Actions not tied to a standard' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: /Patient and community involvement/ })).toBeNull();
  });

  it('opens at the action a reminder points to', async () => {
    renderWithApp(<ActionPlanPage assessmentId="a-1" actionId="act-late" />, fakeApi(plan()), SERVICE_LEAD);
    const card = await screen.findByRole('listitem', { name: 'Put the crisis line on every clinic letter' });
    await waitFor(() => expect(document.activeElement).toBe(card));
  });

  it('creates an action from a finding no action answers yet', async () => {
    const addAction = jest.fn(async (_id: string, body: AddActionRequest) => ({
      ...saved('act-new', 'proposed'),
      title: body.title ?? '',
    }));
    renderWithApp(<ActionPlanPage assessmentId="a-1" />, fakeApi(plan(), { addAction }), SERVICE_LEAD);
    await userEvent.click(await screen.findByRole('button', { name: 'Create an action from this finding' }));
    const form = screen.getByRole('form', { name: 'New action' });
    await userEvent.type(within(form).getByLabelText('What will be done'), 'Invite two experts by experience');
    await userEvent.selectOptions(within(form).getByLabelText('Owner'), 'p-lead');
    await userEvent.type(within(form).getByLabelText('Due date'), '2027-09-30');
    await userEvent.click(within(form).getByRole('button', { name: 'Add to the plan' }));
    expect(addAction).toHaveBeenCalledWith('a-1', {
      findingId: 'f-2',
      title: 'Invite two experts by experience',
      description: FINDING.text,
      ownerId: 'p-lead',
      dueDate: '2027-09-30',
    });
    expect(await screen.findByText(/"Invite two experts by experience" is in the plan/)).toBeTruthy();
  });

  it('accepts a proposed action into the plan', async () => {
    const moveAction = jest.fn(async (_id: string, actionId: string, body: ActionStatusRequest) =>
      saved(actionId, body.status),
    );
    renderWithApp(<ActionPlanPage assessmentId="a-1" />, fakeApi(plan(), { moveAction }), SERVICE_LEAD);
    await userEvent.click(await screen.findByRole('button', { name: 'Accept into the plan' }));
    expect(moveAction).toHaveBeenCalledWith('a-1', 'act-free', { status: 'agreed', version: 1 });
  });

  it('adds a progress note', async () => {
    const addActionNote = jest.fn(async () => saved('act-later', 'agreed'));
    renderWithApp(<ActionPlanPage assessmentId="a-1" />, fakeApi(plan(), { addActionNote }), SERVICE_LEAD);
    const card = await screen.findByRole('listitem', { name: 'Audit mood screening' });
    await userEvent.click(within(card).getByRole('button', { name: 'Add a progress note' }));
    await userEvent.type(within(card).getByLabelText('Progress note'), 'Two of three clinics audited.');
    await userEvent.click(within(card).getByRole('button', { name: 'Save the note' }));
    expect(addActionNote).toHaveBeenCalledWith('a-1', 'act-later', {
      text: 'Two of three clinics audited.',
      version: 1,
    });
  });

  it('moves the focus to what a saved progress note did, not to the page body', async () => {
    const addActionNote = jest.fn(async () => saved('act-later', 'agreed'));
    renderWithApp(<ActionPlanPage assessmentId="a-1" />, fakeApi(plan(), { addActionNote }), SERVICE_LEAD);
    const card = await screen.findByRole('listitem', { name: 'Audit mood screening' });
    await userEvent.click(within(card).getByRole('button', { name: 'Add a progress note' }));
    await userEvent.type(within(card).getByLabelText('Progress note'), 'Two of three clinics audited.');
    await userEvent.click(within(card).getByRole('button', { name: 'Save the note' }));
    const notice = await screen.findByTestId('action-notice');
    await waitFor(() => expect(notice.textContent).toMatch(/^Progress note added to /));
    await waitFor(() => expect(document.activeElement).toBe(notice));
  });

  it('completes an action with evidence, and says in words why completion was refused', async () => {
    const moveAction = jest
      .fn<Promise<ActionItem>, [string, string, ActionStatusRequest]>()
      .mockRejectedValueOnce(
        new ApiProblemError({
          type: 't',
          title: 'Conflict',
          status: 409,
          code: 'conflict',
          detail: 'Someone else changed this action just now. Reload the page to see their change.',
        }),
      )
      .mockResolvedValueOnce(saved('act-late', 'completed'));
    renderWithApp(<ActionPlanPage assessmentId="a-1" />, fakeApi(plan(), { moveAction }), SERVICE_LEAD);
    const card = await screen.findByRole('listitem', { name: 'Put the crisis line on every clinic letter' });
    await userEvent.click(within(card).getByRole('button', { name: 'Mark as completed…' }));
    const form = within(card).getByRole('form', { name: 'Complete: Put the crisis line on every clinic letter' });
    // The same pieces as the self-assessment's evidence add new files for the action.
    expect(within(card).getByRole('button', { name: 'Upload evidence that it is done' })).toBeTruthy();
    expect(within(card).getByLabelText(/Add a file from OneDrive or SharePoint for this action/)).toBeTruthy();
    await userEvent.click(within(form).getByRole('checkbox', { name: 'crisis-line-letter.pdf' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Mark as completed' }));
    expect(await within(form).findByText(/Someone else changed this action just now/)).toBeTruthy();
    await userEvent.click(within(form).getByRole('button', { name: 'Mark as completed' }));
    expect(moveAction).toHaveBeenLastCalledWith('a-1', 'act-late', {
      status: 'completed',
      version: 1,
      completion: { note: '', evidenceIds: ['ev-1'] },
    });
  });

  it('uploads evidence for an action and offers it for completion', async () => {
    const added: EvidenceRecord = { ...EVIDENCE, id: 'ev-2', fileName: 'audit.pdf' };
    let files: EvidenceRecord[] = [EVIDENCE];
    const uploadActionEvidence = jest.fn(async () => {
      files = [...files, added];
      return added;
    });
    renderWithApp(
      <ActionPlanPage assessmentId="a-1" />,
      fakeApi(plan(), { uploadActionEvidence, evidence: async () => files }),
      SERVICE_LEAD,
    );
    const card = await screen.findByRole('listitem', { name: 'Put the crisis line on every clinic letter' });
    await userEvent.click(within(card).getByRole('button', { name: 'Mark as completed…' }));
    const file = new File(['%PDF-1.7'], 'audit.pdf', { type: 'application/pdf' });
    await userEvent.upload(within(card).getByTestId('evidence-file-input'), file);
    expect(uploadActionEvidence).toHaveBeenCalledWith('a-1', 'act-late', file, expect.any(Function));
    expect(await within(card).findByRole('checkbox', { name: 'audit.pdf' })).toBeTruthy();
    expect(screen.getByText('"audit.pdf" was added: choose it below.')).toBeTruthy();
  });

  it('lets the lead reviewer verify a completed action, and tells others why they cannot', async () => {
    const completed = (verify: Permission) =>
      plan({
        actions: [
          action({
            id: 'act-done',
            title: 'Put the crisis line on every clinic letter',
            standardCode: '1.4',
            findingKind: 'immediate_concern',
            status: 'completed',
            nextStatuses: verify.allowed ? ['verified', 'in_progress'] : ['in_progress'],
            allowedStatuses: {
              ...(Object.fromEntries(STATUSES.map((s) => [s, OK])) as Record<ActionStatus, Permission>),
              verified: verify,
            },
            completionEvidence: { note: 'Letters changed.', evidenceIds: ['ev-1'] },
          }),
        ],
      });
    const refused = renderWithApp(
      <ActionPlanPage assessmentId="a-1" />,
      fakeApi(completed({ allowed: false, reason: VERIFY_REFUSED })),
      SERVICE_LEAD,
    );
    const verifyButton = await screen.findByRole('button', { name: 'Verify that it is done' });
    expect(verifyButton.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(VERIFY_REFUSED)).toBeTruthy();
    expect(screen.getByRole('list', { name: /Completion evidence for/ }).textContent).toContain(
      'crisis-line-letter.pdf',
    );
    refused.unmount();

    const moveAction = jest.fn(async (_id: string, actionId: string, body: ActionStatusRequest) =>
      saved(actionId, body.status),
    );
    renderWithApp(<ActionPlanPage assessmentId="a-1" />, fakeApi(completed(OK), { moveAction }), me());
    await userEvent.click(await screen.findByRole('button', { name: 'Verify that it is done' }));
    expect(moveAction).toHaveBeenCalledWith('a-1', 'act-done', { status: 'verified', version: 1 });
  });

  it('has no serious or critical accessibility problem axe can find without a browser', async () => {
    const { container } = renderWithApp(<ActionPlanPage assessmentId="a-1" />, fakeApi(plan()), SERVICE_LEAD);
    await screen.findByRole('list', { name: 'Actions of 1. Integrated patient care' });
    // Colours need a real browser.
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
  });
});

describe('the action plan forms check everything before the API', () => {
  it('shows every problem of a new action at once, in the words the API uses, takes the focus there, and sends nothing', async () => {
    const addAction = jest.fn();
    renderWithApp(<ActionPlanPage assessmentId="a-1" />, fakeApi(plan(), { addAction }), SERVICE_LEAD);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add an action' }));
    const form = screen.getByRole('form', { name: 'New action' });
    await user.click(within(form).getByLabelText('What will be done'));
    await user.paste('x'.repeat(301));
    await user.click(within(form).getByRole('button', { name: 'Add to the plan' }));
    const outcome = within(form).getByTestId('form-outcome');
    expect(within(outcome).getByText('The action was not added')).toBeTruthy();
    expect(
      within(outcome)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Shorten what will be done to 300 characters or fewer (it has 301).',
      'An action needs an owner (who will do it), a due date (by when). Add them and save again.',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(outcome));
    expect(addAction).not.toHaveBeenCalled();
  });

  it('lands on what the new action did once it is added', async () => {
    const addAction = jest.fn(async () => ({ ...saved('act-new', 'proposed'), title: 'Audit the letters' }));
    renderWithApp(<ActionPlanPage assessmentId="a-1" />, fakeApi(plan(), { addAction }), SERVICE_LEAD);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add an action' }));
    const form = screen.getByRole('form', { name: 'New action' });
    await user.type(within(form).getByLabelText('What will be done'), 'Audit the letters');
    await user.selectOptions(within(form).getByLabelText('Owner'), 'p-lead');
    await user.type(within(form).getByLabelText('Due date'), '2027-09-30');
    await user.click(within(form).getByRole('button', { name: 'Add to the plan' }));
    const notice = screen.getByTestId('action-notice');
    await waitFor(() => expect(notice.textContent).toMatch(/^"Audit the letters" is in the plan as proposed/));
    await waitFor(() => expect(document.activeElement).toBe(notice));
  });

  it('says what completing an action needs before anything is sent, and takes the focus there', async () => {
    const moveAction = jest.fn();
    renderWithApp(<ActionPlanPage assessmentId="a-1" />, fakeApi(plan(), { moveAction }), SERVICE_LEAD);
    const user = userEvent.setup();
    const card = await screen.findByRole('listitem', { name: 'Put the crisis line on every clinic letter' });
    await user.click(within(card).getByRole('button', { name: 'Mark as completed…' }));
    const form = within(card).getByRole('form', { name: 'Complete: Put the crisis line on every clinic letter' });
    await user.click(within(form).getByRole('button', { name: 'Mark as completed' }));
    const outcome = within(form).getByTestId('form-outcome');
    expect(
      within(outcome)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Say how the action was completed, or attach evidence that shows it, before marking it completed.']);
    await waitFor(() => expect(document.activeElement).toBe(outcome));
    expect(moveAction).not.toHaveBeenCalled();
  });
});
