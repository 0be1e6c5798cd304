/** One jest run for every suite: unit, contract, api, bot, tab (jsdom) and e2e (real Chromium). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  // Tests live in test/; the code's folders are roots too so that coverage also counts files no test loads.
  roots: ['<rootDir>/test', '<rootDir>/src', '<rootDir>/bot', '<rootDir>/tab/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json', 'mjs', 'cjs'],
  testTimeout: 30000,
  maxWorkers: 2,
  // A worker that has run a file is replaced before the next one (almost every file passes this much memory), so
  // servers, timers or retry loops a suite leaves behind can never slow down the suites that follow it.
  workerIdleMemoryLimit: '100MB',
  // That check can land after the last file, as jest is ending the workers: jest-worker then starts a replacement and
  // tells it to end before it has even loaded. Starting takes a second or two on a busy machine, so the default wait
  // (500 ms) killed it and printed "A worker process has failed to exit gracefully" although no test left anything
  // open. A worker that truly hangs is still ended, after this long.
  workerGracefulExitTimeout: 10_000,
  setupFiles: ['<rootDir>/test/jest-setup.ts'],
  // `npm run coverage` (run by CI): V8's own coverage, so nothing is instrumented, mapped back to the TypeScript
  // through swc's source maps. The floor sits just below the figures measured when it was set; raise it as they rise.
  collectCoverageFrom: ['src/**/*.ts', 'bot/**/*.ts', 'tab/src/**/*.{ts,tsx}', '!**/*.d.ts'],
  coverageProvider: 'v8',
  coverageDirectory: 'coverage',
  coverageReporters: ['text-summary', 'lcov'],
  // Measured on the whole suite (2026-12-04): statements and lines 87.0%, branches 82.9%, functions 88.4%. Files
  // only the browser tests load (dashboard pages) and the bench and admin commands count as uncovered: the floor is
  // for jest's view.
  coverageThreshold: { global: { statements: 87, branches: 83, functions: 88, lines: 87 } },
};
