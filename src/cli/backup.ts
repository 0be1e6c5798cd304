/**
 * `npm run backup -- [--out <folder>] [--skip-audit]`: writes the whole network (every kind, the audit trail and
 * the evidence files) into a new folder, with a manifest and a SHA-256 checksum per file. Safe while the
 * server runs: every item is read as committed (a commit in flight lands in this backup or the next).
 */
import path from 'node:path';
import { loadConfig } from '../config';
import { exportNetwork } from './backup/export-network';
import { openStores } from '../adapters/open-stores';
import { asksForHelp } from './help';
import { parseOptions } from './options';

const USAGE = 'Usage: npm run backup -- [--out <new folder>] [--skip-audit]';

const HELP = [
  USAGE,
  '',
  'Writes the whole network (every kind, the audit trail and the evidence files) into a new folder, with a',
  'manifest and a SHA-256 checksum per file. Safe while the server runs.',
  '  --out <new folder>  where to write it (default backup-<date>-<time> here)',
  '  --skip-audit        leave the audit trail out',
].join('\n');

async function main(): Promise<void> {
  if (asksForHelp(process.argv.slice(2))) {
    console.log(HELP);
    return;
  }
  const options = parseOptions(process.argv.slice(2), ['out', 'skip-audit'], USAGE);
  const now = new Date();
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  const dir = path.resolve(options.get('out') ?? `backup-${stamp}`);
  const stores = await openStores(loadConfig());
  try {
    const manifest = await exportNetwork({
      store: stores.store,
      evidence: stores.evidence,
      dir,
      now,
      source: stores.source,
      includeAudit: options.get('skip-audit') !== 'true',
      log: (line) => console.log(`  ${line}`),
    });
    const items = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
    console.log(`Backed up ${items} items and ${manifest.evidence.length} evidence records to ${dir}`);
    if (manifest.missingEvidence.length > 0) {
      console.warn(
        `Warning: ${manifest.missingEvidence.length} evidence files could not be read (listed in manifest.json).`,
      );
    }
  } finally {
    await stores.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
