import { EMAILS } from '../api/harness';
import { startAppOnSharePoint, type AppOnSharePoint } from './app-on-sharepoint';

/** What a person browsing the network's evidence library in SharePoint sees beside a file uploaded in the app. */
let app: AppOnSharePoint;
beforeAll(async () => {
  app = await startAppOnSharePoint();
}, 60_000);
afterAll(async () => {
  await app.close();
});

const A = '/api/v1/assessments/a-cur-svc-slam-coast';

it('describes an uploaded file by service, cycle, standards and who added it', async () => {
  const lead = await app.api.signIn(EMAILS.coastLead);
  const pdf = Buffer.from('%PDF-1.7 physical health audit');
  const up = await fetch(`${app.api.baseUrl}${A}/evidence?fileName=audit.pdf&standardCodes=1.1,1.2`, {
    method: 'POST',
    headers: { authorization: `Bearer ${lead.token}`, 'content-type': 'application/pdf' },
    body: new Uint8Array(pdf),
  });
  expect(up.status).toBe(201);
  const store = app.api.app.ports.store;
  const service = await store.get('service', 'svc-slam-coast');
  const cycle = await store.get('cycle', 'cycle-current');
  const ella = (await store.query('person', {})).find((p) => p.email === EMAILS.coastLead);
  const files = [...app.graph.sim.state.drives.values()].flatMap((d) => [...d.items.values()]).filter((i) => !i.folder);
  expect(files).toHaveLength(1);
  expect(files[0]?.fields).toEqual({
    EvidenceService: service?.name,
    EvidenceCycle: cycle?.name,
    EvidenceStandards: '1.1, 1.2',
    EvidenceAddedBy: ella?.displayName,
  });
  expect(service?.name).toBeTruthy();
}, 60_000);
