import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Every command-line tool answers `--help` with how to use it and exits 0, before it opens a store, signs in
 * anywhere or reads configuration: a person can always find out what a command does without side effects.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'qin-cli-help-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Where the command would keep its data: it must not even be created when help is all that was asked. */
const dataDir = () => path.join(scratch, 'data');

function runCli(file: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    // No storage or tenant settings: help must not need them. BENCH_DATA_DIR keeps a bench that ignored
    // --help out of the project's own data folder. restify 11 warns of DEP0111 on import (see DESIGN.md).
    const env = {
      PATH: process.env['PATH'] ?? '',
      NODE_OPTIONS: '--no-deprecation',
      DATA_DIR: dataDir(),
      BENCH_DATA_DIR: dataDir(),
    };
    // A command that ignores --help and starts its real work is stopped rather than left running.
    const options = { cwd: ROOT, env, timeout: 60_000, killSignal: 'SIGTERM' as const };
    execFile(TSX, [path.join(ROOT, 'src', 'cli', file), ...args], options, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

const COMMANDS: readonly [file: string, command: string][] = [
  ['seed.ts', 'npm run seed'],
  ['bench.ts', 'npm run bench'],
  ['provision.ts', 'npm run provision'],
  ['backup.ts', 'npm run backup'],
  ['restore.ts', 'npm run restore'],
  ['invite-admin.ts', 'npm run invite-admin'],
];

jest.setTimeout(90_000);

describe('command-line help', () => {
  it.each(COMMANDS)('%s answers --help with its usage and exits 0', async (file, command) => {
    const run = await runCli(file, ['--help']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`Usage: ${command}`);
    expect(run.code).toBe(0);
    expect(existsSync(dataDir())).toBe(false);
  });

  it('answers -h the same way', async () => {
    const run = await runCli('provision.ts', ['-h']);
    expect(run.stdout).toContain('Usage: npm run provision -- --site');
    expect(run.code).toBe(0);
  });
});
