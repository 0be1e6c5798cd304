import { DomainError } from '../src/domain/errors';
import { AccessDeniedError } from '../src/services/access-policy';
import { LinkRefusedError, NotFoundError, UnknownPersonError } from '../src/services/errors';

/**
 * What to tell a person when a use case refuses: the services' own messages are already written for people
 * ("You are not allowed to ...", "Say why this standard does not apply ..."). Unknown errors are not shown.
 */
export function userMessage(error: unknown): string | null {
  if (error instanceof AccessDeniedError || error instanceof DomainError || error instanceof NotFoundError) {
    return error.message;
  }
  if (error instanceof UnknownPersonError || error instanceof LinkRefusedError) return error.message;
  return null;
}

export const NOTHING_SAVED = 'Nothing was saved.';

export const SOMETHING_WENT_WRONG =
  'Something went wrong on our side and nothing was saved. Please try again in a minute; if it keeps happening, tell your network admin.';
