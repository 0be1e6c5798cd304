import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { SqliteStore } from '../adapters/sqlite/sqlite-store';
import { loadConfig } from '../config';
import { asksForHelp } from './help';
import { seedDemoNetwork } from './seed-demo';
import { seedSyntheticNetwork } from './seed-synthetic';

const HELP = [
  'Usage: npm run seed [-- --services <number>]',
  '',
  'Adds the demo network to the embedded database (DATA_DIR/network.db) unless it is already there.',
  '  --services <number>  also adds that many synthetic services, for benchmarks (e.g. 2000)',
].join('\n');

/** `npm run seed [-- --services 2000]`: the demo network, plus a large synthetic one for benchmarks. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (asksForHelp(args)) {
    console.log(HELP);
    return;
  }
  const at = args.indexOf('--services');
  const services = at >= 0 ? Number(args[at + 1]) : 0;
  if (!Number.isInteger(services) || services < 0) {
    throw new Error('--services takes a whole number, e.g. `npm run seed -- --services 2000`.');
  }
  const config = loadConfig();
  mkdirSync(config.dataDir, { recursive: true });
  const file = path.join(config.dataDir, 'network.db');
  const store = SqliteStore.open(file);
  const now = new Date();
  console.log(`Seeding ${file}`);
  console.log((await seedDemoNetwork(store, now)) ? 'Demo network added.' : 'Demo network already there.');
  if (services > 0) {
    const started = Date.now();
    const { added } = await seedSyntheticNetwork(store, services, now, ({ done, total }) => {
      process.stdout.write(`\rSynthetic services: ${done}/${total} (${Math.round((done / total) * 100)}%)`);
    });
    process.stdout.write('\n');
    console.log(`Added ${added} synthetic services in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  await store.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
