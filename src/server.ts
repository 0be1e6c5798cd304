import { CRYPTO_PUBLIC_TOKENS } from './adapters/public-tokens';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import type { Server } from 'restify';
import { createGraphClientFactory, type GraphClientFactory } from './adapters/graph/graph-client-factory';
import type { GraphHttp } from './adapters/graph/graph-http';
import { GraphMeetingScheduler } from './adapters/graph/meeting-scheduler';
import { GraphGuestInviter } from './adapters/graph/graph-guest-inviter';
import { GraphTeamsAppInstaller } from './adapters/graph/teams-app-installer';
import { ActivityFeedPacer } from './adapters/graph/activity-feed-pacer';
import { GraphActivityFeed } from './adapters/graph/graph-activity-feed';
import { LocalGuestInviter } from './adapters/local-guest-inviter';
import { GraphUserFileSource } from './adapters/graph/user-file-source';
import { LocalFolderEvidenceStore } from './adapters/evidence/local-folder-evidence-store';
import { graphCredentials, localEvidenceDir, openStores, type OpenedStores } from './adapters/open-stores';
import { OfficeReportRenderer } from './adapters/reports/office-report-renderer';
import { DocxCertificateRenderer } from './adapters/reports/certificate-docx';
import { registerBot, type BotHandle } from '../bot';
import { createApiServer } from './api/app';
import type { ReadinessCheck } from './api/readiness';
import { LocalIssuer } from './auth/local-issuer';
import { assertBotStandInAllowed, assertLocalModeAllowed } from './auth/local-mode-guard';
import { OnBehalfOfTokenProvider } from './auth/on-behalf-of';
import { TokenValidator, type TrustedIssuer } from './auth/token-validator';
import type { AppConfig } from './config';
import type { Ports } from './services/context';
import { cleanUpEvidenceAfterCrash, offersHousekeeping } from './services/evidence/evidence-housekeeping';
import type { CertificateRenderer, EvidenceStore, GuestInviter, MeetingScheduler, Store } from './services/ports';
import { LOCAL_HOST_TENANT_ID } from './domain/tenant-trust';
import type { UserFileSource } from './services/user-files';
import { projectRoot } from './project-root';
import { traceFields, tracedStore } from './telemetry';
import { keepingSummaries } from './services/summaries/summary-keeper';
import { frameworksThrough, publishedFrameworks, type FrameworkSource } from './services/summaries/summary-builder';

export interface App {
  readonly server: Server;
  readonly ports: Ports;
  readonly logger: Logger;
  readonly localIssuer: LocalIssuer | undefined;
  /**
   * The start-up clean-up of evidence a crash left behind; it runs alongside the app (a large SharePoint library
   * takes a while to walk) and settles when it is done. It never rejects: failures are logged.
   */
  readonly evidenceCleanUp: Promise<void>;
  /** Settles when the background jobs running now (a questionnaire sent to a channel) have ended; never rejects. */
  backgroundWork(): Promise<void>;
  close(): Promise<void>;
}

/** The one place where redaction is configured: tokens and secrets never reach a log line. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    // trace_id/span_id on lines written inside a request, to join logs with Application Insights traces.
    mixin: traceFields,
    redact: {
      paths: [
        'req.headers.authorization',
        'headers.authorization',
        'token',
        '*.token',
        'password',
        '*.password',
        'clientSecret',
      ],
      censor: '[redacted]',
    },
  });
}

export const LOCAL_AUDIENCE = 'mind-body-qin-local';

const USER_AGENT = { company: 'NHS', product: 'MindBodyQIN', version: '0.1.0' } as const;

/**
 * Graph as the signed-in person (copy-in from their OneDrive/SharePoint, the visit in their calendar): only with
 * Entra ID and a confidential client for the on-behalf-of exchange.
 */
function delegatedGraph(
  config: AppConfig,
  graph: GraphClientFactory | undefined,
): { factory: GraphClientFactory; obo: OnBehalfOfTokenProvider } | undefined {
  const { clientId, clientSecret, tenantId } = config.entra;
  if (!clientId || !clientSecret) return undefined;
  const factory =
    graph ??
    createGraphClientFactory({
      tenantId: tenantId ?? 'organizations',
      credentials: { kind: 'clientSecret', clientId, clientSecret },
      graphHost: config.graphHost,
      loginHost: config.entra.loginHost,
      userAgent: USER_AGENT,
    });
  const obo = new OnBehalfOfTokenProvider({
    clientId,
    clientSecret,
    authority: `${config.entra.loginHost}/organizations`,
  });
  return { factory, obo };
}

/**
 * Graph as the app in a given tenant: each member trust's tenant is its own authority. `retry` off leaves waiting
 * out throttling to the caller (the bell's pacer holds back a whole tenant, which graph-client's retries cannot).
 */
function graphAsAppPerTenant(config: AppConfig, retry?: { maxRetries: number }): (tenantId: string) => GraphHttp {
  const perTenant = new Map<string, GraphClientFactory>();
  const credentials = graphCredentials(config);
  return (tenantId) => {
    let factory = perTenant.get(tenantId);
    if (!factory) {
      factory = createGraphClientFactory({
        tenantId,
        credentials,
        graphHost: config.graphHost,
        loginHost: config.entra.loginHost,
        userAgent: USER_AGENT,
        ...(retry ? { retry } : {}),
      });
      perTenant.set(tenantId, factory);
    }
    return factory.app;
  };
}

