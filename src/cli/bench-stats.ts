/** Latency figures for `npm run bench`. */
export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export function summarise(samplesMs: readonly number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

export async function timeEach(count: number, run: (i: number) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    await run(i);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples;
}

export function formatMs(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

export interface BudgetLine {
  readonly name: string;
  readonly figure: string;
  readonly budget: string;
  readonly ok: boolean;
}

export function printTable(title: string, lines: readonly BudgetLine[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...lines.map((l) => l.name.length), 10);
  for (const l of lines) {
    console.log(
      `  ${l.name.padEnd(width)}  ${l.figure.padEnd(34)}  budget ${l.budget.padEnd(12)} ${l.ok ? 'OK' : 'OVER BUDGET'}`,
    );
  }
}
