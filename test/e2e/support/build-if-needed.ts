import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

function newestMtime(dir: string): number {
  if (!statSync(dir).isDirectory()) return statSync(dir).mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function stale(output: string, sources: readonly string[]): boolean {
  const file = path.join(ROOT, output);
  if (!existsSync(file)) return true;
  const built = statSync(file).mtimeMs;
  return sources.some((s) => existsSync(path.join(ROOT, s)) && newestMtime(path.join(ROOT, s)) > built);
}

/**
 * The end-to-end tests run the built app, as `npm start` does. On a clean clone (CI) nothing is built yet, and
 * locally the build may be older than the sources: build whichever part is missing or stale.
 */
export function buildIfNeeded(): void {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (stale('dist/src/main.js', ['src', 'bot'])) {
    console.log('e2e: building the server (npm run build:server)…');
    execFileSync(npm, ['run', 'build:server'], { cwd: ROOT, stdio: 'inherit' });
  }
  // The tab's build script compresses its files: a change to it is a change to the built tab.
  if (stale('dist/tab/index.html', ['tab', 'scripts/build-tab.mjs', 'scripts/precompress-tab.mjs'])) {
    console.log('e2e: building the tab (npm run build:tab)…');
    // jest sets NODE_ENV=test, which would make Vite bundle React's development build.
    execFileSync(npm, ['run', 'build:tab'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', CI: 'true' },
    });
  }
}
