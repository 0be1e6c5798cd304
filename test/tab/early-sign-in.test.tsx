/** @jest-environment jsdom */
import './tab-test-env';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../tab/src/app/App';
import { parseRoute } from '../../tab/src/app/routes';
import { startSignIn } from '../../tab/src/auth/early-sign-in';
import type { HostInfo } from '../../tab/src/host/host-info';
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

/** The app as main.tsx starts it: who the person is is asked first, then the app renders. */
function startApp(host: HostInfo) {
  const early = startSignIn(host, parseRoute(window.location.pathname, window.location.search));
  return { early, open: () => render(<App host={host} early={early} />) };
}

function hostedIn(host: HostInfo): HostInfo {
  return { ...host, kind: 'hosted', tokens: { getToken: async () => 'entra-token' } };
}

describe('who the person is, asked before the app first renders', () => {
  let calls: { url: string; auth: string | null }[];
  let meAnswers: Response[];
  /** Every /me is refused with this while set (a client may try again with a new token). */
  let refusal: (() => Response) | null;

  const meCalls = () => calls.filter((c) => c.url === '/api/v1/me');

  beforeEach(() => {
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/my-work');
    calls = [];
    meAnswers = [];
    refusal = null;
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
      if (url === '/api/v1/me') return refusal?.() ?? meAnswers.shift() ?? reply(LEAD);
      if (url === '/api/v1/me/work') return reply({ work: [], reviews: [], actions: [], upcomingReviews: [] });
      if (url.startsWith('/api/v1/assessments')) return reply([]);
      if (url === '/api/v1/cycles') return reply([]);
      return reply({ status: 404, detail: 'no route', code: 'not_found' }, 404);
    }) as typeof fetch;
  });

  it('asks once, before the first render, and opens My work with that answer', async () => {
    window.sessionStorage.setItem('mbqin.token', 'token-0');
    window.sessionStorage.setItem('mbqin.personId', 'p-lead');
    const app = startApp(standaloneHost(window));
    await waitFor(() => expect(meCalls()).toEqual([{ url: '/api/v1/me', auth: 'Bearer token-0' }]));
    app.open();
    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeTruthy();
    expect(await screen.findByText(/Nothing is waiting for you/)).toBeTruthy();
    expect(meCalls()).toHaveLength(1);
  });

  it("sends the requests for the person and the dashboard's data before the page's code is fetched", async () => {
    window.sessionStorage.setItem('mbqin.token', 'token-0');
    window.sessionStorage.setItem('mbqin.personId', 'p-lead');
    window.history.replaceState(null, '', '/dashboard');
    const { early } = startApp(standaloneHost(window));
    expect(calls).toEqual([]);
    await early?.firstRequestsSent;
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/me', '/api/v1/dashboard/service']);
  });

  it('asks nothing before someone outside Teams has chosen who to sign in as, then asks once', async () => {
    const app = startApp(standaloneHost(window));
    app.open();
    await userEvent.setup().click(await screen.findByRole('button', { name: /Ella Morgan/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeTruthy();
    expect(meCalls().map((c) => c.auth)).toEqual(['Bearer token-1']);
  });

  it('renews an expired session silently, as when the app asks after rendering', async () => {
    window.sessionStorage.setItem('mbqin.token', 'stale');
    window.sessionStorage.setItem('mbqin.personId', 'p-lead');
    meAnswers.push(reply({ status: 401, detail: 'expired', code: 'token_expired' }, 401));
    startApp(standaloneHost(window)).open();
    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeTruthy();
    expect(meCalls().map((c) => c.auth)).toEqual(['Bearer stale', 'Bearer token-1']);
  });

  it('tells a refused sign-in what to do, and asks again when they try again', async () => {
    const detail =
      'Your organisation (Entra tenant t-1) is not a member of the Mind & Body Quality Improvement Network yet. Ask the network admin to add your organisation, then sign in again.';
    refusal = () => reply({ type: 't', title: 'Not allowed', status: 401, detail, code: 'tenant_not_allowed' }, 401);
    startApp(hostedIn(standaloneHost(window))).open();
    expect(await screen.findByRole('heading', { name: 'Your organisation is not in the network yet' })).toBeTruthy();
    expect(screen.getByText(detail)).toBeTruthy();
    expect(screen.queryByText(/Your session has ended/)).toBeNull();
    const refusedAsks = meCalls().length;
    refusal = null;
    await userEvent.setup().click(screen.getByRole('button', { name: /Try again/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeTruthy();
    expect(meCalls()).toHaveLength(refusedAsks + 1);
  });

  it('tells someone the network has no record of that they are not in it yet', async () => {
    const detail = 'We could not find you among the network’s people. Ask your organisation’s network lead to add you.';
    refusal = () => reply({ type: 't', title: 'Unknown', status: 403, detail, code: 'unknown_person' }, 403);
    startApp(hostedIn(standaloneHost(window))).open();
    expect(await screen.findByRole('heading', { name: 'You are not in the network yet' })).toBeTruthy();
    expect(screen.getByText(detail)).toBeTruthy();
  });
});
