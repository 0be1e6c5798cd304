import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { parseEnvFile, placeholdersIn } from '../../scripts/lib/env-file';
import { encodePng } from '../../src/adapters/reports/png';
import { PAGE_NAMES } from '../../src/domain/labels';
import {
  buildAppPackage,
  iconProblems,
  PackageError,
  PROJECT_ROOT,
  schemaErrors,
  teamsRuleProblems,
} from '../../scripts/package-app';
import { BELL_TEMPLATE_PARAMETERS } from '../../src/services/reminders/activity-feed';

/** What "provision" writes into env/.env.<name>: ids and the web app's address. */
const PROVISIONED = {
  TEAMS_APP_ID: '3f1c6a52-6d1e-4c55-9a57-1d2b6f0e8a11',
  AAD_APP_CLIENT_ID: '0b7f4c1e-2a7d-4f7b-8f2e-5c3d9a1b2c3d',
  BOT_ID: '7d9e2f3a-4b5c-4d6e-8f70-91a2b3c4d5e6',
  TAB_DOMAIN: 'mbqin-dev-app.azurewebsites.net',
  TAB_ENDPOINT: 'https://mbqin-dev-app.azurewebsites.net',
};

// @microsoft/app-manifest requires strip-bom, which is ESM only: jest (unlike Node 20.19+) cannot require it. It
// only strips a BOM when the library reads files, which these tests never ask it to do.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text }));

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

