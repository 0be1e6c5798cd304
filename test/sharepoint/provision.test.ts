import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provisionSharePoint } from '../../src/adapters/sharepoint/provisioner';
import { allListSpecs } from '../../src/adapters/sharepoint/schema';
import { openSharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { StoreUnavailableError } from '../../src/services/ports';
import { organisation, put } from '../contract/fixtures';
import { ctx } from '../contract/store-contract-helpers';
import type { SimSite } from '../graph-simulator/state';
import { SITE_HOST, sharedHarness } from './harness';

const harness = sharedHarness();

async function provision(site: string): Promise<{ lines: string[]; changed: boolean }> {
  const lines: string[] = [];
  const report = await provisionSharePoint({ graph: (await harness()).graph.app, site, log: (l) => lines.push(l) });
  return { lines, changed: report.changed };
}

function listOf(site: SimSite, displayName: string) {
  const list = [...site.lists.values()].find((l) => l.displayName === displayName);
  if (!list) throw new Error(`no list ${displayName}`);
  return list;
}

describe('npm run provision', () => {
  it('creates every list, column, index and the evidence library, with progress; a second run changes nothing', async () => {
    const h = await harness();
    const site = h.addSite();
    const url = `https://${SITE_HOST}${site.path}`;
    const first = await provision(url);
    expect(first.changed).toBe(true);
    const frameworks = allListSpecs('QIN').get('framework');
    expect(first.lines).toContain(
      `[1/${allListSpecs('QIN').size + 1}] + created list "QIN Frameworks" with ${frameworks?.columns.length} columns`,
    );
    expect(first.lines.some((l) => l.includes('+ created document library "QIN Evidence"'))).toBe(true);
    expect(first.lines.at(-1)).toBe(`Configure SHAREPOINT_SITE_ID=${site.id}`);
    for (const spec of allListSpecs('QIN').values()) {
      const list = listOf(site, spec.displayName);
      for (const column of spec.columns) {
        const made = list.columns.find((c) => c.name === column.name);
        expect(made).toBeDefined();
        expect(made?.displayName).toBe(column.displayName);
        expect(made?.description).toBe(column.description);
        if (column.indexed) expect(made?.indexed).toBe(true);
        if (column.unique) expect(made?.enforceUniqueValues).toBe(true);
        if (column.type === 'choice') expect(made?.choices).toEqual(column.choices);
        if (column.type === 'date') expect(made).toMatchObject({ type: 'dateTime', format: 'dateOnly' });
        if (column.type === 'dateTime') expect(made).toMatchObject({ type: 'dateTime', format: 'dateTime' });
        if (column.type === 'yesNo') expect(made?.type).toBe('boolean');
      }
    }

    const writesBefore = h.sim.graphCalls().filter((c) => c.method !== 'GET').length;
    const second = await provision(url);
    expect(second.changed).toBe(false);
    expect(second.lines).toContain('Done: the site was already up to date; nothing changed.');
    expect(h.sim.graphCalls().filter((c) => c.method !== 'GET').length).toBe(writesBefore);
  });

  it('upgrades an older schema in place, keeping the data', async () => {
    const h = await harness();
    const site = h.addSite();
    await provision(site.id);
    const store = await openSharePointStore({ graph: h.graph.app, site: site.id });
    await store.commit(ctx, [put('organisation', organisation())]);
    const responses = listOf(site, 'QIN Responses');
    responses.columns.splice(
      responses.columns.findIndex((c) => c.name === 'Rating'),
      1,
    );
    const cycle = responses.columns.find((c) => c.name === 'CycleId');
    if (cycle) cycle.indexed = false;

    const upgrade = await provision(site.id);
    expect(upgrade.lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining('+ added column Rating of "QIN Responses"'),
        expect.stringContaining('~ indexed column CycleId of "QIN Responses"'),
        'Done: created 0 lists, added 1 columns, indexed 1 columns, added choices to 0 columns.',
      ]),
    );
    expect(responses.columns.find((c) => c.name === 'CycleId')?.indexed).toBe(true);
    await expect(store.get('organisation', 'org-kch')).resolves.toMatchObject({ version: 1 });
    expect((await provision(site.id)).changed).toBe(false);
  });

  it("adds the domain's new words to a choice column, keeping the words the site already has", async () => {
    const h = await harness();
    const site = h.addSite();
    await provision(site.id);
    const rating = listOf(site, 'QIN Responses').columns.find((c) => c.name === 'Rating');
    if (!rating) throw new Error('no Rating column');
    // As if the site had been provisioned before 'not_applicable' was a rating, and its owner added a word of their own.
    rating.choices = ['met', 'partly_met', 'not_met', 'kept by the site'];

    const upgrade = await provision(site.id);
    expect(upgrade.lines.filter((l) => l.includes('~ added choices'))).toEqual([
      expect.stringMatching(/~ added choices to column Rating of "QIN Responses"$/),
    ]);
    expect(rating.choices).toEqual(['met', 'partly_met', 'not_met', 'kept by the site', 'not_applicable']);
    expect((await provision(site.id)).changed).toBe(false);
  });

  it('stops, touching nothing, at a column whose type differs', async () => {
    const h = await harness();
    const site = h.addSite();
    await provision(site.id);
    const people = listOf(site, 'QIN People');
    const at = people.columns.findIndex((c) => c.name === 'PersonEmail');
    const email = people.columns[at];
    if (!email) throw new Error('no PersonEmail');
    people.columns[at] = { ...email, type: 'number' };
    await expect(provision(site.id)).rejects.toThrow(/PersonEmail of "QIN People" exists with another type/);
  });

  it('says clearly when the site is missing or Graph refuses the grant', async () => {
    const h = await harness();
    await expect(provision(`https://${SITE_HOST}/sites/nowhere`)).rejects.toThrow(/no SharePoint site at/);
    const site = h.addSite();
    site.permission = 'write';
    await expect(provision(site.id)).rejects.toThrow(/403 accessDenied.*'manage' to provision/);
  });

  it('runs from the command line against the configured Graph, twice', async () => {
    const h = await harness();
    const site = h.addSite();
    const dir = mkdtempSync(join(tmpdir(), 'qin-provision-'));
    const caFile = join(dir, 'simulator-ca.pem');
    writeFileSync(caFile, h.sim.ca);
    const env = {
      ...process.env,
      AAD_APP_TENANT_ID: 'tenant-host',
      AAD_APP_CLIENT_ID: 'qin-app',
      AAD_APP_CLIENT_SECRET: h.sim.tokens.clientSecret,
      GRAPH_HOST: h.sim.origin,
      AAD_APP_OAUTH_AUTHORITY_HOST: h.sim.origin,
      // How an operator would trust a private CA; the production code path is unchanged.
      NODE_EXTRA_CA_CERTS: caFile,
    };
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile('node_modules/.bin/tsx', ['src/cli/provision.ts', ...args], { env }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
      });
    try {
      const url = `https://${SITE_HOST}${site.path}`;
      const first = await run(['--site', url]);
      expect(first).toMatchObject({ code: 0, stderr: '' });
      expect(first.stdout).toContain('+ created list "QIN Assessments"');
      const second = await run([`--site=${url}`]);
      expect(second.stdout).toContain('nothing changed');
      const usage = await run([]);
      expect(usage.code).toBe(1);
      expect(usage.stderr).toContain('Usage: npm run provision -- --site <site URL or id>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('opening the SharePoint store', () => {
  it('refuses a site that was never provisioned, or lost a column, saying what to run', async () => {
    const h = await harness();
    const site = h.addSite();
    const open = () => openSharePointStore({ graph: h.graph.app, site: site.id });
    await expect(open()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(open()).rejects.toThrow(/the list "QIN Assessments" is missing.*npm run provision -- --site/);
    await provision(site.id);
    const evidence = listOf(site, 'QIN Evidence records');
    evidence.columns.splice(
      evidence.columns.findIndex((c) => c.name === 'AssessmentId'),
      1,
    );
    await expect(open()).rejects.toThrow(/column AssessmentId of "QIN Evidence records" is missing/);
  });

  it("works with a 'write' grant (Sites.Selected), which provisioning does not need to keep", async () => {
    const h = await harness();
    const site = h.addSite();
    await provision(site.id);
    site.permission = 'write';
    const store = await openSharePointStore({ graph: h.graph.app, site: site.id });
    await expect(store.commit(ctx, [put('organisation', organisation())])).resolves.toHaveLength(1);
    site.permission = 'none';
    await expect(store.get('organisation', 'org-kch')).rejects.toThrow(/Graph refused .*403.*Sites\.Selected grant/);
  });
});
