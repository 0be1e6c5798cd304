import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { LocalFolderEvidenceStore } from '../adapters/evidence/local-folder-evidence-store';
import { OfficeReportRenderer } from '../adapters/reports/office-report-renderer';
import { SqliteStore } from '../adapters/sqlite/sqlite-store';
import type { Principal } from '../services/access-policy';
import type { Ports } from '../services/context';
import { networkReport } from '../services/reports/network-report';
import { networkReportDocument } from '../services/reports/network-report-document';
import { fileReport } from '../services/reports/report-filing';
import { formatMs, summarise, type BudgetLine } from './bench-stats';
import { DEMO_CURRENT_CYCLE_ID, seedDemoNetwork } from './seed-demo';
import { seedAgreedReview } from './seed-review';
import { seedSyntheticNetwork } from './seed-synthetic';

const SERVICES = 2000;
/** Every fifth synthetic service has an agreed review (the others stand on their self-assessment). */
const REVIEWED = (i: number) => i % 5 === 3;
const SERVICE_RUNS = 5;
const NETWORK_RUNS = 3;

/** Samples memory every 5 ms while `run` goes on (synchronous stretches are sampled at their ends). */
async function withPeakMemory<T>(
  run: () => Promise<T>,
): Promise<{ result: T; peakRss: number; peakHeap: number; startHeap: number }> {
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 5);
  try {
    const result = await run();
    sample();
    return { result, peakRss, peakHeap, startHeap: start.heapUsed };
  } finally {
    clearInterval(timer);
  }
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

async function seedReviews(ports: Ports, at: string): Promise<number> {
  let added = 0;
  for (let i = 0; i < SERVICES; i++) {
    if (!REVIEWED(i)) continue;
    const assessment = await ports.store.get('assessment', `syn-a-${i}`);
    if (!assessment || assessment.state === 'agreed') continue;
    await seedAgreedReview(ports.store, assessment.id, at);
    added++;
  }
  return added;
}

/**
 * Report generation over the 2,000-service synthetic network (the same database as the API benchmark): one service
 * report (model, Word, Excel, filed in the evidence folder, record stored) and the network report (model over
 * every service and cycle, then both files). Budgets from issue 7: 2 s and 20 s.
 */
export async function benchReports(dataDir: string): Promise<BudgetLine[]> {
  mkdirSync(dataDir, { recursive: true });
  const store = SqliteStore.open(path.join(dataDir, 'network.db'));
  const now = new Date();
  try {
    await seedDemoNetwork(store, now);
    const { added } = await seedSyntheticNetwork(store, SERVICES, now, ({ done, total }) =>
      process.stdout.write(`\r  seeding ${done}/${total} services`),
    );
    process.stdout.write(added > 0 ? '\n' : '\r  reusing the seeded network          \n');
    const renderer = new OfficeReportRenderer();
    const ports: Ports = {
      store,
      evidence: new LocalFolderEvidenceStore(path.join(dataDir, 'evidence')),
      clock: { now: () => new Date() },
      ids: { newId: () => `bench-${Date.now()}` },
      reports: renderer,
    };
    const reviewed = await seedReviews(ports, now.toISOString());
    if (reviewed > 0) console.log(`  seeded ${reviewed} agreed reviews`);

    const assessment = await store.get('assessment', 'syn-a-3');
    const cycle = await store.get('cycle', DEMO_CURRENT_CYCLE_ID);
    if (!assessment || !cycle) throw new Error('synthetic network missing');
    await fileReport(ports, 'system:bench', assessment, cycle); // warm-up: modules, JIT, prepared statements
    const serviceSamples: number[] = [];
    const serviceMemory = await withPeakMemory(async () => {
      for (let i = 0; i < SERVICE_RUNS; i++) {
        serviceSamples.push(await time(() => fileReport(ports, 'system:bench', assessment, cycle)));
      }
    });

    const person = await store.get('person', 'p-admin');
    if (!person) throw new Error('demo admin missing');
    const admin: Principal = { person, roles: await store.query('roleAssignment', { personId: person.id }) };
    const networkSamples: { model: number; docx: number; xlsx: number }[] = [];
    const networkMemory = await withPeakMemory(async () => {
      for (let i = 0; i < NETWORK_RUNS; i++) {
        let model: Awaited<ReturnType<typeof networkReport>> | undefined;
        const modelMs = await time(async () => {
          model = await networkReport(ports, admin, DEMO_CURRENT_CYCLE_ID);
        });
        if (!model) throw new Error('no network report');
        const document = networkReportDocument(model);
        const xlsxMs = await time(() => renderer.xlsx(document));
        const docxMs = await time(() => renderer.docx(document));
        networkSamples.push({ model: modelMs, docx: docxMs, xlsx: xlsxMs });
      }
    });
    const s = summarise(serviceSamples);
    const totals = networkSamples.map((n) => n.model + n.docx + n.xlsx);
    const n = summarise(totals);
    const worst = networkSamples[totals.indexOf(n.max)] ?? { model: 0, docx: 0, xlsx: 0 };
    return [
      {
        name: 'service report (model, docx, xlsx, filed)',
        figure: `p50 ${formatMs(s.p50)}, max ${formatMs(s.max)}`,
        budget: '< 2 s',
        ok: s.max < 2000,
      },
      {
        name: '  peak memory while generating',
        figure: `rss ${mib(serviceMemory.peakRss)}, heap ${mib(serviceMemory.peakHeap)} (from ${mib(serviceMemory.startHeap)})`,
        budget: '-',
        ok: true,
      },
      {
        name: `network report (${SERVICES} services, docx + xlsx)`,
        figure: `p50 ${formatMs(n.p50)}, max ${formatMs(n.max)}`,
        budget: '< 20 s',
        ok: n.max < 20_000,
      },
      {
        name: '  of which model / docx / xlsx (slowest run)',
        figure: `${formatMs(worst.model)} / ${formatMs(worst.docx)} / ${formatMs(worst.xlsx)}`,
        budget: '-',
        ok: true,
      },
      {
        name: '  peak memory while generating',
        figure: `rss ${mib(networkMemory.peakRss)}, heap ${mib(networkMemory.peakHeap)} (from ${mib(networkMemory.startHeap)})`,
        budget: '-',
        ok: true,
      },
    ];
  } finally {
    await store.close();
  }
}
