import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnvFile, placeholdersIn } from '../../scripts/lib/env-file';
import { declarations, parseBicep } from './bicep-tree';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Variables an action writes (`writeToEnvironmentFile:` blocks), e.g. AAD_APP_CLIENT_ID, SECRET_BOT_PASSWORD. */
function writtenByActions(yml: string): Set<string> {
  const written = new Set<string>();
  let blockIndent = -1;
  for (const line of yml.split('\n')) {
    const indent = line.search(/\S/);
    if (/^\s*writeToEnvironmentFile:\s*$/.test(line)) blockIndent = indent;
    else if (blockIndent >= 0 && indent > blockIndent) {
      const value = /^\s+\w+:\s*([A-Z_][A-Z0-9_]*)\s*$/.exec(line)?.[1];
      if (value) written.add(value);
    } else if (line.trim() !== '') blockIndent = -1;
  }
  return written;
}

/** `uses:` actions of a lifecycle file. */
function actionsOf(yml: string): string[] {
  return [...yml.matchAll(/^\s*- uses: ([\w/]+)/gm)].map((m) => m[1] ?? '');
}

/** Values the toolkit defines itself. */
const BUILT_IN = new Set(['TEAMSFX_ENV', 'APP_NAME_SUFFIX']);

describe('Microsoft 365 Agents Toolkit project', () => {
  it('never asks the toolkit to download a Bicep binary', () => {
    for (const file of ['m365agents.yml', 'm365agents.local.yml'])
      expect(read(file)).not.toMatch(/^\s*bicepCliVersion:/m);
  });

  it('runs provision, deploy and publish with actions the toolkit has', () => {
    const cloud = read('m365agents.yml');
    for (const stage of ['provision:', 'deploy:', 'publish:']) expect(cloud).toMatch(new RegExp(`^${stage}`, 'm'));
    expect(actionsOf(cloud)).toEqual(
      expect.arrayContaining([
        'teamsApp/create',
        'aadApp/create',
        'arm/deploy',
        'aadApp/update',
        'teamsApp/zipAppPackage',
        'azureAppService/zipDeploy',
        'teamsApp/publishAppPackage',
      ]),
    );
    expect(actionsOf(read('m365agents.local.yml'))).toEqual(expect.arrayContaining(['botFramework/create']));
  });

  it('gives every ${{VAR}} a value: the env file, an earlier action, or an output of infra/azure.bicep', async () => {
    const outputs = new Set(
      declarations(await parseBicep(path.join(ROOT, 'infra', 'azure.bicep')), 'output_declaration').keys(),
    );
    const cases = [
      { env: 'dev', yml: 'm365agents.yml', files: ['infra/azure.parameters.json'], outputs },
      { env: 'local', yml: 'm365agents.local.yml', files: [], outputs: new Set<string>() },
    ];
    for (const c of cases) {
      const yml = read(c.yml);
      const known = new Set([
        ...parseEnvFile(read(`env/.env.${c.env}`)).keys(),
        ...writtenByActions(yml),
        ...c.outputs,
        ...BUILT_IN,
      ]);
      const used = [
        yml,
        read('appPackage/manifest.json'),
        read('infra/aad.manifest.json'),
        ...c.files.map(read),
      ].flatMap(placeholdersIn);
      expect({ env: c.env, unknown: [...new Set(used)].filter((v) => !known.has(v)) }).toEqual({
        env: c.env,
        unknown: [],
      });
    }
  });

  it('points at files that exist, and deploys only the built server', () => {
    const yml = read('m365agents.yml');
    for (const ref of yml.matchAll(/(?:path|parameters|manifestPath|ignoreFile): (\.\/?[\w./-]+)$/gm)) {
      expect(existsSync(path.join(ROOT, ref[1] ?? ''))).toBe(true);
    }
    const ignored = read('.webappignore').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules/', 'src/', 'test/', '.data/']));
    expect(ignored.some((line) => /^\/?dist\b/.test(line))).toBe(false);
  });

  it('registers a multi-tenant Entra app for Teams SSO with v2 tokens and access_as_user', () => {
    const manifest = JSON.parse(read('infra/aad.manifest.json')) as {
      signInAudience: string;
      identifierUris: string[];
      api: { requestedAccessTokenVersion: number; oauth2PermissionScopes: { value: string }[] };
    } & Record<string, unknown>;
    expect(manifest.signInAudience).toBe('AzureADMultipleOrgs');
    expect(manifest.api.requestedAccessTokenVersion).toBe(2);
    expect(manifest.api.oauth2PermissionScopes.map((s) => s.value)).toEqual(['access_as_user']);
    // Teams SSO needs the same api://<tab domain>/<client id> as the Teams manifest's webApplicationInfo.resource.
    const teams = JSON.parse(read('appPackage/manifest.json')) as { webApplicationInfo: { resource: string } };
    expect(manifest.identifierUris).toEqual([teams.webApplicationInfo.resource]);
    const preAuthorised = JSON.stringify(manifest['api']);
    for (const teamsClient of ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346']) {
      expect(preAuthorised).toContain(teamsClient);
    }
  });

  it("asks for Sites.Selected (application) from Graph and from SharePoint itself, which makes the lists' views", () => {
    // SharePoint's own API ("Office 365 SharePoint Online") and its Sites.Selected app role, as Microsoft's Teams
    // Toolkit lists them (OfficeDev/TeamsFx, packages/fx-core/src/component/driver/aad/permissions/permissions.json).
    const SHAREPOINT = '00000003-0000-0ff1-ce00-000000000000';
    const SHAREPOINT_SITES_SELECTED = '20d37865-089c-4dee-8c41-6967602d4ac8';
    const manifest = JSON.parse(read('infra/aad.manifest.json')) as {
      requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
    };
    const asked = new Map(manifest.requiredResourceAccess.map((r) => [r.resourceAppId, r.resourceAccess]));
    expect(asked.get('Microsoft Graph')).toContainEqual({ id: 'Sites.Selected', type: 'Role' });
    // Only that one role of SharePoint's: still no site but the one granted, and nothing delegated.
    expect(asked.get(SHAREPOINT)).toEqual([{ id: SHAREPOINT_SITES_SELECTED, type: 'Role' }]);
  });

  it('asks Graph for User.Invite.All (application): the server invites guests with its own token', () => {
    // The toolkit resolves Graph permissions by name; this one is the app role
    // 09850681-111b-4a89-9bed-3f2cae46d706 ("Invite guest users to the organization, without a signed-in user"), not
    // the delegated permission of the same name. The deployment guide's permissions table lists it as application.
    const manifest = JSON.parse(read('infra/aad.manifest.json')) as {
      requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
    };
    const graph = manifest.requiredResourceAccess.find((r) => r.resourceAppId === 'Microsoft Graph');
    expect(graph?.resourceAccess).toContainEqual({ id: 'User.Invite.All', type: 'Role' });
  });

  it('asks for every application permission the deployment guide lists, and no other', () => {
    const manifest = JSON.parse(read('infra/aad.manifest.json')) as {
      requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
    };
    const graphRoles = (
      manifest.requiredResourceAccess.find((r) => r.resourceAppId === 'Microsoft Graph')?.resourceAccess ?? []
    )
      .filter((a) => a.type === 'Role')
      .map((a) => a.id);
    // Rows of the guide's permissions table: | `Name` | application | why |, SharePoint's own marked "(SharePoint)".
    const documented = [...read('docs/deploy.md').matchAll(/^\| `([\w.]+)`\s+\| application \|/gm)].map((m) => m[1]);
    expect(graphRoles.sort()).toEqual(documented.sort());
  });

  it('pre-authorises Teams, Outlook and the Microsoft 365 app for single sign-on, each for access_as_user', () => {
    // Microsoft's published client ids ("Configure tab app in Microsoft Entra ID"); some hosts share one.
    const hostClients = {
      'Teams desktop and mobile': '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
      'Teams web': '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
      'Microsoft 365 app, web': '4765445b-32c6-49b0-83e6-1d93765276ca',
      'Microsoft 365 app, desktop': '0ec893e0-5785-4de6-99da-4ed124e5296c',
      'Microsoft 365 app mobile and Outlook desktop': 'd3590ed6-52b3-4102-aeff-aad2292ab01c',
      'Outlook web': 'bc59ab01-8403-45c6-8796-ac3ef710b3e3',
      'Outlook mobile': '27922004-5251-4030-b22d-91ecd9a37ea4',
    };
    const manifest = JSON.parse(read('infra/aad.manifest.json')) as {
      api: {
        oauth2PermissionScopes: { id: string; value: string }[];
        preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
      };
    };
    const accessAsUser = manifest.api.oauth2PermissionScopes.find((s) => s.value === 'access_as_user')?.id;
    const granted = new Map(manifest.api.preAuthorizedApplications.map((a) => [a.appId, a.delegatedPermissionIds]));
    const missing = Object.entries(hostClients).filter(([, id]) => !granted.get(id)?.includes(accessAsUser ?? '?'));
    expect(missing).toEqual([]);
    // Nothing else is pre-authorised: no other client gets a token for the API without the person's consent.
    expect([...granted.keys()].sort()).toEqual([...new Set(Object.values(hostClients))].sort());
  });
});
