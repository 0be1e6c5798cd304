/** Shared by the parts of the Store contract. */
import { ConflictError, type CommitContext } from '../../src/services/ports';
import { AT } from './fixtures';

export const ctx: CommitContext = { actorId: 'p-amara', at: AT };

/** A context `minutes` after AT, so that audit trails have a clear order. */
export function later(minutes: number, actorId = 'p-amara'): CommitContext {
  return { actorId, at: new Date(Date.parse(AT) + minutes * 60_000).toISOString() };
}

/** The ids of some entities, sorted: the contract never relies on the order of query results. */
export function ids(values: readonly { id: string }[]): string[] {
  return values.map((v) => v.id).sort();
}

export async function conflictOf(promise: Promise<unknown>): Promise<ConflictError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConflictError) return error;
    throw error;
  }
  throw new Error('expected a ConflictError, but the commit succeeded');
}
