import { z } from 'zod';
import { AuthError } from '../auth/auth-error';
import { DomainError } from '../domain/errors';
import type { ProblemCode } from '../domain/problem-codes';
import { AccessDeniedError } from '../services/access-policy';
import { AlreadyAMemberError, LinkRefusedError, NotFoundError, UnknownPersonError } from '../services/errors';
import {
  ConflictError,
  EvidenceNotFoundError,
  GuestInvitationUnavailableError,
  IncompleteUploadError,
  MeetingUnavailableError,
  StoreUnavailableError,
  UnreadableStoredValueError,
  ListViewThresholdError,
} from '../services/ports';
import { ConsentRequiredError, PickedFileError } from '../services/user-files';

/** RFC 9457 problem details; `errors` lists field-level problems, `current` the stored value on a conflict. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: ProblemCode;
  readonly field?: string;
  readonly errors?: readonly { field: string; message: string; line?: number | null }[];
  readonly [extra: string]: unknown;
}

export class HttpProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'HttpProblem';
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Sign-in needed',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  408: 'Request timeout',
  409: 'Changed by someone else',
  413: 'Too large',
  415: 'Unsupported media type',
  422: 'Cannot be done',
  429: 'Too many requests',
  431: 'Too large',
  500: 'Something went wrong',
  503: 'Temporarily unavailable',
};

export function problem(
  status: number,
  code: ProblemCode,
  detail: string,
  extra: Record<string, unknown> = {},
): Problem {
  return {
    type: `https://mindbody-qin.nhs.example/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...extra,
  };
}

export function validationProblem(error: z.ZodError): Problem {
  const errors = error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : '(body)',
    message: issue.message,
  }));
  const first = errors[0];
  return problem(
    400,
    'invalid_input',
    `The request is not valid: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}.`,
    { errors, ...(first ? { field: first.field } : {}) },
  );
}

/** Maps any error thrown by a route to a problem. Unknown errors are 500 with no internals in the body. */
export function toProblem(error: unknown): Problem {
  if (error instanceof HttpProblem) return error.problem;
  if (error instanceof z.ZodError) return validationProblem(error);
  if (error instanceof AuthError) return problem(error.status, error.reason, error.message);
  if (error instanceof UnknownPersonError) return problem(403, 'unknown_person', error.message);
  if (error instanceof LinkRefusedError) return problem(403, 'link_refused', error.message);
  if (error instanceof AccessDeniedError) return problem(403, 'forbidden', error.message, { action: error.action });
  if (error instanceof NotFoundError) return problem(404, 'not_found', error.message);
  if (error instanceof ConflictError) {
    return problem(409, 'conflict', error.message, { current: error.current ?? null, kind: error.kind, id: error.id });
  }
  if (error instanceof AlreadyAMemberError) {
    return problem(409, 'already_a_member', error.message, { field: 'email', member: error.member });
  }
  if (error instanceof GuestInvitationUnavailableError) {
    const wait = error.retryAfterSeconds === null ? {} : { retryAfterSeconds: error.retryAfterSeconds };
    return problem(503, 'guest_invitations_unavailable', error.message, wait);
  }
  if (error instanceof IncompleteUploadError) {
    return problem(400, 'incomplete_upload', `${error.message}. Send the file again.`);
  }
  if (error instanceof EvidenceNotFoundError) {
    return problem(404, 'not_found', 'The evidence file is missing from the library. Upload it again.');
  }
  if (error instanceof PickedFileError) {
    return problem(422, 'picked_file_unavailable', error.message, { field: 'itemId' });
  }
  if (error instanceof UnreadableStoredValueError) {
    const where = { list: error.list, item: error.item, column: error.column };
    return problem(500, 'unreadable_stored_value', error.message, where);
  }
  if (error instanceof ListViewThresholdError) return problem(500, 'list_view_threshold', error.message);
  if (error instanceof StoreUnavailableError) return problem(503, 'store_unavailable', error.message);
  if (error instanceof MeetingUnavailableError) return problem(503, 'meeting_unavailable', error.message);
  if (error instanceof DomainError) {
    const errors = Array.isArray(error.details?.['errors']) ? { errors: error.details['errors'] } : {};
    return problem(422, error.code, error.message, {
      ...(error.field ? { field: error.field } : {}),
      ...(error.details ?? {}),
      ...errors,
    });
  }
  if (error instanceof ConsentRequiredError) {
    return problem(
      403,
      'consent_required',
      `Give this app permission to ${error.purpose} on your behalf, then try again.`,
      {
        consentRequired: true,
      },
    );
  }
  return problem(
    500,
    'internal_error',
    'Something went wrong on our side. Try again; if it keeps happening, tell the network team.',
  );
}
