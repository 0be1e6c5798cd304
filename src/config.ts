import path from 'node:path';
import { z } from 'zod';
import type { RecognitionPolicy } from './domain/recognition-decision';
import {
  DEFAULT_SENDING_WINDOW,
  isKnownTimeZone,
  minutesOfDay,
  WEEKDAYS,
  type SendingWindow,
  type Weekday,
} from './services/reminders/sending-window';

/**
 * Environment -> typed, validated configuration, read once at start. Secrets are read here and handed to the
 * parts that need them; nothing logs this object.
 */
const csv = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );

const EnvSchema = z.object({
  NODE_ENV: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3978),
  PUBLIC_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STORAGE: z.enum(['sqlite', 'sharepoint']).default('sqlite'),
  /** Unset: seed in local mode only (no Entra ID, not production). */
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  // Entra ID (production sign-in and Graph)
  AAD_APP_CLIENT_ID: z.string().optional(),
  AAD_APP_CLIENT_SECRET: z.string().optional(),
  /**
   * A PEM file with the app registration's certificate and its private key: `npm run provision` signs in with it,
   * because SharePoint's REST API (which makes the lists' views) refuses the app's tokens got with a secret.
   */
  AAD_APP_CERTIFICATE_FILE: z.string().optional(),
  AAD_APP_TENANT_ID: z.string().optional(),
  AAD_APP_OAUTH_AUTHORITY_HOST: z.string().url().default('https://login.microsoftonline.com'),
  ALLOWED_TENANT_IDS: csv,
  GRAPH_HOST: z.string().url().default('https://graph.microsoft.com'),
  SHAREPOINT_SITE_ID: z.string().optional(),
  /** A Microsoft Purview retention label applied to every evidence file stored in SharePoint; none when unset or empty. */
  EVIDENCE_RETENTION_LABEL: z.string().trim().optional(),
  // Bot
  BOT_ID: z.string().optional(),
  BOT_PASSWORD: z.string().optional(),
  BOT_TENANT_ID: z.string().optional(),
  // Limits
  MAX_EVIDENCE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** Per client address, for the routes that need no sign-in (the public summary, local sign-in). */
  PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(300),
  /** How many proxies in front of the app append to X-Forwarded-For (1 on Azure App Service; 0 when reached directly). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  // Operations (optional)
  /** Application Insights: traces and metrics are sent only when this is set (src/telemetry.ts). */
  APPLICATIONINSIGHTS_CONNECTION_STRING: z.string().optional(),
  /** Graph as the app through this user-assigned managed identity (Azure) instead of AAD_APP_CLIENT_SECRET. */
  MANAGED_IDENTITY_CLIENT_ID: z.string().optional(),
  // Bot reminders
  /** The Teams app id (manifest id), for deep links from cards into the tab. */
  TEAMS_APP_ID: z.string().optional(),
  REMINDER_PERIOD: z.enum(['daily', 'weekly']).default('weekly'),
  /** How often the reminder job looks for work; 0 turns the schedule off (POST /api/v1/jobs/reminders still runs it). */
  REMINDER_SCHEDULE_MINUTES: z.coerce.number().int().min(0).default(15),
  /** Teams allows 50 sends per second per app per tenant; at most 40 leaves a margin for network jitter. */
  BOT_TENANT_RATE_PER_SECOND: z.coerce.number().int().positive().max(40).default(30),
  /** The reminders' sending window: working days, and local opening and closing times in REMINDER_TIME_ZONE. */
  REMINDER_WORKING_DAYS: z
    .string()
    .default(DEFAULT_SENDING_WINDOW.workingDays.join(','))
    .transform((v) => [...new Set(v.split(',').map((d) => d.trim().toLowerCase()))].filter((d) => d !== ''))
    .refine((days) => days.length > 0 && days.every((d) => (WEEKDAYS as readonly string[]).includes(d)), {
      message: `list working days separated by commas, from ${WEEKDAYS.join(', ')}`,
    })
    .transform((days) => days as Weekday[]),
  REMINDER_WINDOW_OPENS: z
    .string()
    .default(DEFAULT_SENDING_WINDOW.opens)
    .refine((v) => minutesOfDay(v) !== null, { message: 'give a 24-hour time such as 08:00' }),
  REMINDER_WINDOW_CLOSES: z
    .string()
    .default(DEFAULT_SENDING_WINDOW.closes)
    .refine((v) => minutesOfDay(v) !== null, { message: 'give a 24-hour time such as 18:00' }),
  REMINDER_TIME_ZONE: z
    .string()
    .default(DEFAULT_SENDING_WINDOW.timeZone)
    .refine(isKnownTimeZone, { message: 'give an IANA time zone such as Europe/London' }),
  /** Install the bot for assigned people who have not installed it (Graph TeamsAppInstallation.ReadWriteSelfForUser.All). */
  BOT_PROACTIVE_INSTALL: z.enum(['true', 'false']).default('false'),
  /** The app's id in the tenant's Teams app catalogue, for proactive installation. */
  TEAMS_APP_CATALOG_ID: z.string().optional(),
  /** The Teams bell: reminders also as activity feed notifications (Graph TeamsActivity.Send) for those who chose it. */
  TEAMS_ACTIVITY_FEED: z.enum(['on', 'off']).default('on'),
  /** The network's recognition decisions: months a recognition lasts, months to the interim review, days to appeal. */
  RECOGNITION_VALIDITY_MONTHS: z.coerce.number().int().min(1).max(120).default(36),
  RECOGNITION_INTERIM_REVIEW_MONTHS: z.coerce.number().int().min(1).max(119).default(18),
  RECOGNITION_APPEAL_WORKING_DAYS: z.coerce.number().int().min(1).max(260).default(20),
  /** How long the anonymised network benchmarks are reused before they are worked out again (0: every time). */
  BENCHMARK_SNAPSHOT_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
});