describe('the Teams app package', () => {
  it('fills env/.env.dev into a manifest that the bundled official schema accepts, and zips it', async () => {
    const result = await buildAppPackage({ env: 'dev', overrides: PROVISIONED, processEnv: {}, write: false });
    const manifest = result.manifest;
    expect(await schemaErrors(manifest)).toEqual([]);
    expect(manifest['manifestVersion']).toBe('1.22');
    expect(manifest['id']).toBe(PROVISIONED.TEAMS_APP_ID);
    expect(JSON.stringify(manifest)).not.toMatch(/\$\{\{/);
    expect(path.basename(result.zipPath)).toBe('appPackage.dev.zip');

    const zip = await JSZip.loadAsync(result.zip);
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const zipped = JSON.parse(await zip.file('manifest.json')!.async('string')) as Json;
    expect(zipped).toEqual(manifest);
  });

  it('has the personal tab, the configurable team tab, the bot with its commands, SSO and valid domains', async () => {
    const { manifest } = await buildAppPackage({ env: 'dev', overrides: PROVISIONED, processEnv: {}, write: false });
    const myWork = list(manifest['staticTabs']).find((t) => t['entityId'] === 'my-work');
    expect(myWork).toMatchObject({ contentUrl: `${PROVISIONED.TAB_ENDPOINT}/my-work`, scopes: ['personal'] });
    const [configurable] = list(manifest['configurableTabs']);
    expect(configurable).toMatchObject({ configurationUrl: `${PROVISIONED.TAB_ENDPOINT}/config` });
    expect(configurable?.['scopes']).toContain('team');

    const [bot] = list(manifest['bots']);
    expect(bot).toMatchObject({ botId: PROVISIONED.BOT_ID, scopes: ['personal', 'team'] });
    const commands = (scope: string) =>
      list(bot?.['commandLists'])
        .filter((l) => (l['scopes'] as string[]).includes(scope))
        .flatMap((l) => list(l['commands']).map((c) => c['title']));
    expect(commands('personal')).toEqual(['help', 'progress', 'next', 'snooze', 'reminders off', 'notify']);
    expect(commands('team')).toEqual(['help', 'progress']);

    expect(manifest['webApplicationInfo']).toEqual({
      id: PROVISIONED.AAD_APP_CLIENT_ID,
      resource: `api://${PROVISIONED.TAB_DOMAIN}/${PROVISIONED.AAD_APP_CLIENT_ID}`,
    });
    expect(manifest['validDomains']).toEqual([PROVISIONED.TAB_DOMAIN]);
    expect(teamsRuleProblems(manifest)).toEqual([]);
    const developer = manifest['developer'] as Json;
    for (const link of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) expect(developer[link]).toMatch(/^https:\/\//);
  });

  it('runs the personal app in Outlook and the Microsoft 365 app too, leaving Teams-only parts to Teams', async () => {
    const { manifest } = await buildAppPackage({ env: 'dev', overrides: PROVISIONED, processEnv: {}, write: false });
    // Manifest 1.13 and later extends personal static tabs to Outlook and the Microsoft 365 app.
    const [major, minor] = String(manifest['manifestVersion']).split('.').map(Number);
    expect((major ?? 0) * 100 + (minor ?? 0)).toBeGreaterThanOrEqual(113);
    const tabs = list(manifest['staticTabs']);
    const personalPages = tabs.filter((t) => t['contentUrl'] !== undefined);
    // The host shows these as its tabs, named as the tab names them in its navigation and headings.
    expect(personalPages.map((t) => [t['entityId'], t['name']])).toEqual([
      ['my-work', PAGE_NAMES.myWork],
      ['dashboard', PAGE_NAMES.dashboard],
    ]);
    for (const page of personalPages) {
      expect(page['scopes']).toEqual(['personal']);
      expect(page['contentUrl']).toMatch(new RegExp(`^https://${PROVISIONED.TAB_DOMAIN}/`));
    }
    // Single sign-on in every host: the same Entra app, whose pre-authorised clients include each host's.
    expect((manifest['webApplicationInfo'] as Json)['id']).toBe(PROVISIONED.AAD_APP_CLIENT_ID);

    // Outlook and the Microsoft 365 app have no bot chat: its tab goes with the bot, the pages do not.
    const relations = manifest['elementRelationshipSet'] as Json;
    expect(relations['oneWayDependencies']).toEqual([
      {
        element: { name: 'staticTabs', id: 'conversations' },
        dependsOn: [{ name: 'bots', id: PROVISIONED.BOT_ID }],
      },
    ]);
    expect(relations['mutualDependencies']).toBeUndefined();

    // People installing it from Outlook or the Microsoft 365 app read what it does there.
    const description = (manifest['description'] as Json)['full'] as string;
    expect(description).toMatch(/Outlook/);
    expect(description).toMatch(/Microsoft 365 app/);
  });

  it('declares every Teams activity feed notification the app sends, with the parameters its template names', async () => {
    const { manifest } = await buildAppPackage({ env: 'dev', overrides: PROVISIONED, processEnv: {}, write: false });
    const declared = list((manifest['activities'] as Json | undefined)?.['activityTypes']);
    expect(declared.map((t) => t['type']).sort()).toEqual(Object.keys(BELL_TEMPLATE_PARAMETERS).sort());
    for (const [type, parameters] of Object.entries(BELL_TEMPLATE_PARAMETERS)) {
      const template = String(declared.find((t) => t['type'] === type)?.['templateText']);
      const named = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect({ type, named }).toEqual({ type, named: [...parameters].sort() });
    }
  });

  it('builds the local environment too', async () => {
    const local = { ...PROVISIONED, TAB_DOMAIN: 'abcd-3978.uks1.devtunnels.ms' };
    const endpoint = { TAB_ENDPOINT: 'https://abcd-3978.uks1.devtunnels.ms' };
    const { manifest } = await buildAppPackage({
      env: 'local',
      overrides: { ...local, ...endpoint },
      processEnv: {},
      write: false,
    });
    expect((manifest['name'] as Json)['short']).toBe('Mind & Body QIN-local');
  });

  it('refuses to package while a placeholder has no value, naming each one', async () => {
    const attempt = buildAppPackage({
      env: 'dev',
      overrides: { TEAMS_APP_ID: PROVISIONED.TEAMS_APP_ID },
      processEnv: {},
    });
    await expect(attempt).rejects.toThrow(PackageError);
    await expect(attempt).rejects.toThrow(/AAD_APP_CLIENT_ID.*BOT_ID|BOT_ID.*AAD_APP_CLIENT_ID/);
    await expect(attempt).rejects.toThrow(/TAB_ENDPOINT/);
    await expect(attempt).rejects.toThrow(/env\/\.env\.dev/);
  });

  it('reports schema errors from the bundled schema (the validator is not a no-op)', async () => {
    const { manifest } = await buildAppPackage({ env: 'dev', overrides: PROVISIONED, processEnv: {}, write: false });
    const broken = { ...manifest, name: { short: 'x'.repeat(31) }, id: 'not-a-guid' };
    const errors = await schemaErrors(broken);
    expect(errors.join('\n')).toMatch(/\/name\/short/);
    expect(errors.join('\n')).toMatch(/\/id/);
    expect(teamsRuleProblems({ ...manifest, validDomains: ['https://elsewhere.example'] }).length).toBeGreaterThan(0);
    const strayDependency = {
      oneWayDependencies: [
        { element: { name: 'staticTabs', id: 'settings' }, dependsOn: [{ name: 'bots', id: PROVISIONED.BOT_ID }] },
      ],
    };
    expect(teamsRuleProblems({ ...manifest, elementRelationshipSet: strayDependency })).toEqual([
      'elementRelationshipSet names staticTabs "settings", which the manifest does not define',
    ]);
  });

  it('declares every manifest placeholder in the committed env files', () => {
    const placeholders = placeholdersIn(readFileSync(path.join(PROJECT_ROOT, 'appPackage', 'manifest.json'), 'utf8'));
    for (const env of ['dev', 'local']) {
      const vars = parseEnvFile(readFileSync(path.join(PROJECT_ROOT, 'env', `.env.${env}`), 'utf8'));
      expect(placeholders.filter((p) => !vars.has(p))).toEqual([]);
      // No secrets are committed: the toolkit keeps SECRET_* in the git-ignored .user file.
      expect([...vars.keys()].filter((k) => k.startsWith('SECRET_'))).toEqual([]);
    }
  });
});

describe('the app icons', () => {
  const icon = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'appPackage', name));

  it('are a 192x192 colour icon and a 32x32 white-on-transparent outline icon', () => {
    expect(iconProblems('color', icon('color.png'))).toEqual([]);
    expect(iconProblems('outline', icon('outline.png'))).toEqual([]);
  });

  it('are checked for size, transparency and colour', () => {
    expect(iconProblems('color', icon('outline.png'))).toEqual([expect.stringMatching(/32x32.*192x192/)]);
    const blue = new Uint8Array(32 * 32 * 4);
    for (let i = 0; i < blue.length; i += 4) blue.set([0, 94, 184, 255], i);
    const problems = iconProblems('outline', encodePng(32, 32, blue));
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/transparent/), expect.stringMatching(/not white/)]),
    );
    expect(iconProblems('outline', Buffer.from('not a png'))).toEqual([expect.stringMatching(/not a readable PNG/)]);
  });
});
