/**
 * `npm run restore -- --from <backup folder> [--data-dir <new folder>]`: restores a backup made by
 * `npm run backup` into an EMPTY store (the configured one, or a new DATA_DIR), checking every checksum first.
 * Ids, versions and relations come back as they were; on the embedded default the audit trail does too.
 * Stop the server first, and start it on the restored store afterwards.
 */
import path from 'node:path';
import { loadConfig } from '../config';
import { importNetwork } from './backup/import-network';
import { openStores } from '../adapters/open-stores';
import { asksForHelp } from './help';
import { parseOptions } from './options';

const USAGE = 'Usage: npm run restore -- --from <backup folder> [--data-dir <new folder>]';

const HELP = [
  USAGE,
  '',
  'Restores a backup made by `npm run backup` into an empty store, checking every checksum first.',
  'Stop the server first, and start it on the restored store afterwards.',
  '  --from <backup folder>  the backup to restore',
  '  --data-dir <new folder> restore into a new embedded store there instead of the configured one',
].join('\n');

async function main(): Promise<void> {
  if (asksForHelp(process.argv.slice(2))) {
    console.log(HELP);
    return;
  }
  const options = parseOptions(process.argv.slice(2), ['from', 'data-dir'], USAGE);
  const from = options.get('from');
  if (!from || from === 'true') throw new Error(USAGE);
  const config = loadConfig();
  const dataDir = path.resolve(options.get('data-dir') ?? config.dataDir);
  const stores = await openStores(config, dataDir);
  try {
    const result = await importNetwork({
      store: stores.store,
      evidence: stores.evidence,
      dir: path.resolve(from),
      now: new Date(),
      log: (line) => console.log(`  ${line}`),
    });
    const items = Object.values(result.counts).reduce((a, b) => a + b, 0);
    console.log(
      `Restored ${items} items, ${result.evidenceFiles} evidence files and ${result.auditEventsRestored} audit ` +
        `events into ${stores.source} (${result.method}).`,
    );
  } finally {
    await stores.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
