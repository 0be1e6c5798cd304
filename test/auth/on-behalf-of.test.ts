import { InteractionRequiredAuthError, ServerError } from '@azure/msal-node';
import { OnBehalfOfTokenProvider } from '../../src/auth/on-behalf-of';
import { ConsentRequiredError } from '../../src/services/user-files';
import type { OnBehalfOfClient } from '../../src/auth/on-behalf-of';

const SCOPES = ['https://graph.microsoft.com/Files.Read.All'];

/** Answers with the given outcomes in turn, recording each request. */
function fakeMsal(outcomes: ReadonlyArray<Error | string>): OnBehalfOfClient & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    async acquireTokenOnBehalfOf(request) {
      calls.push(request);
      const outcome = outcomes[Math.min(calls.length - 1, outcomes.length - 1)];
      if (outcome === undefined) throw new Error('fake has no outcomes');
      if (outcome instanceof Error) throw outcome;
      return { accessToken: outcome };
    },
  };
}

function provider(msalClient: OnBehalfOfClient): OnBehalfOfTokenProvider {
  return new OnBehalfOfTokenProvider({
    clientId: 'client-id',
    authority: 'https://login.example/organizations',
    msalClient,
    retryDelaysMs: [1, 1],
  });
}

const invalidGrant = () =>
  new InteractionRequiredAuthError(
    'invalid_grant',
    'correlation-id',
    "AADSTS65001: The user or administrator has not consented to use the application with ID 'client-id'.",
  );

describe('OnBehalfOfTokenProvider', () => {
  it('returns the Graph token, passing the assertion and scopes', async () => {
    const msal = fakeMsal(['graph-token']);
    await expect(provider(msal).getGraphToken('user-assertion', SCOPES)).resolves.toBe('graph-token');
    expect(msal.calls).toEqual([{ oboAssertion: 'user-assertion', scopes: SCOPES }]);
  });

  it('retries consent errors while consent spreads, then succeeds', async () => {
    const msal = fakeMsal([invalidGrant(), invalidGrant(), 'graph-token']);
    await expect(provider(msal).getGraphToken('user-assertion', SCOPES)).resolves.toBe('graph-token');
    expect(msal.calls).toHaveLength(3);
  });

  it('throws ConsentRequiredError once the retries are used up', async () => {
    const msal = fakeMsal([invalidGrant()]);
    const err: unknown = await provider(msal)
      .getGraphToken('user-assertion', SCOPES)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConsentRequiredError);
    expect(err).toMatchObject({ consentRequired: true, scopes: SCOPES });
    expect(msal.calls).toHaveLength(3);
  });

  it.each([
    ['interaction_required', new InteractionRequiredAuthError('interaction_required', 'c')],
    ['consent_required sub-error', new ServerError('invalid_request', 'c', 'needs consent', 'consent_required')],
    ['AADSTS65001 in the message only', new Error('AADSTS65001: consent missing')],
  ])('treats %s as a consent problem', async (_name, error) => {
    await expect(provider(fakeMsal([error])).getGraphToken('a', SCOPES)).rejects.toBeInstanceOf(ConsentRequiredError);
  });

  it('lets other failures through at once', async () => {
    const msal = fakeMsal([new ServerError('temporarily_unavailable', 'c', 'AADSTS50196: loop detected')]);
    await expect(provider(msal).getGraphToken('a', SCOPES)).rejects.toBeInstanceOf(ServerError);
    expect(msal.calls).toHaveLength(1);
  });

  it('does not ask for consent when the incoming assertion itself is bad', async () => {
    const expired = new InteractionRequiredAuthError(
      'invalid_grant',
      'c',
      'AADSTS500133: Assertion is not within its valid time range.',
    );
    const msal = fakeMsal([expired]);
    await expect(provider(msal).getGraphToken('a', SCOPES)).rejects.toBe(expired);
    expect(msal.calls).toHaveLength(1);
  });

  it('needs a client credential when no client is given', () => {
    expect(
      () => new OnBehalfOfTokenProvider({ clientId: 'id', authority: 'https://login.example/organizations' }),
    ).toThrow(/certificate .* or a client secret/);
    expect(
      () =>
        new OnBehalfOfTokenProvider({
          clientId: 'id',
          clientSecret: 'secret',
          authority: 'https://login.microsoftonline.com/organizations',
        }),
    ).not.toThrow();
  });
});
