import type { HttpClient } from '../../tab/src/api/http-client';
import type { ServiceDashboard } from '../../tab/src/api/types';
import {
  askBeforeKnowingWho,
  askForFirstPageData,
  serviceDashboard,
} from '../../tab/src/pages/dashboard/service-dashboard-request';
import { me } from './fixtures';

const ANSWER: ServiceDashboard = { cycles: [], cycleId: null, services: [], shown: null, standing: null };

/** An HTTP client that counts what it is asked and answers every request with the same dashboard. */
function countingHttp(): { http: HttpClient; asked: string[] } {
  const asked: string[] = [];
  const fake = {
    get: (path: string, query?: Record<string, string | undefined>) => {
      asked.push(`${path} ${JSON.stringify(query ?? {})}`);
      return Promise.resolve(ANSWER);
    },
  };
  return { http: fake as unknown as HttpClient, asked };
}

const SERVICE_LEAD = me();
const ORGANISATION_LEAD = me([], { organisationsInView: ['org-1'] });

describe("the dashboard's service view, asked for before the page's code arrives", () => {
  it('is asked for once when a service lead opens the dashboard, and the page takes that same answer', async () => {
    const { http, asked } = countingHttp();
    askForFirstPageData(http, SERVICE_LEAD, { page: 'dashboard' });
    // The app renders the address again while the page's code loads: nothing more is asked.
    askForFirstPageData(http, SERVICE_LEAD, { page: 'dashboard' });
    expect(asked).toEqual(['/dashboard/service {}']);
    await expect(serviceDashboard(http, {})).resolves.toBe(ANSWER);
    expect(asked).toHaveLength(1);
  });

  it('is asked for again when the page reloads it (a retry), never answered from the first request twice', async () => {
    const { http, asked } = countingHttp();
    askForFirstPageData(http, SERVICE_LEAD, { page: 'dashboard', serviceId: 'svc-2' });
    await serviceDashboard(http, { serviceId: 'svc-2' });
    await serviceDashboard(http, { serviceId: 'svc-2' });
    expect(asked).toHaveLength(2);
  });

  it('is not taken by a page asking for another service, or by the next person signed in on the same device', async () => {
    const first = countingHttp();
    askForFirstPageData(first.http, SERVICE_LEAD, { page: 'dashboard', serviceId: 'svc-3' });
    await serviceDashboard(first.http, { serviceId: 'svc-4' });
    expect(first.asked).toEqual([
      '/dashboard/service {"serviceId":"svc-3"}',
      '/dashboard/service {"serviceId":"svc-4"}',
    ]);
    askForFirstPageData(first.http, SERVICE_LEAD, { page: 'dashboard', serviceId: 'svc-5' });
    const next = countingHttp();
    await serviceDashboard(next.http, { serviceId: 'svc-5' });
    expect(next.asked).toEqual(['/dashboard/service {"serviceId":"svc-5"}']);
  });

  it('asks nothing for pages and views that load their own data', () => {
    const { http, asked } = countingHttp();
    askForFirstPageData(http, SERVICE_LEAD, { page: 'my-work' });
    askForFirstPageData(http, ORGANISATION_LEAD, { page: 'dashboard' });
    askForFirstPageData(http, SERVICE_LEAD, { page: 'dashboard', view: 'network' });
    expect(asked).toEqual([]);
  });

  it('forgets an answer nobody took once another page opens, so a later visit asks afresh', async () => {
    const { http, asked } = countingHttp();
    askForFirstPageData(http, SERVICE_LEAD, { page: 'dashboard', cycleId: 'c-6' });
    askForFirstPageData(http, SERVICE_LEAD, { page: 'my-work' });
    askForFirstPageData(http, SERVICE_LEAD, { page: 'dashboard', cycleId: 'c-6' });
    await serviceDashboard(http, { cycleId: 'c-6' });
    await serviceDashboard(http, { cycleId: 'c-6' });
    expect(asked).toHaveLength(3);
  });
});

/** A browser's storage as the tab sees it between visits. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe("the dashboard's service view, asked for alongside who the person is", () => {
  it('is asked for at once when the dashboard opened on a service last time, and the page takes that answer', async () => {
    const storage = memoryStorage();
    const lastVisit = countingHttp();
    askForFirstPageData(lastVisit.http, SERVICE_LEAD, { page: 'dashboard' }, storage);
    await serviceDashboard(lastVisit.http, {});

    const { http, asked } = countingHttp();
    askBeforeKnowingWho(http, { page: 'dashboard' }, storage);
    expect(asked).toEqual(['/dashboard/service {}']);
    // Who the person is arrives: the same view, so nothing more is asked and the page takes the answer.
    askForFirstPageData(http, SERVICE_LEAD, { page: 'dashboard' }, storage);
    await expect(serviceDashboard(http, {})).resolves.toBe(ANSWER);
    expect(asked).toHaveLength(1);
  });

  it('is asked for at once when the address names a service, on a first visit too', () => {
    const { http, asked } = countingHttp();
    askBeforeKnowingWho(http, { page: 'dashboard', serviceId: 'svc-7' }, memoryStorage());
    expect(asked).toEqual(['/dashboard/service {"serviceId":"svc-7"}']);
  });

  it("is asked for on a first visit too, as most people's dashboard is their service's", () => {
    const { http, asked } = countingHttp();
    askBeforeKnowingWho(http, { page: 'dashboard', cycleId: 'c-8' }, memoryStorage());
    expect(asked).toEqual(['/dashboard/service {"cycleId":"c-8"}']);
  });

  it('waits for who the person is when the address names a wider view, and on other pages', () => {
    const { http, asked } = countingHttp();
    askBeforeKnowingWho(http, { page: 'dashboard', view: 'organisation' }, memoryStorage());
    askBeforeKnowingWho(http, { page: 'my-work' }, memoryStorage());
    expect(asked).toEqual([]);
  });

  it("drops the answer when the person's dashboard now opens on their organisation, and asks nothing early next time", async () => {
    const storage = memoryStorage();
    const lastVisit = countingHttp();
    askForFirstPageData(lastVisit.http, SERVICE_LEAD, { page: 'dashboard' }, storage);
    await serviceDashboard(lastVisit.http, {});

    const { http, asked } = countingHttp();
    askBeforeKnowingWho(http, { page: 'dashboard' }, storage);
    askForFirstPageData(http, ORGANISATION_LEAD, { page: 'dashboard' }, storage);
    // Later, the service view is opened from the organisation's: asked afresh, never the early answer.
    await serviceDashboard(http, {});
    expect(asked).toHaveLength(2);

    const nextVisit = countingHttp();
    askBeforeKnowingWho(nextVisit.http, { page: 'dashboard' }, storage);
    expect(nextVisit.asked).toEqual([]);
  });
});
