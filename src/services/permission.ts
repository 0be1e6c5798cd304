import { isAllowed, refusalReason, type Principal, type Resource } from './access-policy';
import type { Action } from './access-table';

/**
 * Whether a person may do one thing where they see it, and if not, why not: the API sends these so the tab and
 * the bot offer only what will be accepted and say why the rest is not, without a copy of any rule.
 */
export type Permission = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/** What a person may do with one thing (an assessment, a standard, a review, an action), by the name of the act. */
export type Permissions<Act extends string> = Readonly<Record<Act, Permission>>;

export const ALLOWED: Permission = { allowed: true };

export function refused(reason: string): Permission {
  return { allowed: false, reason };
}

/**
 * The access policy first, then the state rules of the domain (each a reason, or null when it holds): the first
 * refusal is the one the person is told.
 */
export function permission(
  principal: Principal,
  action: Action,
  resource: Resource,
  ...stateRefusals: readonly (string | null)[]
): Permission {
  if (!isAllowed(principal, action, resource)) return refused(refusalReason(action));
  const reason = stateRefusals.find((r): r is string => r !== null);
  return reason === undefined ? ALLOWED : refused(reason);
}