/** Proactive installation for people who never opened the app. */
function appInstaller(config: AppConfig): GraphTeamsAppInstaller | undefined {
  const catalogId = config.reminders.teamsAppCatalogId;
  if (!config.reminders.proactiveInstall || !catalogId) return undefined;
  return new GraphTeamsAppInstaller(graphAsAppPerTenant(config), catalogId);
}

/**
 * The Teams bell (activity feed notifications) for people who chose it: needs the Teams app id (the notifications
 * open its tab) and Graph as the app (TeamsActivity.Send granted in each trust's tenant); off in local use.
 */
function activityFeed(config: AppConfig, logger: Logger): GraphActivityFeed | undefined {
  const teamsAppId = config.reminders.teamsAppId;
  const hasCredentials =
    config.managedIdentityClientId !== null || (config.entra.clientId !== null && config.entra.clientSecret !== null);
  if (!config.reminders.activityFeed || !teamsAppId || !hasCredentials) return undefined;
  return new GraphActivityFeed({
    graphFor: graphAsAppPerTenant(config, { maxRetries: 0 }),
    links: { tabUrl: config.publicUrl, teamsAppId, tabEntityId: 'my-work' },
    pacer: new ActivityFeedPacer(),
    reportRefusal: (tenantId, detail) =>
      logger.error(
        { tenantId, detail },
        'Teams activity feed refused: grant the application permission TeamsActivity.Send (admin consent) in this ' +
          'tenant, see "The Teams bell" in docs/deploy.md. Reminders still go by chat meanwhile.',
      ),
  });
}

/**
 * Guests (experts by experience without a trust account) are invited into the host tenant through Graph as the
 * app; locally a stand-in gives each address an account the demo can sign in as. Without app credentials for the
 * host tenant, nobody can be invited and the API says so.
 */
function guestInviter(config: AppConfig, graph: GraphClientFactory | undefined): GuestInviter | undefined {
  if (config.localMode) return new LocalGuestInviter(LOCAL_HOST_TENANT_ID);
  const tenantId = config.entra.tenantId;
  const canActAsApp = Boolean(config.managedIdentityClientId || (config.entra.clientId && config.entra.clientSecret));
  if (!tenantId || !canActAsApp) return undefined;
  const factory =
    graph ??
    createGraphClientFactory({
      tenantId,
      credentials: graphCredentials(config),
      graphHost: config.graphHost,
      loginHost: config.entra.loginHost,
      userAgent: USER_AGENT,
    });
  return new GraphGuestInviter(factory.app, tenantId, `${config.publicUrl}/`);
}

