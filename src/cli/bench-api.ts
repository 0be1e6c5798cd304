import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { SqliteStore } from '../adapters/sqlite/sqlite-store';
import { loadConfig } from '../config';
import { createApp } from '../server';
import { formatMs, summarise, timeEach, type BudgetLine } from './bench-stats';
import { seedDemoNetwork } from './seed-demo';
import { seedSyntheticNetwork } from './seed-synthetic';

const SERVICES = 2000;

async function call(base: string, token: string, method: string, url: string, body?: unknown) {
  const res = await fetch(base + url, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const json = (await res.json()) as unknown;
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/**
 * The time to the last byte of a GET (brotli on the wire, as the tab asks for it), without parsing the answer: the
 * client shares this process with the server, and parsing 700 KB of JSON here is the client's time, not the API's.
 */
async function fetchWhole(base: string, token: string, url: string): Promise<void> {
  const res = await fetch(base + url, { headers: { authorization: `Bearer ${token}` } });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
}

async function signIn(base: string, personId: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  return ((await res.json()) as { token: string }).token;
}

/** The API on the embedded default over a 2,000-service network: the routes people use most. */
export async function benchApi(dataDir: string): Promise<BudgetLine[]> {
  mkdirSync(dataDir, { recursive: true });
  const store = SqliteStore.open(path.join(dataDir, 'network.db'));
  const now = new Date();
  await seedDemoNetwork(store, now);
  const seeded = Date.now();
  const { added } = await seedSyntheticNetwork(store, SERVICES, now, ({ done, total }) =>
    process.stdout.write(`\r  seeding ${done}/${total} services`),
  );
  process.stdout.write(
    added > 0
      ? `\n  seeded ${added} services in ${Date.now() - seeded} ms\n`
      : '\r  reusing the seeded network          \n',
  );
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const app = await createApp(config, { store, logger: pino({ level: 'silent' }) });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${app.server.address().port}`;
  try {
    const admin = await signIn(base, 'p-admin');
    const leads = await Promise.all([0, 1, 2, 3].map((i) => signIn(base, `syn-p-${i * 97}`)));
    const pick = (i: number) => ({ n: (i % 4) * 97, token: leads[i % 4] ?? '' });
    for (let i = 0; i < 20; i++) await call(base, pick(i).token, 'GET', `/api/v1/assessments/syn-a-${pick(i).n}`);

    const reads = await timeEach(300, async (i) => {
      const { n, token } = pick(i);
      await call(base, token, 'GET', `/api/v1/assessments/syn-a-${n}`);
    });
    // The versions each save must carry, kept from the answers so that only the PUT itself is timed.
    const versions = new Map<string, number>();
    for (const i of [0, 1, 2, 3]) {
      const { n, token } = pick(i);
      const detail = (await call(base, token, 'GET', `/api/v1/assessments/syn-a-${n}`)) as {
        responses: { standardCode: string; version: number }[];
      };
      for (const r of detail.responses) versions.set(`${n}:${r.standardCode}`, r.version);
    }
    const codes = [...versions.keys()].filter((k) => k.startsWith('0:')).map((k) => k.slice(2));
    const writes = await timeEach(300, async (i) => {
      const { n, token } = pick(i);
      const key = `${n}:${codes[i % codes.length] ?? '1.1'}`;
      const saved = (await call(base, token, 'PUT', `/api/v1/assessments/syn-a-${n}/responses/${key.split(':')[1]}`, {
        rating: i % 2 ? 'met' : 'partly_met',
        narrative: `Bench ${i}`,
        version: versions.get(key) ?? 0,
      })) as { version: number };
      versions.set(key, saved.version);
    });
    const network = await timeEach(30, async () => {
      await fetchWhole(base, admin, '/api/v1/network/scores?cycleId=cycle-current');
    });
    const memory = process.memoryUsage();
    const r = summarise(reads);
    const w = summarise(writes);
    const n = summarise(network);
    return [
      {
        name: 'read one assessment + responses',
        figure: `p50 ${formatMs(r.p50)}, p95 ${formatMs(r.p95)}`,
        budget: 'p95 < 25 ms',
        ok: r.p95 < 25,
      },
      {
        name: 'save one response',
        figure: `p50 ${formatMs(w.p50)}, p95 ${formatMs(w.p95)}`,
        budget: 'p95 < 25 ms',
        ok: w.p95 < 25,
      },
      {
        name: `network scores (${SERVICES} services)`,
        figure: `p50 ${formatMs(n.p50)}, p95 ${formatMs(n.p95)}`,
        budget: 'p95 < 250 ms',
        ok: n.p95 < 250,
      },
      {
        name: 'server memory after the run',
        figure: `rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
        budget: '-',
        ok: true,
      },
    ];
  } finally {
    await app.close();
  }
}
