import {
  actionPlanNotOpenBecause,
  allowedActionStatuses,
  changeActionStatus,
  isOverdue,
  validateActionFields,
  type ActionItem,
} from '../../../src/domain/action-plan';
import { thrown } from './fixtures';

const AT = '2027-05-01T10:00:00.000Z';

function action(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'act-1',
    version: 1,
    assessmentId: 'a-1',
    cycleId: 'c-1',
    organisationId: 'org-gstt',
    serviceId: 'svc-rheum',
    findingId: 'f-1',
    findingKind: 'area_for_improvement',
    standardCode: '1.2',
    title: 'Screen for depression in clinic',
    description: '',
    ownerId: 'p-owner',
    dueDate: '2027-06-30',
    status: 'proposed',
    progressNotes: [],
    completionEvidence: null,
    verifiedBy: null,
    verifiedAt: null,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

const OWNER = { personId: 'p-owner', isLeadReviewer: false };
const LEAD = { personId: 'p-lead', isLeadReviewer: true };
const DONE = { completion: { note: 'PHQ-9 now in every clinic letter; audit attached.', evidenceIds: [] } };

describe('action fields', () => {
  it('refuses an action without owner or due date, saying what is missing', () => {
    const e = thrown(() => validateActionFields({ title: 'Do it', ownerId: null, dueDate: null }));
    expect(e.code).toBe('action_incomplete');
    expect(e.message).toBe('An action needs an owner (who will do it), a due date (by when). Add them and save again.');
    expect(e.field).toBe('ownerId');
    const noDate = thrown(() => validateActionFields({ title: 'Do it', ownerId: 'p-1', dueDate: ' ' }));
    expect(noDate.message).toBe('An action needs a due date (by when). Add it and save again.');
    expect(noDate.field).toBe('dueDate');
  });

  it('refuses a due date that is not a real date', () => {
    expect(thrown(() => validateActionFields({ title: 'x', ownerId: 'p', dueDate: '2027-02-30' })).code).toBe(
      'invalid_due_date',
    );
  });
});

describe('action status', () => {
  it('runs proposed -> agreed -> in progress -> completed (with evidence) -> verified', () => {
    let a = changeActionStatus(action(), 'agreed', OWNER, {}, AT);
    a = changeActionStatus(a, 'in_progress', OWNER, { note: 'Started with the Tuesday clinic.' }, AT);
    a = changeActionStatus(a, 'completed', OWNER, DONE, AT);
    a = changeActionStatus(a, 'verified', LEAD, {}, AT);
    expect(a).toMatchObject({ status: 'verified', verifiedBy: 'p-lead', verifiedAt: AT });
    expect(a.progressNotes).toEqual([{ at: AT, by: 'p-owner', text: 'Started with the Tuesday clinic.' }]);
    expect(a.completionEvidence).toEqual({ note: DONE.completion.note, evidenceIds: [] });
    expect(allowedActionStatuses('verified')).toEqual([]);
  });

  it('refuses completion without evidence', () => {
    const e = thrown(() => changeActionStatus(action({ status: 'in_progress' }), 'completed', OWNER, {}, AT));
    expect(e.code).toBe('completion_evidence_required');
  });

  it('refuses a jump that the life cycle does not have, listing what can happen', () => {
    const e = thrown(() => changeActionStatus(action(), 'verified', LEAD, {}, AT));
    expect(e.message).toBe(
      'An action that is proposed cannot become verified. From proposed it can become: agreed, deferred, cancelled.',
    );
  });

  it('lets ordinary actions be deferred and cancelled', () => {
    expect(changeActionStatus(action(), 'deferred', OWNER, {}, AT).status).toBe('deferred');
    expect(changeActionStatus(action(), 'cancelled', OWNER, {}, AT).status).toBe('cancelled');
  });

  it('never lets an immediate concern be cancelled or deferred', () => {
    const concern = action({ findingKind: 'immediate_concern' });
    for (const to of ['cancelled', 'deferred'] as const) {
      const e = thrown(() => changeActionStatus(concern, to, LEAD, {}, AT));
      expect(e.code).toBe('immediate_concern_needs_verification');
      expect(e.message).toMatch(/closed only when the lead reviewer verifies/);
    }
  });

  it('lets only the lead reviewer verify an immediate concern', () => {
    const completed = action({ findingKind: 'immediate_concern', status: 'completed' });
    const e = thrown(() => changeActionStatus(completed, 'verified', OWNER, {}, AT));
    expect(e.message).toBe('Only the lead reviewer of this review can verify an action on an immediate concern.');
    expect(changeActionStatus(completed, 'verified', LEAD, {}, AT).status).toBe('verified');
  });

  it('is overdue only while open and past its due date', () => {
    expect(isOverdue(action({ dueDate: '2027-04-30' }), '2027-05-01')).toBe(true);
    expect(isOverdue(action({ dueDate: '2027-05-01' }), '2027-05-01')).toBe(false);
    expect(isOverdue(action({ dueDate: '2027-04-30', status: 'completed' }), '2027-05-01')).toBe(false);
  });

  it('has a plan only once the review is agreed, and says so before', () => {
    expect(actionPlanNotOpenBecause('agreed')).toBeNull();
    expect(actionPlanNotOpenBecause('closed')).toBeNull();
    expect(actionPlanNotOpenBecause('under_review')).toBe(
      'Action plans answer an agreed review; this assessment is under review.',
    );
  });
});
