import {
  ApiProblemError,
  ApiUnavailableError,
  ConsentRequiredError,
  fieldMessages,
  SessionExpiredError,
} from '../../tab/src/api/errors';
import { HttpClient, type TokenProvider } from '../../tab/src/api/http-client';

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

function tokens(): TokenProvider & { calls: boolean[] } {
  const calls: boolean[] = [];
  return {
    calls,
    async getToken({ refresh }) {
      calls.push(refresh);
      return refresh ? 'fresh-token' : 'old-token';
    },
  };
}

describe('HttpClient', () => {
  it('sends the bearer token and JSON body, and parses the answer', async () => {
    const fetch = jest.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => json(200, { ok: true }));
    const client = new HttpClient({ tokens: tokens(), fetch });
    await expect(client.put('/things/1', { a: 1 })).resolves.toEqual({ ok: true });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/things/1');
    expect((init?.headers as Record<string, string>)['Authorization']).toBe('Bearer old-token');
    expect(init?.body).toBe('{"a":1}');
  });

  it('renews an expired session once and retries the same request, so a form is not lost', async () => {
    const source = tokens();
    const fetch = jest
      .fn()
      .mockResolvedValueOnce(json(401, { status: 401, detail: 'expired', code: 'token_expired' }))
      .mockResolvedValueOnce(json(200, { saved: true }));
    const client = new HttpClient({ tokens: source, fetch });
    await expect(client.post('/x', { narrative: 'typed text' })).resolves.toEqual({ saved: true });
    expect(source.calls).toEqual([false, true]);
    expect(fetch.mock.calls[1]?.[1]?.body).toBe('{"narrative":"typed text"}');
  });

  it('gives up with SessionExpiredError when the fresh token is refused too', async () => {
    const fetch = jest.fn(async () => json(401, { status: 401, detail: 'no', code: 'token_expired' }));
    await expect(new HttpClient({ tokens: tokens(), fetch }).get('/me')).rejects.toBeInstanceOf(SessionExpiredError);
  });

  it("passes on the API's explanation when a fresh sign-in cannot help (the organisation is not a member yet)", async () => {
    const detail =
      'Your organisation (Entra tenant t-1) is not a member of the Mind & Body Quality Improvement Network yet. Ask the network admin to add your organisation, then sign in again.';
    const fetch = jest.fn(async () =>
      json(401, { type: 't', title: 'Not allowed', status: 401, detail, code: 'tenant_not_allowed' }),
    );
    const refused = new HttpClient({ tokens: tokens(), fetch }).get('/me');
    await expect(refused).rejects.toBeInstanceOf(ApiProblemError);
    await expect(refused).rejects.toMatchObject({ message: detail, code: 'tenant_not_allowed', status: 401 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('turns a problem into ApiProblemError with the field messages', async () => {
    const problem = {
      type: 't',
      title: 'Cannot be done',
      status: 422,
      detail: 'Say why this standard does not apply to you.',
      code: 'na_reason_required',
      field: 'naReason',
    };
    const fetch = jest.fn(async () => json(422, problem, 'application/problem+json'));
    const error = await new HttpClient({ tokens: tokens(), fetch }).put('/r', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblemError);
    expect(fieldMessages(error)).toEqual({ naReason: 'Say why this standard does not apply to you.' });
  });

  it('reports a service that cannot be reached, and the connection status follows', async () => {
    const fetch = jest
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(json(200, {}));
    const client = new HttpClient({ tokens: tokens(), fetch });
    const error = await client.get('/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiUnavailableError);
    expect(client.status.current).toBe('offline');
    await client.get('/me');
    expect(client.status.current).toBe('online');
  });

  it('treats 503 as unavailable (retry later), not as a refusal', async () => {
    const fetch = jest.fn(async () =>
      json(503, { status: 503, detail: 'The store cannot be reached.', code: 'store_unavailable' }),
    );
    const error = await new HttpClient({ tokens: tokens(), fetch }).get('/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiUnavailableError);
    expect((error as Error).message).toBe('The store cannot be reached.');
  });

  it('says when the service is slow, and times out a request that hangs', async () => {
    jest.useFakeTimers();
    try {
      const fetch = jest.fn(
        (_url: RequestInfo | URL, init?: RequestInit) =>
          new Promise<Response>((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          ),
      );
      const client = new HttpClient({ tokens: tokens(), fetch, slowAfterMs: 100, timeoutMs: 1000 });
      const pending = client.get('/slow').catch((e: unknown) => e);
      await jest.advanceTimersByTimeAsync(150);
      expect(client.status.current).toBe('slow');
      await jest.advanceTimersByTimeAsync(1000);
      const error = await pending;
      expect(error).toBeInstanceOf(ApiUnavailableError);
      expect((error as ApiUnavailableError).reason).toBe('timeout');
    } finally {
      jest.useRealTimers();
    }
  });

  it('asks for consent when the API says on-behalf-of needs it', async () => {
    const fetch = jest.fn(async () =>
      json(403, { status: 403, detail: 'Give this app permission.', code: 'consent_required', consentRequired: true }),
    );
    await expect(new HttpClient({ tokens: tokens(), fetch }).get('/x')).rejects.toBeInstanceOf(ConsentRequiredError);
  });
});
