import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
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

/** Longer than any build has taken on a busy machine: a lock this old was left by a run that was killed. */
const ABANDONED_LOCK_MS = 20 * 60_000;
const LOCK = path.join(ROOT, 'dist', '.e2e-build.lock');

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * jest runs two browser suites at once, and on a clean clone both find nothing built. Two builds at once empty each
 * other's output folder and one fails, so a build is done under a lock (a folder: making one is atomic), and whoever
 * waited looks again before building.
 */
function underBuildLock(work: () => void): void {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > ABANDONED_LOCK_MS) {
        rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      sleepSync(500);
    }
  }
  try {
    work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * The end-to-end tests run the built app, as `npm start` does. On a clean clone (CI) nothing is built yet, and
 * locally the build may be older than the sources: build whichever part is missing or stale.
 */
export function buildIfNeeded(): void {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const serverStale = (): boolean => stale('dist/src/main.js', ['src', 'bot']);
  // The tab's build script compresses its files: a change to it is a change to the built tab.
  const tabStale = (): boolean =>
    stale('dist/tab/index.html', ['tab', 'scripts/build-tab.mjs', 'scripts/precompress-tab.mjs']);
  // Always under the lock: while another suite builds, its half-written output would look up to date.
  underBuildLock(() => {
    if (serverStale()) {
      console.log('e2e: building the server (npm run build:server)…');
      execFileSync(npm, ['run', 'build:server'], { cwd: ROOT, stdio: 'inherit' });
    }
    if (tabStale()) {
      console.log('e2e: building the tab (npm run build:tab)…');
      // jest sets NODE_ENV=test, which would make Vite bundle React's development build.
      execFileSync(npm, ['run', 'build:tab'], {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, NODE_ENV: 'production', CI: 'true' },
      });
    }
  });
}
