import { generateKeyPairSync } from 'node:crypto';
import type { AppCredentials } from '../../src/adapters/graph/graph-options';
import { BUILT_IN_VIEW_COLUMNS, LIST_VIEWS } from '../../src/adapters/sharepoint/list-views';
import { provisionSharePoint } from '../../src/adapters/sharepoint/provisioner';
import { DEFAULT_LIST_PREFIX, entityListSpec } from '../../src/adapters/sharepoint/schema';
import { SharePointRest } from '../../src/adapters/sharepoint/sharepoint-rest';
import { viewDefinition } from '../../src/adapters/sharepoint/view-caml';
import { unindexedColumnsOf } from '../../src/adapters/sharepoint/view-words';
import { provisionViewsOrSayHow } from '../../src/cli/provision-views';
import { viewsOf } from '../graph-simulator/sharepoint-rest';
import type { SimList, SimSite } from '../graph-simulator/state';
import { SITE_HOST, sharedHarness, type Harness } from './harness';
import { agentToSimulator } from './site-host-agent';

const harness = sharedHarness();
const USER_AGENT = { company: 'NHS', product: 'MindBodyQIN-provision', version: '0.1.0-test' };

/** The app registration's certificate (the simulator checks that an assertion was signed, not by which key). */
const certificate: AppCredentials = {
  kind: 'certificate',
  clientId: 'qin-app',
  thumbprintSha256: 'ab'.repeat(32),
  privateKeyPem: generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString(),
};

async function provisionedSite(h: Harness): Promise<{ site: SimSite; siteUrl: string }> {
  const site = h.addSite();
  await provisionSharePoint({ graph: h.graph.app, site: site.id });
  return { site, siteUrl: `https://${SITE_HOST}${site.path}` };
}

async function makeViews(
  h: Harness,
  siteUrl: string,
  credentials: AppCredentials = certificate,
): Promise<{ made: boolean; lines: string[] }> {
  const lines: string[] = [];
  const made = await provisionViewsOrSayHow({
    tenantId: 'tenant-host',
    credentials,
    loginHost: h.sim.host,
    userAgent: USER_AGENT,
    siteUrl,
    log: (l) => lines.push(l),
    agent: agentToSimulator(h.sim),
  });
  return { made, lines };
}

function listOf(site: SimSite, displayName: string): SimList {
  const list = [...site.lists.values()].find((l) => l.displayName === displayName);
  if (!list) throw new Error(`no list ${displayName}`);
  return list;
}

const siteHostCalls = (h: Harness) => h.sim.log.filter((e) => e.host === SITE_HOST);

