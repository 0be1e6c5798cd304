import type { DevPerson, DevSignInRequest, DevSignInResponse } from '../api/types';
import { ApiProblemError, ApiUnavailableError, SessionExpiredError } from '../api/errors';
import type { TokenProvider } from '../api/http-client';

const TOKEN_KEY = 'mbqin.token';
const PERSON_KEY = 'mbqin.personId';

/**
 * Local mode outside Teams: "sign in as" one of the seeded people. The token lives in sessionStorage (this
 * browser tab only); when it expires the same person is signed in again silently, so no form is lost.
 */
export class StandaloneSession implements TokenProvider {
  constructor(
    private readonly storage: Storage,
    private readonly fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
    private readonly baseUrl = '/api/v1/dev',
  ) {}

  get signedIn(): boolean {
    return this.storage.getItem(TOKEN_KEY) !== null;
  }

  get personId(): string | null {
    return this.storage.getItem(PERSON_KEY);
  }

  async getToken({ refresh }: { refresh: boolean }): Promise<string> {
    const token = this.storage.getItem(TOKEN_KEY);
    if (token && !refresh) return token;
    const personId = this.personId;
    if (!personId) throw new SessionExpiredError('Choose who to sign in as.');
    await this.signIn(personId);
    return this.storage.getItem(TOKEN_KEY) ?? '';
  }

  async signIn(personId: string): Promise<DevSignInResponse> {
    const response = await this.call('/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ personId } satisfies DevSignInRequest),
    });
    const body = (await response.json()) as DevSignInResponse;
    this.storage.setItem(TOKEN_KEY, body.token);
    this.storage.setItem(PERSON_KEY, body.person.id);
    return body;
  }

  signOut(): void {
    this.storage.removeItem(TOKEN_KEY);
    this.storage.removeItem(PERSON_KEY);
  }

  /** The people one can sign in as, or null when the server is not in local mode. */
  async people(): Promise<DevPerson[] | null> {
    try {
      const response = await this.call('/people', { headers: { Accept: 'application/json' } });
      return (await response.json()) as DevPerson[];
    } catch (error) {
      if (error instanceof ApiProblemError && error.status === 404) return null;
      throw error;
    }
  }

  private async call(path: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetchImpl(this.baseUrl + path, init);
    } catch (error) {
      throw new ApiUnavailableError('offline', 'The network service cannot be reached.', { cause: error });
    }
    if (response.status >= 502 && response.status <= 504) {
      throw new ApiUnavailableError('server', 'The network service is temporarily unavailable.');
    }
    if (!response.ok) {
      const problem = (await response.json().catch(() => null)) as ApiProblemError['problem'] | null;
      throw new ApiProblemError(
        problem ?? {
          type: 'about:blank',
          title: 'Error',
          status: response.status,
          detail: `Signing in failed (${response.status}).`,
          code: 'http_error',
        },
      );
    }
    return response;
  }
}
