import path from 'node:path';
import { projectRoot } from '../project-root';
import { benchApi } from './bench-api';
import { benchReports } from './bench-reports';
import { printTable, type BudgetLine } from './bench-stats';

/** `npm run bench`: prints figures against the budgets in the issues. Exits 0 either way: figures, not tests. */
async function main(): Promise<void> {
  const dataDir = process.env['BENCH_DATA_DIR'] ?? path.join(projectRoot(), '.data', 'bench');
  console.log(`Benchmarks on this machine (data in ${dataDir})`);
  const sections: [string, () => Promise<BudgetLine[]>][] = [
    ['API on the embedded default (SQLite)', () => benchApi(dataDir)],
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
