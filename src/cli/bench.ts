import path from 'node:path';
import { projectRoot } from '../project-root';
import { benchApi } from './bench-api';
import { benchBot } from './bench-bot';
import { benchReports } from './bench-reports';
import { printTable, type BudgetLine } from './bench-stats';

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

/** `npm run bench`: prints figures against the budgets in the issues. Exits 0 either way: figures, not tests. */
async function main(): Promise<void> {
  const dataDir = process.env['BENCH_DATA_DIR'] ?? path.join(projectRoot(), '.data', 'bench');
  console.log(`Benchmarks on this machine (data in ${dataDir})`);
  const sections: [string, () => Promise<BudgetLine[]>][] = [
    ['API on the embedded default (SQLite)', () => benchApi(dataDir)],
    ['Reports (docx + xlsx)', () => benchReports(dataDir)],
    ['Bot: reminders and sending', benchBotLines],
    ['SharePoint through Microsoft Graph (simulator)', benchSharePointLines],
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
