import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reminderActivity } from '../../bot/notification-cards';
import { httpConnectorTransport, type ConnectorTransport } from '../../bot/sender/connector-transport';
import { Pacer } from '../../bot/sender/pacer';
import { DEFAULT_SENDER_SETTINGS, ProactiveSender } from '../../bot/sender/proactive-sender';
import { SqliteStore } from '../adapters/sqlite/sqlite-store';
import type { ConversationRecord } from '../domain/conversation';
import type { Ports } from '../services/context';
import type { EvidenceStore } from '../services/ports';
import type { DigestContent } from '../services/reminders/content';
import { planRun } from '../services/reminders/plan-run';
import { reminderSettings } from '../services/reminders/settings';
import { seedBenchNetwork } from './bench-bot-network';
import { FakeBotConnector, maxInWindow } from './fake-bot-connector';

const NOW = new Date('2026-11-26T09:00:00.000Z');
const PLAN_BUDGET_MS = 2_000;
const RATE_BUDGET_SHARE = 0.9;

const NO_EVIDENCE: EvidenceStore = {
  put: () => Promise.reject(new Error('not used')),
  get: () => Promise.reject(new Error('not used')),
  delete: () => Promise.reject(new Error('not used')),
};

/** Time to decide the reminders of 10,000 people, on the embedded default (a SQLite file in WAL mode). */
async function benchPlanning(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'qin-bench-bot-'));
  const store = SqliteStore.open(path.join(dir, 'network.db'));
  try {
    const { people } = await seedBenchNetwork(store, NOW, {
      services: 1_000,
      perService: 10,
      servicesPerOrganisation: 10,
    });
    const ports: Ports = { store, evidence: NO_EVIDENCE, clock: { now: () => NOW }, ids: { newId: () => 'x' } };
    const settings = reminderSettings();
    await planRun(ports, settings); // warm-up: statement caches and the framework cache, as in a running server
    const runs = [];
    for (let i = 0; i < 3; i += 1) runs.push(await planRun(ports, settings));
    const best = Math.min(...runs.map((r) => r.planMs));
    return {
      'bot.plan.people': people,
      'bot.plan.reminders_decided': runs[0]?.plan.length ?? 0,
      'bot.plan.ms': best,
      'bot.plan.budget_ms': PLAN_BUDGET_MS,
      'bot.plan.within_budget': best <= PLAN_BUDGET_MS ? 'yes' : 'NO',
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function conversation(serviceUrl: string, i: number): ConversationRecord {
  return {
    id: `personal:t:${i}`,
    version: 1,
    scope: 'personal',
    personId: `p-${i}`,
    tenantId: 'tenant-bench',
    objectId: `${i}`,
    serviceId: null,
    reference: { serviceUrl, conversation: { id: `a:${i}` }, user: { id: `29:${i}` }, bot: { id: '28:bot' } },
    status: 'active',
    updatedAt: NOW.toISOString(),
  };
}

const CONTENT: DigestContent = {
  kind: 'digest',
  personName: 'Bench Person',
  period: '2026-W48',
  deadline: null,
  work: [],
};

/**
 * The send rate reached against the fake Bot Connector, which answers 429 at random: successful sends per second
 * while there is a backlog, as a share of the configured per-tenant ceiling. A throttled attempt uses a slot too,
 * so with 5% random 429s the best possible is about 95%.
 */
async function benchSending(messages = 360, throttle = 0.05): Promise<Record<string, number | string>> {
  const connector = await FakeBotConnector.start({ throttleProbability: throttle, retryAfterSeconds: null });
  try {
    const departures: number[] = [];
    const http = httpConnectorTransport(null);
    const transport: ConnectorTransport = {
      postActivity: (...args) => {
        departures.push(performance.now());
        return http.postActivity(...args);
      },
    };
    const settings = DEFAULT_SENDER_SETTINGS;
    const sender = new ProactiveSender(
      transport,
      new Pacer(),
      reminderActivity({ tabUrl: 'https://qin.example', teamsAppId: null, tabEntityId: 'my-work' }),
      settings,
    );
    const results = await Promise.all(
      Array.from({ length: messages }, (_, i) =>
        sender.deliver({ notificationId: `n-${i}`, conversation: conversation(connector.url, i), content: CONTENT }),
      ),
    );
    const accepted = connector.accepted();
    const ids = accepted.map((r) => r.correlationId);
    const times = accepted.map((r) => r.at).sort((a, b) => a - b);
    const start = Math.min(...departures);
    const last = times[times.length - 1] ?? start;
    // Sustained rate: successful sends per whole second while there is a backlog (the middle seconds). The first
    // second holds the window's opening burst and the last the retries' backoff tail: neither is a rate.
    const perSecond: number[] = [];
    for (const t of times) {
      const k = Math.floor((t - start) / 1_000);
      perSecond[k] = (perSecond[k] ?? 0) + 1;
    }
    const middle = perSecond
      .slice(1, -1)
      .map((n) => n ?? 0)
      .sort((a, b) => a - b);
    const sustained = middle.length > 0 ? (middle[Math.floor(middle.length / 2)] ?? 0) : 0;
    const overall = last > start ? (accepted.length / (last - start)) * 1_000 : 0;
    const share = sustained / settings.perTenantPerSecond;
    return {
      'bot.send.messages': messages,
      'bot.send.random_429_share': throttle,
      'bot.send.delivered': results.filter((r) => r.outcome === 'sent').length,
      'bot.send.duplicates': ids.length - new Set(ids).size,
      'bot.send.requests': connector.requests.length,
      'bot.send.ceiling_per_s': settings.perTenantPerSecond,
      'bot.send.sustained_per_s': sustained,
      'bot.send.share_of_ceiling_pct': Math.round(share * 1000) / 10,
      'bot.send.overall_per_s_with_retry_tail': Math.round(overall * 10) / 10,
      'bot.send.max_departures_in_1s': maxInWindow(departures, 1_000),
      'bot.send.budget_share_pct': RATE_BUDGET_SHARE * 100,
      'bot.send.within_budget': share >= RATE_BUDGET_SHARE ? 'yes' : 'NO',
    };
  } finally {
    await connector.close();
  }
}

/** The bot's part of `npm run bench`. */
export async function benchBot(): Promise<Record<string, string | number>> {
  return { ...(await benchPlanning()), ...(await benchSending()) };
}

if (require.main === module) {
  benchBot()
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
