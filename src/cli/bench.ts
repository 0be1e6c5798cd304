import path from 'node:path';
import { projectRoot } from '../project-root';
import { benchApi } from './bench-api';
import { benchBot } from './bench-bot';
import { benchImpact } from './bench-impact';
import { benchQuestionnaires } from './bench-questionnaires';
import { benchReports } from './bench-reports';
import { printTable, type BudgetLine } from './bench-stats';
import { asksForHelp } from './help';

async function benchBotLines(): Promise<BudgetLine[]> {
  const f = await benchBot();
  return [
    {
      name: `plan reminders for ${f['bot.plan.people']} people`,
      figure: `${f['bot.plan.ms']} ms (${f['bot.plan.reminders_decided']} reminders)`,
      budget: `${f['bot.plan.budget_ms']} ms`,
      ok: f['bot.plan.within_budget'] === 'yes',
    },
    {
      name: 'send rate vs fake connector (random 429s)',
      figure: `${f['bot.send.sustained_per_s']}/s = ${f['bot.send.share_of_ceiling_pct']}% of ${f['bot.send.ceiling_per_s']}/s; ${f['bot.send.delivered']} delivered, ${f['bot.send.duplicates']} duplicates`,
      budget: `>= ${f['bot.send.budget_share_pct']}%`,
      ok: f['bot.send.within_budget'] === 'yes',
    },
  ];
}

/** The simulator lives with the tests (it is not shipped), so it is loaded from there at run time. */
async function benchSharePointLines(): Promise<BudgetLine[]> {
  const file = path.join(projectRoot(), 'test', 'sharepoint', 'bench-sharepoint');
  const mod = (await import(file)) as { benchSharePoint: () => Promise<BudgetLine[]> };
  return mod.benchSharePoint();
}

async function benchSharePointCapacityLines(): Promise<BudgetLine[]> {
  const file = path.join(projectRoot(), 'test', 'sharepoint', 'bench-capacity');
  const mod = (await import(file)) as { benchSharePointCapacity: () => Promise<BudgetLine[]> };
  return mod.benchSharePointCapacity();
}

async function benchImpactSharePointLines(): Promise<BudgetLine[]> {
  const file = path.join(projectRoot(), 'test', 'sharepoint', 'bench-impact-sharepoint');
  const mod = (await import(file)) as { benchImpactSharePoint: () => Promise<BudgetLine[]> };
  return mod.benchImpactSharePoint();
}

async function benchQuestionnairesSharePointLines(): Promise<BudgetLine[]> {
  const file = path.join(projectRoot(), 'test', 'sharepoint', 'bench-questionnaires-sharepoint');
  const mod = (await import(file)) as { benchQuestionnairesSharePoint: () => Promise<BudgetLine[]> };
  return mod.benchQuestionnairesSharePoint();
}

interface TabBenchModules {
  app: { startApp(env: Record<string, string>): Promise<{ baseUrl: string; stop(): Promise<void> }> };
  build: { buildIfNeeded(): void };
  chromium: { launchChromium(): Promise<{ close(): Promise<void> }> };
  bench: {
    BUDGET: { firstLoadJsWireBytes: number; dashboardReadyMs: number; journeyWireBytes: number };
    measureTab(
      browser: unknown,
      baseUrl: string,
    ): Promise<{
      firstLoadJsWireBytes: number;
      firstLoadJsDecodedBytes: number;
      firstLoadJsFiles: readonly { coding: string }[];
      dashboardReadyMs: number;
      chartReadyMs: number;
    }>;
    measureJourney(
      browser: unknown,
      baseUrl: string,
    ): Promise<{
      totalWireBytes: number;
      requests: number;
      byKind: Record<'document' | 'script' | 'style' | 'api' | 'other', number>;
    }>;
  };
}

/** How the scripts came: "br", "gzip", or a mix ("br+none") when some were sent as they are. */
function codingsOf(files: readonly { coding: string }[]): string {
  return [...new Set(files.map((f) => f.coding))].sort().join('+') || 'none';
}

