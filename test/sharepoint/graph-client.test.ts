import { generateKeyPairSync } from 'node:crypto';
import { ConsentRequiredError } from '../../src/services/user-files';
import { createGraphClientFactory, type GraphClientFactory } from '../../src/adapters/graph/graph-client-factory';
import { GraphAuthError, GraphNetworkError } from '../../src/adapters/graph/graph-errors';
import { GRAPH_CLOUDS, type AppCredentials } from '../../src/adapters/graph/graph-options';
import { GraphSimulator } from '../graph-simulator/server';

describe('the Graph client factory', () => {
  let sim: GraphSimulator;
  const factories: GraphClientFactory[] = [];

  beforeAll(async () => {
    sim = await GraphSimulator.start();
    sim.state.addSite({ hostname: 'nhs.sharepoint.com', path: '/sites/qin' });
  });
  afterEach(() => {
    sim.faults.clear();
    for (const f of factories.splice(0)) f.close();
  });
  afterAll(async () => {
    await sim.close();
  });

  function factory(credentials: AppCredentials, extra: { maxRetries?: number } = {}): GraphClientFactory {
    const made = createGraphClientFactory({
      tenantId: 'tenant-host',
      credentials,
      graphHost: sim.host,
      loginHost: `https://${sim.host}`,
      userAgent: { company: 'NHS England', product: 'MindBodyQIN', version: '1.2.3' },
      trustedCa: sim.ca,
      retry: { maxRetries: extra.maxRetries ?? 3, delaySeconds: 0 },
    });
    factories.push(made);
    return made;
  }
  const secret = (): AppCredentials => ({
    kind: 'clientSecret',
    clientId: 'qin-app',
    clientSecret: sim.tokens.clientSecret,
  });
  const site = '/sites/nhs.sharepoint.com:/sites/qin';
  const lastGraphCall = () => sim.graphCalls().at(-1);

  it('gets an app token with a client secret through msal, once, and sends the NONISV user agent', async () => {
    const issued = sim.tokens.issued;
    const graph = factory(secret());
    await expect(graph.app.call({ method: 'GET', url: site })).resolves.toMatchObject({ status: 200 });
    await graph.app.call({ method: 'GET', url: site });
    expect(sim.tokens.issued).toBe(issued + 1);
    expect(lastGraphCall()).toMatchObject({
      authorization: expect.stringMatching(/^Bearer sim-app-token-qin-app-\d+$/),
      userAgent: 'NONISV|NHS-England|MindBodyQIN/1.2.3',
    });
  });

  it('signs in with a certificate (a signed client assertion)', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const graph = factory({
      kind: 'certificate',
      clientId: 'qin-app',
      thumbprintSha256: 'ab'.repeat(32),
      privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    });
    await expect(graph.app.call({ method: 'GET', url: site })).resolves.toMatchObject({ status: 200 });
  });

  it('uses an App Service managed identity', async () => {
    // App Service tells msal where its identity endpoint is through these two variables.
    process.env['IDENTITY_ENDPOINT'] = `${sim.origin}/msi/token`;
    process.env['IDENTITY_HEADER'] = sim.tokens.identityHeader;
    try {
      const graph = factory({ kind: 'managedIdentity' });
      await expect(graph.app.call({ method: 'GET', url: site })).resolves.toMatchObject({ status: 200 });
      expect(lastGraphCall()?.authorization).toMatch(/^Bearer sim-mi-token-/);
    } finally {
      delete process.env['IDENTITY_ENDPOINT'];
      delete process.env['IDENTITY_HEADER'];
    }
  });

  it('says clearly when Entra refuses the credentials', async () => {
    const graph = factory({ kind: 'clientSecret', clientId: 'qin-app', clientSecret: 'wrong' });
    const call = graph.app.call({ method: 'GET', url: site });
    await expect(call).rejects.toBeInstanceOf(GraphAuthError);
    await expect(call).rejects.toThrow(/invalid_client/);
  });

  it('retries 429 and 503, waiting as long as Retry-After says', async () => {
    const graph = factory(secret());
    await graph.app.call({ method: 'GET', url: site });
    graph.counter.reset();
    sim.faults.setRates({ retryAfterSeconds: 1 });
    sim.faults.script({ fault: 'throttle', when: (r) => r.path.startsWith('/sites/') });
    // Watch the waits the client asks for rather than timing them: the figure is what Retry-After said.
    const timers = jest.spyOn(global, 'setTimeout');
    try {
      await expect(graph.app.call({ method: 'GET', url: site })).resolves.toMatchObject({ status: 200 });
      expect(timers.mock.calls.map(([, ms]) => ms)).toContain(1000);
    } finally {
      timers.mockRestore();
    }
    expect(graph.counter.total).toBe(2);
    sim.faults.setRates({ retryAfterSeconds: 0 });
    sim.faults.script({ fault: 'unavailable', when: (r) => r.path.startsWith('/sites/'), times: 2 });
    await expect(graph.app.call({ method: 'GET', url: site })).resolves.toMatchObject({ status: 200 });
  });

  it('gives the caller the 429 once the retries are spent', async () => {
    const graph = factory(secret(), { maxRetries: 2 });
    sim.faults.script({ fault: 'throttle', when: (r) => r.path.startsWith('/sites/'), times: 5 });
    await expect(graph.app.call({ method: 'GET', url: site })).resolves.toMatchObject({ status: 429 });
  });

  it('sends a GET again after a dropped connection, but leaves a dropped POST to the caller', async () => {
    const graph = factory(secret());
    sim.faults.script({ fault: 'drop-before', when: (r) => r.method === 'GET' && r.path.startsWith('/sites/') });
    await expect(graph.app.call({ method: 'GET', url: site })).resolves.toMatchObject({ status: 200 });
    sim.faults.script({ fault: 'drop-after', when: (r) => r.method === 'POST' });
    await expect(graph.app.call({ method: 'POST', url: '/$batch', body: { requests: [] } })).rejects.toBeInstanceOf(
      GraphNetworkError,
    );
  });

  it('calls Graph as a signed-in user with the on-behalf-of token, and lets its errors out unchanged', async () => {
    const graph = factory(secret());
    const user = graph.forUser(() => Promise.resolve('user-obo-token'));
    await user.call({ method: 'GET', url: site });
    expect(lastGraphCall()?.authorization).toBe('Bearer user-obo-token');
    const refused = graph.forUser(() => Promise.reject(new ConsentRequiredError(['Files.Read.All'])));
    await expect(refused.call({ method: 'GET', url: site })).rejects.toBeInstanceOf(ConsentRequiredError);
  });

  it('takes the Graph and login hosts of a national cloud from configuration', () => {
    const us = createGraphClientFactory({
      tenantId: 't',
      credentials: { kind: 'accessToken', getToken: () => Promise.resolve('x') },
      graphHost: 'https://graph.microsoft.us/',
      loginHost: GRAPH_CLOUDS.usGovernment.loginHost,
      userAgent: { company: 'NHS', product: 'QIN', version: '1' },
    });
    factories.push(us);
    expect(us.app.root).toBe('https://graph.microsoft.us/v1.0');
    expect(us.loginHost).toBe('login.microsoftonline.us');
    expect(us.app.relative('https://graph.microsoft.us/v1.0/sites/x?$top=1')).toBe('/sites/x?$top=1');
  });
});