describe('the lists’ views', () => {
  it('name only columns of their own list (or SharePoint’s Title, Created, Modified)', () => {
    for (const view of LIST_VIEWS) {
      const columns = new Set([
        ...entityListSpec(view.kind, DEFAULT_LIST_PREFIX).columns.map((c) => c.name),
        ...BUILT_IN_VIEW_COLUMNS,
      ]);
      const named = [
        ...view.columns,
        ...(view.filter ?? []).map((c) => c.column),
        ...(view.sort ?? []).map((s) => s.column),
        ...(view.groupBy ? [view.groupBy] : []),
      ];
      expect({ view: `${view.kind} › ${view.name}`, missing: named.filter((n) => !columns.has(n)) }).toEqual({
        view: `${view.kind} › ${view.name}`,
        missing: [],
      });
    }
  });

  it('on the lists that grow by thousands of items a cycle, filter, sort and group on indexed columns only', () => {
    // A cycle of 2,000 services is about 58,000 responses and 2,000 summaries: past SharePoint's 5,000-item list view
    // threshold, a view that filters, sorts or groups on a column that is not indexed is refused, and a filter on an
    // indexed column must itself narrow below 5,000 (no column narrows to one person's or one assessment's items).
    const growing = LIST_VIEWS.filter((v) => v.kind === 'response' || v.kind === 'assessmentSummary');
    expect(new Set(growing.map((v) => v.kind))).toEqual(new Set(['response', 'assessmentSummary']));
    for (const view of growing) {
      const list = entityListSpec(view.kind, DEFAULT_LIST_PREFIX);
      expect({
        view: `${view.kind} › ${view.name}`,
        filter: view.filter ?? [],
        unindexed: unindexedColumnsOf(view, list),
      }).toEqual({ view: `${view.kind} › ${view.name}`, filter: [], unindexed: [] });
    }
  });

  it('index every column they filter, sort or group on, within SharePoint’s 20 indexes a list', () => {
    for (const view of LIST_VIEWS) {
      const list = entityListSpec(view.kind, DEFAULT_LIST_PREFIX);
      expect({ view: `${view.kind} › ${view.name}`, unindexed: unindexedColumnsOf(view, list) }).toEqual({
        view: `${view.kind} › ${view.name}`,
        unindexed: [],
      });
    }
    const overLimit = [...new Set(LIST_VIEWS.map((v) => v.kind))]
      .map((kind) => entityListSpec(kind, DEFAULT_LIST_PREFIX))
      .map((list) => `${list.displayName}: ${list.columns.filter((c) => c.indexed === true).length}`)
      .filter((line) => Number(line.split(': ')[1]) > 20);
    expect(overLimit).toEqual([]);
  });

  it('a site provisioned before a view’s column was indexed gets the index on the next run', async () => {
    const h = await harness();
    const { site } = await provisionedSite(h);
    const actions = listOf(site, 'QIN Actions');
    const due = actions.columns.find((c) => c.name === 'DueDate');
    if (!due) throw new Error('no DueDate column');
    due.indexed = false;
    const report = await provisionSharePoint({ graph: h.graph.app, site: site.id });
    expect(report.indexedColumns).toEqual(['DueDate of "QIN Actions"']);
    expect(actions.columns.find((c) => c.name === 'DueDate')?.indexed).toBe(true);
  });

  it('a view the app made under a name it no longer declares is renamed and brought to its declaration', async () => {
    const h = await harness();
    const { site, siteUrl } = await provisionedSite(h);
    const renamed = LIST_VIEWS.filter((v) => (v.formerNames ?? []).length > 0);
    expect(renamed.map((v) => `${v.kind} › ${v.formerNames?.join(', ') ?? ''} → ${v.name}`)).toEqual([
      'response › Not yet rated → By assessment',
      'assessmentSummary › By service → By organisation',
    ]);
    // As an earlier release made it: the unrated responses, grouped by assessment.
    const responses = listOf(site, 'QIN Responses');
    viewsOf(responses).push({
      id: '00000000-0000-4000-8000-000000000001',
      title: 'Not yet rated',
      query:
        '<GroupBy Collapse="TRUE" GroupLimit="30"><FieldRef Name="AssessmentId" /></GroupBy>' +
        '<OrderBy><FieldRef Name="StandardCode" Ascending="TRUE" /></OrderBy>' +
        '<Where><IsNull><FieldRef Name="Rating" /></IsNull></Where>',
      fields: ['Title', 'StandardCode', 'AssessmentId', 'AssigneeId', 'UpdatedAt'],
      rowLimit: 100,
      personal: false,
    });
    const { lines } = await makeViews(h, siteUrl);
    expect(lines).toContain('~ renamed the view "QIN Responses" › "Not yet rated" to "By assessment"');
    const byAssessment = LIST_VIEWS.find((v) => v.kind === 'response' && v.name === 'By assessment');
    if (!byAssessment) throw new Error('no view');
    const wanted = viewDefinition(byAssessment, entityListSpec('response', DEFAULT_LIST_PREFIX));
    expect(viewsOf(responses)).toEqual([
      expect.objectContaining({
        id: '00000000-0000-4000-8000-000000000001',
        title: 'By assessment',
        query: wanted.query,
        fields: [...wanted.fields],
      }),
    ]);
  });

  it('provisioning makes each declared view on the site’s own host, signed in with the certificate', async () => {
    const h = await harness();
    const { site, siteUrl } = await provisionedSite(h);
    const { made, lines } = await makeViews(h, siteUrl);
    expect(made).toBe(true);
    for (const view of LIST_VIEWS) {
      const spec = entityListSpec(view.kind, DEFAULT_LIST_PREFIX);
      const made = viewsOf(listOf(site, spec.displayName)).filter((v) => v.title === view.name);
      const wanted = viewDefinition(view, spec);
      expect(made).toEqual([
        expect.objectContaining({ query: wanted.query, fields: [...view.columns], personal: false }),
      ]);
      expect(lines).toContain(`+ made the view "${spec.displayName}" › "${view.name}"`);
    }
    const overdue = viewsOf(listOf(site, 'QIN Actions')).find((v) => v.title === 'Overdue actions');
    expect(overdue?.query).toBe(
      '<OrderBy><FieldRef Name="DueDate" Ascending="TRUE" /></OrderBy><Where><And>' +
        '<In><FieldRef Name="ActionStatus" /><Values><Value Type="Choice">proposed</Value>' +
        '<Value Type="Choice">agreed</Value><Value Type="Choice">in_progress</Value></Values></In>' +
        '<Lt><FieldRef Name="DueDate" /><Value Type="DateTime"><Today /></Value></Lt></And></Where>',
    );
    // The token went to the SharePoint host for that host; Graph's never did.
    expect(siteHostCalls(h).every((e) => /^Bearer sim-app-token-/.test(e.authorization ?? ''))).toBe(true);
  });

  it('a second provisioning changes nothing; a view changed by hand is brought back to its declaration', async () => {
    const h = await harness();
    const { site, siteUrl } = await provisionedSite(h);
    await makeViews(h, siteUrl);
    const before = siteHostCalls(h).length;
    const again = await makeViews(h, siteUrl);
    expect(again.lines).toContain('Views: every view was already in place; nothing changed.');
    expect(
      siteHostCalls(h)
        .slice(before)
        .filter((e) => e.method !== 'GET'),
    ).toEqual([]);

    const byAssessment = viewsOf(listOf(site, 'QIN Responses')).find((v) => v.title === 'By assessment');
    if (!byAssessment) throw new Error('no view');
    const declared = byAssessment.query;
    byAssessment.query = '';
    byAssessment.fields = ['Title'];
    const fixed = await makeViews(h, siteUrl);
    expect(fixed.lines).toContain('~ brought the view "QIN Responses" › "By assessment" back to its declaration');
    expect(byAssessment).toMatchObject({
      query: declared,
      fields: ['Title', 'StandardCode', 'Rating', 'AssigneeId', 'UpdatedAt'],
    });
    expect(viewsOf(listOf(site, 'QIN Responses')).filter((v) => v.title === 'By assessment')).toHaveLength(1);
  });

  it('SharePoint refuses a view of a column the list does not have', async () => {
    const h = await harness();
    const { site, siteUrl } = await provisionedSite(h);
    const rest = new SharePointRest({
      tenantId: 'tenant-host',
      credentials: certificate,
      loginHost: h.sim.host,
      userAgent: USER_AGENT,
      agent: agentToSimulator(h.sim),
    });
    const add = (fields: string[], query: string) =>
      rest.call('POST', `${siteUrl}/_api/web/lists/getbytitle('QIN Actions')/views/add`, {
        parameters: {
          __metadata: { type: 'SP.ViewCreationInformation' },
          Title: 'Mine',
          ViewFields: { __metadata: { type: 'Collection(Edm.String)' }, results: fields },
          Query: query,
          RowLimit: 100,
          PersonalView: false,
        },
      });
    const unknownField = await add(['Title', 'Priority'], '');
    expect(unknownField.status).toBe(400);
    expect(JSON.stringify(unknownField.body)).toContain("Column 'Priority' does not exist.");
    const unknownFilter = await add(['Title'], '<Where><IsNull><FieldRef Name="Priority" /></IsNull></Where>');
    expect(unknownFilter.status).toBe(400);
    expect(viewsOf(listOf(site, 'QIN Actions'))).toEqual([]);
    rest.close();
  });

  it('signed in with a client secret, makes no view and prints the steps to make them by hand', async () => {
    const h = await harness();
    const { site, siteUrl } = await provisionedSite(h);
    const secret: AppCredentials = {
      kind: 'clientSecret',
      clientId: 'qin-app',
      clientSecret: h.sim.tokens.clientSecret,
    };
    const { made, lines } = await makeViews(h, siteUrl, secret);
    expect(made).toBe(false);
    expect(lines.join('\n')).toMatch(/refuses an app signed in with a client secret.*AAD_APP_CERTIFICATE_FILE/s);
    expect(lines).toContain(
      '  - "QIN Actions" › "Overdue actions": Columns: Title, Owner, Due, Status, Service id. Filter: Status is equal to ' +
        'proposed or agreed or in_progress (one "or" condition each) and Due is less than [Today]. Sort by Due.',
    );
    expect(viewsOf(listOf(site, 'QIN Actions'))).toEqual([]);
    expect(siteHostCalls(h).filter((e) => e.url.includes(site.path))).toEqual([]);
  });

  it('SharePoint refuses the app’s token got with a secret, and a site without the manage grant: the steps are printed', async () => {
    const h = await harness();
    const { site, siteUrl } = await provisionedSite(h);
    const secretRest = new SharePointRest({
      tenantId: 'tenant-host',
      credentials: { kind: 'clientSecret', clientId: 'qin-app', clientSecret: h.sim.tokens.clientSecret },
      loginHost: h.sim.host,
      userAgent: USER_AGENT,
      agent: agentToSimulator(h.sim),
    });
    const refused = await secretRest.call('GET', `${siteUrl}/_api/web/lists/getbytitle('QIN Actions')/views`);
    expect(refused).toEqual({ status: 401, body: { error_description: 'Unsupported app only token.' } });
    secretRest.close();

    site.permission = 'write';
    const { made, lines } = await makeViews(h, siteUrl);
    expect(made).toBe(false);
    expect(lines.join('\n')).toMatch(/SharePoint answered 403 .*Access denied.*Sites\.Selected/s);
    expect(lines.some((l) => l.includes('"QIN Responses" › "By assessment"'))).toBe(true);
  });
});
