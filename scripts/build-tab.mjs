// Builds the Teams tab with Vite into dist/tab (served by the same server at /), with brotli and gzip copies of
// its text files beside them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompressTab } from './precompress-tab.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = path.join(root, 'tab', 'vite.config.ts');
if (!existsSync(config)) {
  console.log('No tab/vite.config.ts yet: skipping the tab build.');
  process.exit(0);
}
process.env.NODE_ENV = 'production';
const { build } = await import('vite');
// Always the production build of React, even when started from a test run (NODE_ENV=test).
const logLevel = process.env.CI ? 'warn' : 'info';
await build({ configFile: config, mode: 'production', logLevel });
// The consent pop-up page second, into the same folder (see tab/vite.config.ts for why it is built on its own).
process.env.TAB_BUILD_PAGE = 'auth';
await build({ configFile: config, mode: 'production', logLevel });
delete process.env.TAB_BUILD_PAGE;
const out = path.join(root, 'dist', 'tab');
const { files, originalBytes, brotliBytes } = await precompressTab(out);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`Compressed ${files} files of the tab (brotli and gzip): ${kb(originalBytes)} -> ${kb(brotliBytes)}.`);
