import { toProblem } from '../../src/api/problem';
import { authErrors } from '../../src/auth/auth-error';
import { AlreadyAMemberError } from '../../src/services/errors';
import {
  EvidenceNotFoundError,
  GuestInvitationUnavailableError,
  UnreadableStoredValueError,
} from '../../src/services/ports';
import { ConsentRequiredError, PickedFileError } from '../../src/services/user-files';

/** An error from somewhere else (a library, another layer) that happens to share a port error's name or fields. */
function lookalike(name: string, fields: Record<string, unknown> = {}): Error {
  return Object.assign(new Error('internal detail: C:\\secrets\\token.txt'), { name, ...fields });
}

describe('problems for the errors of the ports', () => {
  it('answers each port error with its own problem', () => {
    expect(toProblem(new EvidenceNotFoundError('cy/org/svc/x.pdf'))).toMatchObject({ status: 404, code: 'not_found' });
    expect(toProblem(new PickedFileError('Report.docx is a folder. Pick a file.'))).toMatchObject({
      status: 422,
      code: 'picked_file_unavailable',
      detail: 'Report.docx is a folder. Pick a file.',
      field: 'itemId',
    });
    expect(toProblem(new ConsentRequiredError(['Files.Read.All']))).toMatchObject({
      status: 403,
      code: 'consent_required',
      consentRequired: true,
    });
    expect(toProblem(authErrors.expired())).toMatchObject({ status: 401, code: 'token_expired' });
    expect(toProblem(new GuestInvitationUnavailableError('Microsoft Entra is busy.', 30))).toMatchObject({
      status: 503,
      code: 'guest_invitations_unavailable',
      detail: 'Microsoft Entra is busy.',
      retryAfterSeconds: 30,
    });
    expect(
      toProblem(new AlreadyAMemberError({ id: 'p-1', displayName: 'Kwame Asante', email: 'kwame@slam.nhs.example' })),
    ).toMatchObject({ status: 409, code: 'already_a_member', member: { id: 'p-1', displayName: 'Kwame Asante' } });
  });

  it('names the list, item and column of a value edited by hand that the app cannot read, and says what to do', () => {
    const answer = toProblem(
      new UnreadableStoredValueError('Responses', '42', 'Rating', 'amazing', 'one of met, not_met'),
    );
    expect(answer).toMatchObject({
      status: 500,
      code: 'unreadable_stored_value',
      list: 'Responses',
      item: '42',
      column: 'Rating',
    });
    expect(answer.detail).toBe(
      'The "Rating" column of item 42 in the SharePoint list "Responses" holds "amazing", which the app cannot read ' +
        '(it expects one of met, not_met). It was probably edited by hand in SharePoint: set it back to a value the ' +
        "app wrote (the item's version history shows it), or ask the network team to, then try again.",
    );
  });

  it.each([
    ['EvidenceNotFoundError', {}],
    ['PickedFileError', {}],
    ['AuthError', { status: 401, reason: 'token_expired' }],
    ['Error', { consentRequired: true }],
  ])('treats an error that only looks like a port error (%s) as our fault, without its details', (name, fields) => {
    const answer = toProblem(lookalike(name, fields));
    expect(answer).toMatchObject({ status: 500, code: 'internal_error' });
    expect(answer.detail).not.toContain('secrets');
  });
});
