/** @jest-environment jsdom */
import './tab-test-env';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../tab/src/app/App';
import { standaloneHost } from '../../tab/src/host/standalone-host';
import { me } from './fixtures';

const LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-1' } },
]);

/** jsdom has no fetch Response: the few members the tab reads. */
function reply(body: unknown, status = 200): Response {
  const text = JSON.stringify(body);
  return {
    status,
    ok: status >= 200 && status < 300,
    statusText: '',
    text: async () => text,
    json: async () => JSON.parse(text) as unknown,
  } as Response;
}

describe('the tab outside Teams', () => {
  let calls: { url: string; auth: string | null }[];
  let expireFirstMe: boolean;
  let signedIn: typeof LEAD;

  beforeEach(() => {
    signedIn = LEAD;
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
    calls = [];
    expireFirstMe = false;
    globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const auth = (init?.headers as Record<string, string> | undefined)?.['Authorization'] ?? null;
      calls.push({ url, auth });
      if (url === '/api/v1/dev/people') {
        return reply([
          {
            id: 'p-lead',
            displayName: 'Ella Morgan',
            email: 'e',
            jobTitle: 'Team manager',
            organisationId: 'org-1',
            roles: [{ role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-1' } }],
          },
        ]);
      }
      if (url === '/api/v1/dev/sign-in') {
        const n = calls.filter((c) => c.url === url).length;
        return reply({
          token: `token-${n}`,
          tokenType: 'Bearer',
          person: { id: 'p-lead', displayName: 'Ella Morgan' },
        });
      }
      if (url === '/api/v1/me') {
        if (expireFirstMe && calls.filter((c) => c.url === url).length === 1)
          return reply({ status: 401, detail: 'expired', code: 'token_expired' }, 401);
        return reply(signedIn);
      }
      if (url === '/api/v1/me/work') return reply({ work: [], reviews: [], actions: [], upcomingReviews: [] });
      if (url.startsWith('/api/v1/assessments')) return reply([]);
      if (url === '/api/v1/cycles') return reply([]);
      return reply({ status: 404, detail: 'no route', code: 'not_found' }, 404);
    }) as typeof fetch;
  });

  it('offers "sign in as", then opens My work with the token on every call', async () => {
    render(<App host={standaloneHost(window)} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: /Ella Morgan/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeTruthy();
    expect(window.location.pathname).toBe('/my-work');
    expect(await screen.findByText(/Nothing is waiting for you/)).toBeTruthy();
    const apiCalls = calls.filter((c) => c.url.startsWith('/api/v1/') && !c.url.startsWith('/api/v1/dev/'));
    expect(apiCalls.length).toBeGreaterThan(1);
    expect(apiCalls.every((c) => c.auth === 'Bearer token-1')).toBe(true);
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
  });

  it("opens a board viewer on their organisation's view, as the API says, not on an empty My work", async () => {
    signedIn = me(
      [
        {
          id: 'r',
          version: 1,
          personId: 'p-lead',
          role: 'viewer',
          scope: { kind: 'organisation', organisationId: 'org-1' },
        },
      ],
      { organisationsInView: ['org-1'], startPage: 'organisation_view' },
    );
    render(<App host={standaloneHost(window)} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: /Ella Morgan/ }));
    await waitFor(() => expect(window.location.pathname).toBe('/dashboard'));
    expect(new URLSearchParams(window.location.search).get('view')).toBe('organisation');
    expect(screen.queryByRole('heading', { level: 1, name: 'My work' })).toBeNull();
  });

  it('renews an expired session silently instead of sending the person back to the picker', async () => {
    window.sessionStorage.setItem('mbqin.token', 'stale');
    window.sessionStorage.setItem('mbqin.personId', 'p-lead');
    expireFirstMe = true;
    render(<App host={standaloneHost(window)} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeTruthy();
    await waitFor(() => expect(window.sessionStorage.getItem('mbqin.token')).toBe('token-1'));
    expect(calls.filter((c) => c.url === '/api/v1/me').map((c) => c.auth)).toEqual(['Bearer stale', 'Bearer token-1']);
  });

  it('tells a member of an organisation that is not allowed yet exactly that, not that the session ended', async () => {
    const detail =
      'Your organisation (Entra tenant t-1) is not a member of the Mind & Body Quality Improvement Network yet. Ask the network admin to add your organisation, then sign in again.';
    const refusing = jest.fn(async () =>
      reply({ type: 't', title: 'Not allowed', status: 401, detail, code: 'tenant_not_allowed' }, 401),
    ) as typeof fetch;
    globalThis.fetch = refusing;
    const teams = {
      ...standaloneHost(window),
      kind: 'hosted' as const,
      tokens: { getToken: async () => 'entra-token' },
    };
    render(<App host={teams} />);
    expect(await screen.findByRole('heading', { name: 'Your organisation is not in the network yet' })).toBeTruthy();
    expect(screen.getByText(detail)).toBeTruthy();
    expect(screen.queryByText(/Your session has ended/)).toBeNull();
  });

  it('says to open the app from Teams when it is opened in a plain browser and only Teams sign-in is set up', async () => {
    globalThis.fetch = jest.fn(async () =>
      reply({ type: 't', title: 'Not found', status: 404, detail: 'No such route.', code: 'not_found' }, 404),
    ) as typeof fetch;
    render(<App host={standaloneHost(window)} />);
    expect(
      await screen.findByRole('heading', {
        name: 'Open this app from Microsoft Teams, Outlook or the Microsoft 365 app',
      }),
    ).toBeTruthy();
    expect(screen.queryByText(/Something went wrong on our side/)).toBeNull();
  });

  it('follows the theme asked for in the address', async () => {
    window.history.replaceState(null, '', '/?theme=contrast');
    const host = standaloneHost(window);
    expect(host.theme).toBe('contrast');
    window.history.replaceState(null, '', '/my-work');
    expect(standaloneHost(window).theme).toBe('contrast');
  });
});
