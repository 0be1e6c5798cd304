import { resourceUnitsOf } from '../../src/adapters/graph/resource-units';
import { sendBatch } from '../../src/adapters/graph/batch';
import { sharedHarness } from './harness';

/** SharePoint charges each app per tenant in resource units; these are Microsoft's published costs per request. */
describe('resource units charged for a Graph request', () => {
  const root = 'https://graph.microsoft.com/v1.0';

  it('charges 1 RU for reading one item, one drive item or downloading a file', () => {
    expect(resourceUnitsOf('GET', `${root}/sites/s1/lists/l1/items/42?$expand=fields`)).toBe(1);
    expect(resourceUnitsOf('GET', '/sites/s1/lists/l1/items/42')).toBe(1);
    expect(resourceUnitsOf('GET', `${root}/drives/d1/items/01ABC/content`)).toBe(1);
    expect(resourceUnitsOf('GET', `${root}/sites/nhs.sharepoint.com:/sites/qin`)).toBe(1);
  });

  it('charges 2 RU for a query of many items, a delta without a token and every write', () => {
    expect(resourceUnitsOf('GET', "/sites/s1/lists/l1/items?$filter=fields/CycleId eq 'c1'")).toBe(2);
    expect(resourceUnitsOf('GET', `${root}/drives/d1/items/01ABC/children`)).toBe(2);
    expect(resourceUnitsOf('GET', `${root}/sites/s1/lists/l1/items/delta`)).toBe(2);
    expect(resourceUnitsOf('POST', '/sites/s1/lists/l1/items')).toBe(2);
    expect(resourceUnitsOf('PATCH', '/sites/s1/lists/l1/items/42/fields')).toBe(2);
    expect(resourceUnitsOf('DELETE', `${root}/drives/d1/items/01ABC`)).toBe(2);
    expect(resourceUnitsOf('PUT', 'https://nhs.sharepoint.com/_api/v2.0/drives/d1/items/x/uploadSession?guid=1')).toBe(
      2,
    );
  });

  it('charges 1 RU for a delta with a token and 5 RU for anything touching permissions', () => {
    expect(resourceUnitsOf('GET', `${root}/sites/s1/lists/l1/items/delta?token=abc`)).toBe(1);
    expect(resourceUnitsOf('GET', `${root}/drives/d1/items/01ABC?$expand=permissions`)).toBe(5);
    expect(resourceUnitsOf('POST', `${root}/sites/s1/permissions`)).toBe(5);
  });

  it('charges nothing for what is not SharePoint (tokens, invitations, a download URL it redirects to)', () => {
    expect(resourceUnitsOf('POST', 'https://login.microsoftonline.com/t1/oauth2/v2.0/token')).toBe(0);
    expect(resourceUnitsOf('POST', `${root}/invitations`)).toBe(0);
    expect(resourceUnitsOf('GET', 'https://nhs.sharepoint.com/_layouts/15/download.aspx?UniqueId=1')).toBe(0);
  });
});

describe('the request counter counts what SharePoint charges for', () => {
  const harness = sharedHarness();

  it('charges every part of a $batch on its own: one request, three parts, 5 RU', async () => {
    const h = await harness();
    const site = h.addSite();
    const lists = `/sites/${site.id}/lists`;
    await h.graph.app.call({ method: 'GET', url: `/sites/${site.id}` });
    h.graph.counter.reset();
    await sendBatch(
      h.graph.app,
      [
        { id: '1', method: 'GET', url: `/sites/${site.id}` },
        { id: '2', method: 'GET', url: lists },
        { id: '3', method: 'GET', url: `${lists}?$top=1` },
      ],
      { idempotent: true },
    );
    expect(h.graph.counter.total).toBe(1);
    expect(h.graph.counter.parts).toBe(3);
    expect(h.graph.counter.resourceUnits).toBe(5);
  });

  it('charges a query sent outside a batch as one operation of 2 RU', async () => {
    const h = await harness();
    const site = h.addSite();
    h.graph.counter.reset();
    await h.graph.app.call({ method: 'GET', url: `/sites/${site.id}/lists` });
    expect(h.graph.counter.parts).toBe(1);
    expect(h.graph.counter.resourceUnits).toBe(2);
  });
});
