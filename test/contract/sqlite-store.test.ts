import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { describeStoreContract } from './store-contract';

describeStoreContract('SQLite in memory', async () => {
  const store = SqliteStore.open(':memory:');
  return { store, cleanup: () => store.close() };
});

describeStoreContract('SQLite file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qin-sqlite-contract-'));
  const store = SqliteStore.open(join(dir, 'nested', 'store.db'));
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
