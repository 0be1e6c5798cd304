import { ASSESSMENT_STATES, type AssessmentState } from '../../../src/domain/assessment';
import {
  ASSESSMENT_ACTIONS,
  allowedActions,
  isEditableBySelfAssessors,
  nextState,
  type AssessmentAction,
} from '../../../src/domain/assessment-state';
import { thrown } from './fixtures';

const LEGAL: [AssessmentState, AssessmentAction, AssessmentState][] = [
  ['not_started', 'start', 'in_progress'],
  ['in_progress', 'submit', 'submitted'],
  ['submitted', 'begin_review', 'under_review'],
  ['submitted', 'return', 'returned'],
  ['under_review', 'return', 'returned'],
  ['returned', 'resume', 'in_progress'],
  ['under_review', 'agree', 'agreed'],
  ['agreed', 'close', 'closed'],
];

describe('assessment life cycle', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, action, to) => {
    expect(nextState(from, action)).toBe(to);
  });

  it('offers exactly the actions of the legal transitions from each state', () => {
    expect(allowedActions('not_started')).toEqual(['start']);
    expect(allowedActions('in_progress')).toEqual(['submit']);
    expect(allowedActions('submitted')).toEqual(['begin_review', 'return']);
    expect(allowedActions('under_review')).toEqual(['return', 'agree']);
    expect(allowedActions('returned')).toEqual(['resume']);
    expect(allowedActions('agreed')).toEqual(['close']);
    expect(allowedActions('closed')).toEqual([]);
  });

  it('explains a refused transition in plain words', () => {
    const error = thrown(() => nextState('submitted', 'start'));
    expect(error.code).toBe('illegal_transition');
    expect(error.field).toBe('action');
    expect(error.message).toBe(
      'An assessment that is submitted cannot be started. From submitted you can: begin_review, return.',
    );
    expect(error.details).toEqual({ state: 'submitted', action: 'start', allowed: ['begin_review', 'return'] });
  });

  const illegal = ASSESSMENT_STATES.flatMap((state) =>
    ASSESSMENT_ACTIONS.filter((action) => !LEGAL.some(([s, a]) => s === state && a === action)).map(
      (action): [AssessmentState, AssessmentAction] => [state, action],
    ),
  );

  it('refuses every other transition (7 states x 7 actions - 8 legal = 41)', () => {
    expect(illegal).toHaveLength(41);
  });

  it.each(illegal)('refuses %s --%s--> and lists what is allowed instead', (state, action) => {
    const error = thrown(() => nextState(state, action));
    expect(error.code).toBe('illegal_transition');
    const allowed = allowedActions(state);
    expect(error.details).toEqual({ state, action, allowed });
    if (allowed.length > 0) expect(error.message).toContain(`From ${state} you can: ${allowed.join(', ')}.`);
    else expect(error.message).toContain('Nothing more can happen to a closed assessment.');
  });

  it('lets self-assessors edit only before submission or after a return', () => {
    const editable = ASSESSMENT_STATES.filter(isEditableBySelfAssessors);
    expect(editable).toEqual(['not_started', 'in_progress', 'returned']);
  });
});
