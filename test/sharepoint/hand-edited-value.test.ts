import type { AssessmentDetail } from '../../src/api/contracts';
import { EMAILS } from '../api/harness';
import type { SimItem } from '../graph-simulator/state';
import { startAppOnSharePoint, type AppOnSharePoint } from './app-on-sharepoint';

/** A rating changed by hand in SharePoint to a word the app does not know, met by a person opening the page. */
const A = '/api/v1/assessments/a-cur-svc-slam-coast';
let app: AppOnSharePoint;
beforeAll(async () => {
  app = await startAppOnSharePoint();
}, 120_000);
afterAll(() => app.close());

function responseItem(standardCode: string): SimItem {
  const list = [...app.site.lists.values()].find((l) => l.displayName === 'QIN Responses');
  const item = [...(list?.items.values() ?? [])].find(
    (i) => i.fields['AssessmentId'] === 'a-cur-svc-slam-coast' && i.fields['StandardCode'] === standardCode,
  );
  if (!item) throw new Error(`no response ${standardCode}`);
  return item;
}

describe('a value edited by hand in SharePoint that the app cannot read', () => {
  it('is answered as a problem naming the list, item and column, and the rest of the app keeps working', async () => {
    const lead = await app.api.signIn(EMAILS.coastLead);
    expect((await lead.get(A)).status).toBe(200);
    const item = responseItem('1.1');
    const wrote = item.fields['Rating'];
    item.fields['Rating'] = 'Fully met!';
    item.version += 1;

    const page = await lead.get<Record<string, unknown>>(A);
    expect(page.status).toBe(500);
    expect(page.contentType).toContain('application/problem+json');
    expect(page.body).toMatchObject({
      code: 'unreadable_stored_value',
      list: 'Responses',
      item: String(item.id),
      column: 'Rating',
    });
    expect(page.body['detail']).toEqual(expect.stringContaining('set it back to a value the app wrote'));
    expect((await lead.get('/api/v1/me')).status).toBe(200);

    item.fields['Rating'] = wrote;
    item.version += 1;
    const mended = await lead.get<AssessmentDetail>(A);
    expect(mended.status).toBe(200);
    expect(mended.body.responses.find((r) => r.standardCode === '1.1')?.rating).toBe(wrote ?? null);
  });
  it('in the changes a summary carries: the trail and a rating’s save say so, every other page still opens', async () => {
    const lead = await app.api.signIn(EMAILS.coastLead);
    const detail = (await lead.get<AssessmentDetail>(A)).body;
    const target = detail.responses[5];
    if (!target) throw new Error('too few responses');
    const rate = (rating: string, version: number) =>
      lead.send<Record<string, unknown>>('PUT', `${A}/responses/${target.standardCode}`, { rating, version });
    const saved = await rate('met', target.version);
    expect(saved.status).toBe(200);
    const summaries = [...app.site.lists.values()].find((l) => l.displayName === 'QIN Assessment summaries');
    const item = [...(summaries?.items.values() ?? [])].find((i) => i.fields['EntityId'] === 'a-cur-svc-slam-coast');
    if (!item) throw new Error('no summary item');
    const wrote = item.fields['RecentChanges'];
    item.fields['RecentChanges'] = 'cleared by hand';
    item.version += 1;

    const problem = {
      code: 'unreadable_stored_value',
      list: 'Assessment summaries',
      item: String(item.id),
      column: 'Recent changes',
    };
    const trail = await lead.get<Record<string, unknown>>(`${A}/audit`);
    expect(trail.status).toBe(500);
    expect(trail.body).toMatchObject(problem);
    const refused = await rate('not_met', Number((saved.body as { version: number }).version));
    expect(refused.status).toBe(500);
    expect(refused.body).toMatchObject(problem);
    expect((await lead.get(A)).status).toBe(200);
    expect((await lead.get('/api/v1/dashboard/service')).status).toBe(200);
    expect((await lead.get(`${A}/scores`)).status).toBe(200);

    item.fields['RecentChanges'] = wrote;
    item.version += 1;
    expect((await rate('not_met', Number((saved.body as { version: number }).version))).status).toBe(200);
    expect((await lead.get(`${A}/audit`)).status).toBe(200);
  });
});
