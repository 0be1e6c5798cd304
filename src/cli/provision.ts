/**
 * `npm run provision -- --site <site URL or id> [--prefix QIN]`: creates or upgrades the SharePoint lists,
 * columns, indexes and evidence library the app needs. Safe to run again; after a dropped connection it reads the
 * site again and carries on. Signs in as the app from the environment (AAD_APP_TENANT_ID with AAD_APP_CLIENT_ID
 * and AAD_APP_CLIENT_SECRET, or MANAGED_IDENTITY_CLIENT_ID; GRAPH_HOST and AAD_APP_OAUTH_AUTHORITY_HOST for
 * national clouds); it needs a `manage` grant on the site.
 */
import { loadConfig, type AppConfig } from '../config';
import { createGraphClientFactory } from '../adapters/graph/graph-client-factory';
import type { AppCredentials } from '../adapters/graph/graph-options';
import { migrateEarlierLayout } from '../adapters/sharepoint/layout-migration';
import { provisionResuming } from '../adapters/sharepoint/provision-resume';
import { asksForHelp } from './help';
import { certificateCredentials, provisionViewsOrSayHow } from './provision-views';
import { summariseSite } from './summarise-site';

const USAGE =
  'Usage: npm run provision -- --site <site URL or id> [--prefix <list name prefix>] [--migrate [--apply]] [--summarise]';

export interface ProvisionArgs {
  readonly site: string;
  readonly prefix?: string;
  /** Convert a site from the earlier layout (a dry run unless `apply`). */
  readonly migrate?: boolean;
  readonly apply?: boolean;
  /** Build the summaries of assessments saved before summaries were kept (after provisioning or converting). */
  readonly summarise?: boolean;
}

export function parseArgs(argv: readonly string[]): ProvisionArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--migrate' || arg === '--apply' || arg === '--summarise') {
      flags.add(arg.slice(2));
      continue;
    }
    const match = /^--(site|prefix)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) throw new Error(`Unknown argument ${arg}. ${USAGE}`);
    const value = match[2] ?? argv[++i];
    if (!value) throw new Error(`--${match[1]} needs a value. ${USAGE}`);
    values.set(match[1], value);
  }
  const site = values.get('site');
  if (!site) throw new Error(USAGE);
  if (flags.has('apply') && !flags.has('migrate')) throw new Error(`--apply goes with --migrate. ${USAGE}`);
  if (flags.has('summarise') && flags.has('migrate') && !flags.has('apply')) {
    throw new Error(`--summarise writes to the site, and a dry run writes nothing: add --apply. ${USAGE}`);
  }
  const prefix = values.get('prefix');
  return {
    site,
    ...(prefix ? { prefix } : {}),
    ...(flags.has('migrate') ? { migrate: true, apply: flags.has('apply') } : {}),
    ...(flags.has('summarise') ? { summarise: true } : {}),
  };
}

const HELP = [
  USAGE,
  '',
  'Creates or upgrades the SharePoint lists, columns, indexes and evidence library the app needs. Safe to',
  'run again: after a dropped connection it reads the site again and carries on. Signs in as the app from',
  'AAD_APP_TENANT_ID with AAD_APP_CLIENT_ID and AAD_APP_CERTIFICATE_FILE or AAD_APP_CLIENT_SECRET (or',
  'MANAGED_IDENTITY_CLIENT_ID), which needs a `manage` grant on the site.',
  '',
  'It also makes the lists\' views ("By assessment", "Overdue actions", ...) through SharePoint\'s REST API, which',
  "takes the app's certificate (AAD_APP_CERTIFICATE_FILE: a PEM file with the certificate and its private key) or",
  "managed identity, not a secret, and SharePoint's own Sites.Selected permission. Signed in with a secret, it",
  'prints how to make the views by hand instead (see docs/deploy.md).',
  '',
  '--migrate converts a site from the earlier layout (entities as JSON) to typed columns. On its own it is a dry',
  'run: it says per list what will change and how many items, and writes nothing. With --apply it converts; it',
  'keeps the old JSON columns, checks counts and a checksum per list, and can be run again after an interruption.',
  '',
  '--summarise, after provisioning (or after --migrate --apply), builds the summary of every assessment saved',
  'before summaries were kept. Network scores, benchmarks and reports read summaries; without this, the first',
  'person to open one of them waits while the missing summaries are built. It leaves existing summaries alone,',
  'so it is safe to run again and while the app is running.',
].join('\n');

export async function runProvision(
  argv: readonly string[],
  config: AppConfig,
  log: (line: string) => void,
): Promise<void> {
  if (asksForHelp(argv)) {
    log(HELP);
    return;
  }
  const args = parseArgs(argv);
  const { clientId, clientSecret, certificateFile, tenantId } = config.entra;
  // As the server does: the managed identity when one is configured, else the app registration's certificate (which
  // SharePoint's REST API takes, for the views) or its secret.
  const credentials: AppCredentials | undefined = config.managedIdentityClientId
    ? { kind: 'managedIdentity', clientId: config.managedIdentityClientId }
    : clientId && certificateFile
      ? certificateCredentials(clientId, certificateFile)
      : clientId && clientSecret
        ? { kind: 'clientSecret', clientId, clientSecret }
        : undefined;
  if (!credentials || !tenantId) {
    throw new Error(
      'Set AAD_APP_TENANT_ID and AAD_APP_CLIENT_ID with AAD_APP_CERTIFICATE_FILE or AAD_APP_CLIENT_SECRET (or ' +
        'MANAGED_IDENTITY_CLIENT_ID) first.',
    );
  }
  const userAgent = { company: 'NHS', product: 'MindBodyQIN-provision', version: '0.1.0' };
  const graph = createGraphClientFactory({
    tenantId,
    credentials,
    graphHost: config.graphHost,
    loginHost: config.entra.loginHost,
    userAgent,
  });
  try {
    const prefix = args.prefix ? { listPrefix: args.prefix } : {};
    if (args.migrate) {
      await migrateEarlierLayout({ graph: graph.app, site: args.site, log, apply: args.apply === true, ...prefix });
    } else {
      const report = await provisionResuming({ graph: graph.app, site: args.site, log, ...prefix });
      await provisionViewsOrSayHow({
        tenantId,
        credentials,
        loginHost: config.entra.loginHost,
        userAgent,
        siteUrl: report.webUrl ?? args.site,
        log,
        ...prefix,
      });
    }
    if (args.summarise) await summariseSite({ graph: graph.app, site: args.site, log, ...prefix });
  } finally {
    graph.close();
  }
}

if (require.main === module) {
  runProvision(process.argv.slice(2), loadConfig(), (line) => console.log(line)).catch((error: unknown) => {
    console.error(`Provisioning failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