/** The composition root: picks the adapters from configuration and wires the API, the bot and the tab. */
export async function createApp(
  config: AppConfig,
  overrides: {
    store?: Store;
    evidence?: EvidenceStore;
    clock?: Ports['clock'];
    logger?: Logger;
    /** Copy-in of people's own files (tests stand in for Graph on their behalf). */
    userFiles?: UserFileSource;
    /** The visit as a Teams meeting (tests stand in for Graph on the lead reviewer's behalf). */
    meetings?: MeetingScheduler;
    /** Extra /readyz checks, e.g. Microsoft Graph when STORAGE=sharepoint. */
    readinessChecks?: readonly ReadinessCheck[];
    /** Guest invitations (tests point them at the Graph simulator). */
    guests?: GuestInviter;
    /** Recognition certificates (tests stand in a renderer that fails). */
    certificates?: CertificateRenderer;
  } = {},
): Promise<App> {
  const logger = overrides.logger ?? createLogger(config);
  if (config.localMode) assertLocalModeAllowed({ nodeEnv: config.nodeEnv, storage: config.storage });
  assertBotStandInAllowed({
    nodeEnv: config.nodeEnv,
    storage: config.storage,
    entraConfigured: !config.localMode,
    botId: config.bot.appId,
  });
  const stores: OpenedStores | undefined = overrides.store
    ? undefined
    : await openStores(config, config.dataDir, USER_AGENT.product);
  const opened = overrides.store ?? (stores as OpenedStores).store;
  // Spans per store call only when Application Insights is on (they cost nothing otherwise, but neither help).
  const traced = config.applicationInsightsConnectionString ? tracedStore(opened) : opened;
  // Every save also writes its assessment's summary, which network-wide views read instead of every response.
  // Its framework comes through the same short cache as every other framework read, once the ports exist.
  let frameworks: FrameworkSource = publishedFrameworks(traced);
  const store = keepingSummaries(traced, (id) => frameworks(id));
  const delegated = delegatedGraph(config, stores?.graph);
  const userFiles = overrides.userFiles ?? (delegated && new GraphUserFileSource(delegated.factory, delegated.obo));
  const meetings = overrides.meetings ?? (delegated && new GraphMeetingScheduler(delegated.factory, delegated.obo));
  const guests = overrides.guests ?? guestInviter(config, stores?.graph);
  const ports: Ports = {
    store,
    ...(guests ? { guests } : {}),
    evidence: overrides.evidence ?? stores?.evidence ?? new LocalFolderEvidenceStore(localEvidenceDir(config.dataDir)),
    ...(userFiles ? { userFiles } : {}),
    ...(meetings ? { meetings } : {}),
    clock: overrides.clock ?? { now: () => new Date() },
    ids: { newId: () => randomUUID() },
    publicTokens: CRYPTO_PUBLIC_TOKENS,
    maxEvidenceBytes: config.maxEvidenceBytes,
    reports: new OfficeReportRenderer(),
    certificates: overrides.certificates ?? new DocxCertificateRenderer(),
    recognitionPolicy: config.recognition,
    benchmarkSnapshotMs: config.benchmarkSnapshotMs,
    // With Entra ID: the host tenant and the member tenants. Locally, the local issuer is the only gate.
    tenantTrust: config.localMode
      ? { hostTenantId: null, allowedTenantIds: null }
      : { hostTenantId: config.entra.tenantId, allowedTenantIds: config.entra.allowedTenantIds },
  };
  frameworks = frameworksThrough(ports);
  // Not awaited: walking a large SharePoint library must not hold up start. Uploads made meanwhile are younger
  // than the safe age, and records are read again before anything is deleted, so running alongside is safe.
  const stopCleanUp = new AbortController();
  const evidenceCleanUp = offersHousekeeping(ports.evidence)
    ? cleanUpEvidenceAfterCrash(ports, ports.evidence, { signal: stopCleanUp.signal }).then(
        (cleaned) => {
          if (cleaned.incompleteUploads + cleaned.orphanedFiles > 0) {
            logger.info(cleaned, 'removed evidence files a crash left behind');
          }
        },
        (error: unknown) => {
          logger.warn(
            { err: error },
            'could not clean up evidence a crash left behind; it is tried again at next start',
          );
        },
      )
    : Promise.resolve();
  const issuers: TrustedIssuer[] = [];
  let localIssuer: LocalIssuer | undefined;
  if (config.localMode) {
    localIssuer = await LocalIssuer.loadOrCreate(config.dataDir, `${config.publicUrl}/dev`, LOCAL_AUDIENCE);
    issuers.push(localIssuer.trustedIssuer());
  }
  if (config.entra.clientId) {
    issuers.push({
      kind: 'entra',
      loginHost: config.entra.loginHost,
      allowedTenantIds: config.entra.allowedTenantIds,
      audience: config.entra.clientId,
    });
  }
  const verifier = new TokenValidator(issuers);
  let bot: BotHandle | undefined;
  const background = new Set<Promise<unknown>>();
  const server = createApiServer({
    ports,
    verifier,
    logger,
    publicUrl: config.publicUrl,
    ...(localIssuer ? { localIssuer } : {}),
    rateLimitPerMinute: config.rateLimitPerMinute,
    publicRateLimitPerMinute: config.publicRateLimitPerMinute,
    trustedProxyHops: config.trustedProxyHops,
    tabRoot: path.join(projectRoot(), 'dist', 'tab'),
    ...(overrides.readinessChecks ? { readinessChecks: overrides.readinessChecks } : {}),
    // The bot: POST /api/messages, and the reminder job (on a schedule, and on demand by network admins).
    extraRoutes: (s) => {
      const installer = appInstaller(config);
      const bell = activityFeed(config, logger);
      bot = registerBot(s, {
        ports,
        logger,
        ...(installer ? { installer } : {}),
        ...(bell ? { bell } : {}),
        config: {
          ...config.bot,
          tabUrl: config.publicUrl,
          teamsAppId: config.reminders.teamsAppId,
          // Each period's reminders still go out once however often this runs. Off under jest (NODE_ENV=test).
          scheduleMinutes:
            config.nodeEnv === 'test' || config.reminders.scheduleMinutes === 0
              ? null
              : config.reminders.scheduleMinutes,
          resumeChannelSendsEveryMs: config.nodeEnv === 'test' ? null : 60_000,
          reminders: {
            digestPeriod: config.reminders.period,
            proactiveInstall: config.reminders.proactiveInstall,
            window: config.reminders.window,
          },
          sender: { perTenantPerSecond: config.reminders.tenantRatePerSecond },
        },
      });
    },
    jobs: {
      runReminders: () => (bot ? bot.runReminders() : Promise.reject(new Error('The bot is not registered.'))),
      channelMessenger: () => bot?.channelMessenger ?? null,
      sendToChannelInBackground: (runId, holder) => {
        const job = bot?.sendToChannelInBackground(runId, holder);
        if (!job) return;
        background.add(job);
        void job.finally(() => background.delete(job));
      },
    },
  });
  return {
    server,
    ports,
    logger,
    localIssuer,
    evidenceCleanUp,
    backgroundWork: async () => {
      await Promise.allSettled([...background]);
    },
    async close() {
      stopCleanUp.abort();
      await evidenceCleanUp;
      bot?.stop();
      server.close();
      if (stores) await stores.close();
      else await store.close();
    },
  };
}
