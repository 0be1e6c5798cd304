import type { ActionStatus, ActionView } from '../../api/types';

/** What moving an action to a status is called on its button, from where it is now. */
export function moveLabel(from: ActionStatus, to: ActionStatus): string {
  switch (to) {
    case 'agreed':
      return from === 'proposed' ? 'Accept into the plan' : 'Take up again';
    case 'in_progress':
      return from === 'completed' ? 'Reopen: not done yet' : 'Start work';
    case 'completed':
      return 'Mark as completed…';
    case 'verified':
      return 'Verify that it is done';
    case 'deferred':
      return 'Defer';
    case 'cancelled':
      return 'Cancel the action';
    case 'proposed':
      return 'Propose again';
  }
}

/**
 * The moves a person is offered: those the API allows now, and verification of a completed action even when
 * refused, so its reason (whose it is to verify) is there to read.
 */
export function offeredMoves(action: Pick<ActionView, 'status' | 'nextStatuses'>): readonly ActionStatus[] {
  const moves = [...action.nextStatuses];
  if (action.status === 'completed' && !moves.includes('verified')) moves.unshift('verified');
  return moves;
}
