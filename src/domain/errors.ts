import type { ProblemCode } from './problem-codes';

/**
 * A broken business rule. `code` is stable (clients may switch on it) and listed in problem-codes.ts; `field` names the input at fault when
 * there is one; `message` says what to do about it in plain words.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly field?: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
