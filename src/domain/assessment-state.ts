import type { AssessmentState } from './assessment';
import { DomainError } from './errors';

export const ASSESSMENT_ACTIONS = ['start', 'submit', 'begin_review', 'return', 'resume', 'agree', 'close'] as const;
export type AssessmentAction = (typeof ASSESSMENT_ACTIONS)[number];

/**
 * The whole life cycle of an assessment in one table, so that the API, the bot cards and the tab all
 * agree on what can happen next. Listed in the order users are offered the actions.
 */
const TRANSITIONS: Readonly<Record<AssessmentState, Partial<Readonly<Record<AssessmentAction, AssessmentState>>>>> = {
  not_started: { start: 'in_progress' },
  in_progress: { submit: 'submitted' },
  submitted: { begin_review: 'under_review', return: 'returned' },
  under_review: { return: 'returned', agree: 'agreed' },
  returned: { resume: 'in_progress' },
  agreed: { close: 'closed' },
  closed: {},
};

/** How each action reads in "cannot be ..." so an error message is a plain sentence. */
const ACTION_PAST: Readonly<Record<AssessmentAction, string>> = {
  start: 'started',
  submit: 'submitted',
  begin_review: 'put under review',
  return: 'returned',
  resume: 'resumed',
  agree: 'agreed',
  close: 'closed',
};

export function allowedActions(state: AssessmentState): AssessmentAction[] {
  return ASSESSMENT_ACTIONS.filter((a) => TRANSITIONS[state][a] !== undefined);
}

/** Why `action` cannot happen to an assessment in `state`, in a plain sentence; null when it can. */
export function transitionRefusal(state: AssessmentState, action: AssessmentAction): string | null {
  if (TRANSITIONS[state][action] !== undefined) return null;
  const allowed = allowedActions(state);
  const options =
    allowed.length > 0
      ? `From ${state} you can: ${allowed.join(', ')}.`
      : `Nothing more can happen to a ${state} assessment.`;
  return `An assessment that is ${state.replace(/_/g, ' ')} cannot be ${ACTION_PAST[action]}. ${options}`;
}

export function nextState(state: AssessmentState, action: AssessmentAction): AssessmentState {
  const next = TRANSITIONS[state][action];
  if (next !== undefined) return next;
  throw new DomainError('illegal_transition', transitionRefusal(state, action) ?? '', 'action', {
    state,
    action,
    allowed: allowedActions(state),
  });
}

/**
 * Self-assessors may change ratings only before submission or after reviewers hand it back; once
 * submitted the self-assessment is locked so reviewers read what was submitted.
 */
export function isEditableBySelfAssessors(state: AssessmentState): boolean {
  return state === 'not_started' || state === 'in_progress' || state === 'returned';
}

/** Why the self-assessment's ratings and evidence cannot change in `state`; null while they can. */
export function selfAssessmentLockedBecause(state: AssessmentState): string | null {
  if (isEditableBySelfAssessors(state)) return null;
  return `This assessment is ${state.replace(/_/g, ' ')}, so its ratings and evidence are locked. Ask the lead reviewer to return it if something must change.`;
}