/** Every environment variable the app reads (infra and deployment checks compare against this list). */
export const CONFIG_ENV_KEYS = Object.keys(EnvSchema.shape) as readonly (keyof z.infer<typeof EnvSchema>)[];

export interface AppConfig {
  readonly nodeEnv: string;
  readonly port: number;
  readonly publicUrl: string;
  readonly dataDir: string;
  readonly logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  readonly storage: 'sqlite' | 'sharepoint';
  readonly seedDemo: boolean;
  /** Local mode: the server is its own token issuer and offers "sign in as". */
  readonly localMode: boolean;
  readonly entra: {
    readonly clientId: string | null;
    readonly clientSecret: string | null;
    /** AAD_APP_CERTIFICATE_FILE: used by `npm run provision` only. */
    readonly certificateFile: string | null;
    readonly tenantId: string | null;
    readonly loginHost: string;
    readonly allowedTenantIds: readonly string[];
  };
  readonly graphHost: string;
  readonly sharePointSiteId: string | null;
  readonly bot: { readonly appId: string | null; readonly password: string | null; readonly tenantId: string | null };
  readonly maxEvidenceBytes: number;
  /** EVIDENCE_RETENTION_LABEL: the retention label for evidence files in SharePoint, or null for none. */
  readonly evidenceRetentionLabel: string | null;
  readonly reminders: {
    readonly teamsAppId: string | null;
    readonly period: 'daily' | 'weekly';
    readonly scheduleMinutes: number;
    readonly tenantRatePerSecond: number;
    readonly window: SendingWindow;
    readonly proactiveInstall: boolean;
    readonly teamsAppCatalogId: string | null;
    /** Reminders may also ring the Teams bell (needs TEAMS_APP_ID and Graph as the app). */
    readonly activityFeed: boolean;
  };
  readonly rateLimitPerMinute: number;
  readonly publicRateLimitPerMinute: number;
  readonly trustedProxyHops: number;
  readonly applicationInsightsConnectionString: string | null;
  readonly managedIdentityClientId: string | null;
  readonly recognition: RecognitionPolicy;
  readonly benchmarkSnapshotMs: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The host tenant is always allowed (docs/deploy.md): the network's own team and its guests sign in from it. */
function withHostTenant(allowed: readonly string[], hostTenantId: string | undefined): string[] {
  const all = hostTenantId ? [...allowed, hostTenantId] : [...allowed];
  return all.filter((id, i) => all.findIndex((other) => other.toLowerCase() === id.toLowerCase()) === i);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`The configuration is not valid: ${problems}. Fix these environment variables.`);
  }
  const e = parsed.data;
  const entraConfigured = Boolean(e.AAD_APP_CLIENT_ID);
  const production = e.NODE_ENV === 'production';
  if (production && e.SEED_DEMO === 'true') {
    throw new ConfigError(
      'SEED_DEMO=true is for local development only: under NODE_ENV=production it would add demo people, ' +
        'including a network admin whose ids are published, to real data. Remove SEED_DEMO (or set it to false) ' +
        'and invite the first network admin with `npm run invite-admin`.',
    );
  }
  if (e.STORAGE === 'sharepoint' && !e.SHAREPOINT_SITE_ID) {
    throw new ConfigError('STORAGE=sharepoint needs SHAREPOINT_SITE_ID (run `npm run provision -- --site <url>`).');
  }
  if (e.RECOGNITION_INTERIM_REVIEW_MONTHS >= e.RECOGNITION_VALIDITY_MONTHS) {
    throw new ConfigError(
      `RECOGNITION_INTERIM_REVIEW_MONTHS (${e.RECOGNITION_INTERIM_REVIEW_MONTHS}) must be fewer than RECOGNITION_VALIDITY_MONTHS (${e.RECOGNITION_VALIDITY_MONTHS}): the interim review falls before the recognition expires.`,
    );
  }
  if ((minutesOfDay(e.REMINDER_WINDOW_OPENS) ?? 0) >= (minutesOfDay(e.REMINDER_WINDOW_CLOSES) ?? 0)) {
    throw new ConfigError(
      `REMINDER_WINDOW_OPENS (${e.REMINDER_WINDOW_OPENS}) must be earlier than REMINDER_WINDOW_CLOSES (${e.REMINDER_WINDOW_CLOSES}).`,
    );
  }
  return {
    nodeEnv: e.NODE_ENV ?? 'development',
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    dataDir: path.resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    storage: e.STORAGE,
    // The demo network (with a network admin whose ids are in the source) is for local mode; opting in elsewhere is
    // for debugging in a developer tenant (m365agents.local.yml), never production.
    seedDemo: e.SEED_DEMO === undefined ? !entraConfigured && !production : e.SEED_DEMO === 'true',
    localMode: !entraConfigured,
    entra: {
      clientId: e.AAD_APP_CLIENT_ID ?? null,
      clientSecret: e.AAD_APP_CLIENT_SECRET ?? null,
      certificateFile: e.AAD_APP_CERTIFICATE_FILE || null,
      tenantId: e.AAD_APP_TENANT_ID ?? null,
      loginHost: e.AAD_APP_OAUTH_AUTHORITY_HOST.replace(/\/$/, ''),
      allowedTenantIds: withHostTenant(e.ALLOWED_TENANT_IDS, e.AAD_APP_TENANT_ID),
    },
    graphHost: e.GRAPH_HOST.replace(/\/$/, ''),
    sharePointSiteId: e.SHAREPOINT_SITE_ID ?? null,
    bot: { appId: e.BOT_ID ?? null, password: e.BOT_PASSWORD ?? null, tenantId: e.BOT_TENANT_ID ?? null },
    maxEvidenceBytes: e.MAX_EVIDENCE_BYTES,
    // Empty means none: App Service always sets the setting the infrastructure declares, empty when not wanted.
    evidenceRetentionLabel: e.EVIDENCE_RETENTION_LABEL || null,
    reminders: {
      teamsAppId: e.TEAMS_APP_ID || null,
      period: e.REMINDER_PERIOD,
      scheduleMinutes: e.REMINDER_SCHEDULE_MINUTES,
      tenantRatePerSecond: e.BOT_TENANT_RATE_PER_SECOND,
      window: {
        timeZone: e.REMINDER_TIME_ZONE,
        workingDays: e.REMINDER_WORKING_DAYS,
        opens: e.REMINDER_WINDOW_OPENS,
        closes: e.REMINDER_WINDOW_CLOSES,
      },
      proactiveInstall: e.BOT_PROACTIVE_INSTALL === 'true',
      teamsAppCatalogId: e.TEAMS_APP_CATALOG_ID || null,
      activityFeed: e.TEAMS_ACTIVITY_FEED === 'on',
    },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    publicRateLimitPerMinute: e.PUBLIC_RATE_LIMIT_PER_MINUTE,
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    applicationInsightsConnectionString: e.APPLICATIONINSIGHTS_CONNECTION_STRING || null,
    managedIdentityClientId: e.MANAGED_IDENTITY_CLIENT_ID || null,
    recognition: {
      validityMonths: e.RECOGNITION_VALIDITY_MONTHS,
      interimReviewMonths: e.RECOGNITION_INTERIM_REVIEW_MONTHS,
      appealWorkingDays: e.RECOGNITION_APPEAL_WORKING_DAYS,
    },
    benchmarkSnapshotMs: e.BENCHMARK_SNAPSHOT_SECONDS * 1000,
  };
}