/** The tab measured in Debian's Chromium against the built app serving the bench network. */
async function benchTabLines(dataDir: string): Promise<BudgetLine[]> {
  const support = path.join(projectRoot(), 'test', 'e2e', 'support');
  const m: TabBenchModules = {
    app: (await import(path.join(support, 'app-server'))) as TabBenchModules['app'],
    build: (await import(path.join(support, 'build-if-needed'))) as TabBenchModules['build'],
    chromium: (await import(path.join(support, 'chromium'))) as TabBenchModules['chromium'],
    bench: (await import(path.join(support, 'tab-bench'))) as TabBenchModules['bench'],
  };
  m.build.buildIfNeeded();
  const app = await m.app.startApp({ DATA_DIR: dataDir });
  const browser = await m.chromium.launchChromium();
  try {
    const r = await m.bench.measureTab(browser, app.baseUrl);
    const journey = await m.bench.measureJourney(browser, app.baseUrl);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    return [
      {
        name: 'JavaScript on the wire before the first render',
        figure: `${(r.firstLoadJsWireBytes / 1024).toFixed(1)} KB ${codingsOf(r.firstLoadJsFiles)} (${(r.firstLoadJsDecodedBytes / 1024).toFixed(1)} KB unpacked)`,
        budget: `${m.bench.BUDGET.firstLoadJsWireBytes / 1024} KB`,
        ok: r.firstLoadJsWireBytes <= m.bench.BUDGET.firstLoadJsWireBytes,
      },
      {
        name: 'dashboard showing its data (median)',
        figure: `${r.dashboardReadyMs} ms (chart drawn at ${r.chartReadyMs} ms)`,
        budget: `${m.bench.BUDGET.dashboardReadyMs} ms`,
        ok: r.dashboardReadyMs <= m.bench.BUDGET.dashboardReadyMs,
      },
      {
        name: 'self-assessment journey on the wire (My work, the assessment, one rating saved)',
        figure: `${kb(journey.totalWireBytes)} in ${journey.requests} requests (scripts ${kb(journey.byKind.script)}, API ${kb(journey.byKind.api)}, pages ${kb(journey.byKind.document)}, styles ${kb(journey.byKind.style)}, other ${kb(journey.byKind.other)})`,
        budget: kb(m.bench.BUDGET.journeyWireBytes),
        ok: journey.totalWireBytes <= m.bench.BUDGET.journeyWireBytes,
      },
    ];
  } finally {
    await browser.close();
    await app.stop();
  }
}

const HELP = [
  'Usage: npm run bench',
  '',
  'Measures the API, reports, bot, SharePoint (on the Graph simulator) and the tab (in Chromium at',
  '/usr/bin/chromium) on this machine and prints each figure against its budget. It seeds a 2,000-service',
  'network first if there is none. BENCH_DATA_DIR chooses where (default .data/bench).',
].join('\n');

/** `npm run bench`: prints figures against the budgets in the issues. Exits 0 either way: figures, not tests. */
async function main(): Promise<void> {
  if (asksForHelp(process.argv.slice(2))) {
    console.log(HELP);
    return;
  }
  const dataDir = process.env['BENCH_DATA_DIR'] ?? path.join(projectRoot(), '.data', 'bench');
  console.log(`Benchmarks on this machine (data in ${dataDir})`);
  const sections: [string, () => Promise<BudgetLine[]>][] = [
    ['API on the embedded default (SQLite)', () => benchApi(dataDir)],
    ['Reports (docx + xlsx)', () => benchReports(dataDir)],
    ['Impact over time (SQLite)', () => benchImpact(dataDir)],
    ['Questionnaires (SQLite)', benchQuestionnaires],
    ['Bot: reminders and sending', benchBotLines],
    ['SharePoint through Microsoft Graph (simulator)', benchSharePointLines],
    ['Impact over time on SharePoint (simulator)', benchImpactSharePointLines],
    ['Questionnaires on SharePoint (simulator)', benchQuestionnairesSharePointLines],
    [
      'SharePoint capacity: resource units and parts at 2,000 and 10,000 services, a modelled region, wall times with modelled latency (simulator)',
      benchSharePointCapacityLines,
    ],
    ['Tab in headless Chromium (2,000-service network)', () => benchTabLines(dataDir)],
  ];
  for (const [title, run] of sections) {
    try {
      printTable(title, await run());
    } catch (error) {
      console.error(`\n${title}: failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }
}

void main();
