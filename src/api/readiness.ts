import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { Store } from '../services/ports';
import { problem } from './problem';
import { sendProblem } from './route';

/** A dependency /readyz checks besides the store, e.g. Microsoft Graph. `check` rejects when it is not usable. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

const CHECK_TIMEOUT_MS = 5000;

function withTimeout(run: () => Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([run(), timeout]).finally(() => clearTimeout(timer));
}

/**
 * GET /readyz: the store answers, and so does every extra check, each within five seconds, all at once. 200 with
 * `{ status: "ready", checks }` or a 503 problem naming what failed. Reasons go to the log, not to the caller.
 */
export function registerReadiness(
  server: Server,
  store: Store,
  checks: readonly ReadinessCheck[],
  logger: Logger,
  timeoutMs = CHECK_TIMEOUT_MS,
): void {
  const all: ReadinessCheck[] = [{ name: 'store', check: () => store.ping() }, ...checks];
  server.get('/readyz', (_req, res, next) => {
    Promise.all(
      all.map((c) =>
        withTimeout(() => c.check(), timeoutMs).then(
          () => [c.name, 'ok'] as const,
          (error: unknown) => {
            logger.warn({ check: c.name, err: error }, 'readiness check failed');
            return [c.name, 'failed'] as const;
          },
        ),
      ),
    )
      .then((results) => {
        const failed = results.filter(([, state]) => state === 'failed').map(([name]) => name);
        const states = Object.fromEntries(results);
        if (failed.length === 0) res.json({ status: 'ready', checks: states });
        else {
          const what = failed.map((name) => (name === 'store' ? 'the store' : name)).join(' and ');
          sendProblem(res, problem(503, 'not_ready', `Not ready: ${what} cannot be reached.`, { checks: states }));
        }
      })
      .then(
        () => next(),
        (error: unknown) => next(error),
      );
  });
}
