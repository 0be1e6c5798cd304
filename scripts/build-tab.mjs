// Builds the Teams tab with Vite into dist/tab (served by the same server at /).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = path.join(root, 'tab', 'vite.config.ts');
if (!existsSync(config)) {
  console.log('No tab/vite.config.ts yet: skipping the tab build.');
  process.exit(0);
}
process.env.NODE_ENV = 'production';
const { build } = await import('vite');
// Always the production build of React, even when started from a test run (NODE_ENV=test).
await build({ configFile: config, mode: 'production', logLevel: process.env.CI ? 'warn' : 'info' });
