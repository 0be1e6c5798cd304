import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { SqliteStore } from '../adapters/sqlite/sqlite-store';
import { loadConfig } from '../config';
import { createApp } from '../server';
import { formatMs, summarise, timeEach, type BudgetLine } from './bench-stats';
import { seedDemoNetwork } from './seed-demo';
import { HISTORY_CYCLES, seedImpactHistory } from './seed-impact-history';
import { seedSyntheticNetwork } from './seed-synthetic';

const SERVICES = 2000;
/** Issue 14: the network's impact over three cycles of 2,000 services within a second on SQLite. */
export const IMPACT_BUDGET_MS = 1000;
export const IMPACT_URL = `/api/v1/impact?fromCycleId=${HISTORY_CYCLES[0].id}`;

async function signIn(base: string, personId: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  return ((await res.json()) as { token: string }).token;
}

async function get(base: string, token: string, url: string): Promise<unknown> {
  const res = await fetch(base + url, { headers: { authorization: `Bearer ${token}` } });
  const json = (await res.json()) as unknown;
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Impact over time on the embedded default: the network view over three cycles of the 2,000-service network. */
export async function benchImpact(dataDir: string): Promise<BudgetLine[]> {
  mkdirSync(dataDir, { recursive: true });
  const store = SqliteStore.open(path.join(dataDir, 'network.db'));
  const now = new Date();
  await seedDemoNetwork(store, now);
  await seedSyntheticNetwork(store, SERVICES, now);
  const seeded = Date.now();
  const { added } = await seedImpactHistory(store, now, ({ done, total }) =>
    process.stdout.write(`\r  seeding earlier cycles ${done}/${total}`),
  );
  if (added > 0) process.stdout.write(`\n  seeded ${added} earlier cycles in ${Date.now() - seeded} ms\n`);
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const app = await createApp(config, { store, logger: pino({ level: 'silent' }) });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${app.server.address().port}`;
  try {
    const [admin, lead] = await Promise.all([signIn(base, 'p-admin'), signIn(base, 'syn-p-0')]);
    const first = (await get(base, admin, IMPACT_URL)) as { cycles: { services: number }[] };
    const named = summarise(await timeEach(10, () => get(base, admin, IMPACT_URL).then(() => undefined)));
    const anonymised = summarise(await timeEach(10, () => get(base, lead, IMPACT_URL).then(() => undefined)));
    const shape = first.cycles.map((c) => c.services).join(' + ');
    return [
      {
        name: `network impact, named (${first.cycles.length} cycles: ${shape} services)`,
        figure: `p50 ${formatMs(named.p50)}, p95 ${formatMs(named.p95)}`,
        budget: `p95 < ${IMPACT_BUDGET_MS} ms`,
        ok: named.p95 < IMPACT_BUDGET_MS,
      },
      {
        name: 'network impact, anonymised',
        figure: `p50 ${formatMs(anonymised.p50)}, p95 ${formatMs(anonymised.p95)}`,
        budget: `p95 < ${IMPACT_BUDGET_MS} ms`,
        ok: anonymised.p95 < IMPACT_BUDGET_MS,
      },
    ];
  } finally {
    await app.close();
  }
}
