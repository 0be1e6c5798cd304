import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import type { Server } from 'restify';
import { LocalFolderEvidenceStore } from './adapters/evidence/local-folder-evidence-store';
import { OfficeReportRenderer } from './adapters/reports/office-report-renderer';
import { SqliteStore } from './adapters/sqlite/sqlite-store';
import { registerBot, type BotHandle } from '../bot';
import { createApiServer } from './api/app';
import type { ReadinessCheck } from './api/readiness';
import { LocalIssuer } from './auth/local-issuer';
import { assertLocalModeAllowed } from './auth/local-mode-guard';
import { TokenValidator, type TrustedIssuer } from './auth/token-validator';
import type { AppConfig } from './config';
import type { Ports } from './services/context';
import type { EvidenceStore, Store } from './services/ports';
import { projectRoot } from './project-root';
import { traceFields, tracedStore } from './telemetry';

export interface App {
  readonly server: Server;
  readonly ports: Ports;
  readonly logger: Logger;
  readonly localIssuer: LocalIssuer | undefined;
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

function openStore(config: AppConfig): Store {
  if (config.storage === 'sharepoint') {
    throw new Error('STORAGE=sharepoint is not wired yet in this build. Use the embedded default (unset STORAGE).');
  }
  return SqliteStore.open(path.join(config.dataDir, 'network.db'));
}

/** The composition root: picks the adapters from configuration and wires the API, the bot and the tab. */
export async function createApp(
  config: AppConfig,
  overrides: {
    store?: Store;
    evidence?: EvidenceStore;
    clock?: Ports['clock'];
    logger?: Logger;
    /** Extra /readyz checks, e.g. Microsoft Graph when STORAGE=sharepoint. */
    readinessChecks?: readonly ReadinessCheck[];
  } = {},
): Promise<App> {
  const logger = overrides.logger ?? createLogger(config);
  const opened = overrides.store ?? openStore(config);
  // Spans per store call only when Application Insights is on (they cost nothing otherwise, but neither help).
  const store = config.applicationInsightsConnectionString ? tracedStore(opened) : opened;
  const ports: Ports = {
    store,
    evidence: overrides.evidence ?? new LocalFolderEvidenceStore(path.join(config.dataDir, 'evidence')),
    clock: overrides.clock ?? { now: () => new Date() },
    ids: { newId: () => randomUUID() },
    maxEvidenceBytes: config.maxEvidenceBytes,
    reports: new OfficeReportRenderer(),
  };
  const issuers: TrustedIssuer[] = [];
  let localIssuer: LocalIssuer | undefined;
  if (config.localMode) {
    assertLocalModeAllowed({ nodeEnv: config.nodeEnv, storage: config.storage });
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
  const server = createApiServer({
    ports,
    verifier,
    logger,
    ...(localIssuer ? { localIssuer } : {}),
    rateLimitPerMinute: config.rateLimitPerMinute,
    tabRoot: path.join(projectRoot(), 'dist', 'tab'),
    ...(overrides.readinessChecks ? { readinessChecks: overrides.readinessChecks } : {}),
    // The bot: POST /api/messages, and the reminder job (on a schedule, and on demand by network admins).
    extraRoutes: (s) => {
      bot = registerBot(s, {
        ports,
        logger,
        config: {
          ...config.bot,
          tabUrl: config.publicUrl,
          // Every 15 minutes; each period's reminders still go out once. Off under jest (NODE_ENV=test).
          scheduleMinutes: config.nodeEnv === 'test' ? null : 15,
        },
      });
    },
    jobs: {
      runReminders: () => (bot ? bot.runReminders() : Promise.reject(new Error('The bot is not registered.'))),
    },
  });
  return {
    server,
    ports,
    logger,
    localIssuer,
    async close() {
      bot?.stop();
      server.close();
      await store.close();
    },
  };
}
