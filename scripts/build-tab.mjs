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
const { build } = await import('vite');
await build({ configFile: config, logLevel: process.env.CI ? 'warn' : 'info' });
