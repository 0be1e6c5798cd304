import { GraphNetworkError } from '../graph/graph-errors';
import { backoffMs, sleep } from '../graph/graph-http';
import { SharePointBusyError } from './busy-error';
import { provisionSharePoint, type ProvisionOptions, type ProvisionReport } from './provisioner';

export interface ResumingOptions extends ProvisionOptions {
  /** Runs in all, the first included (default 5). */
  readonly attempts?: number;
  /** The wait before run `attempt` (2, 3, ...); by default a growing backoff with jitter. */
  readonly waitMs?: (attempt: number) => number;
}

/**
 * Provisioning that survives a dropped connection or throttling that outlasts the client's retries. A list or
 * column created just before the connection dropped may or may not exist, so each new run reads the site again
 * and carries on from what it finds (provisioning only ever adds what is missing, so running it again is safe).
 * When every run fails this way, the error says so plainly. Other failures (no grant, no site, a column of
 * another type) stop at once: running again would not help until someone acts.
 */
export async function provisionResuming(options: ResumingOptions): Promise<ProvisionReport> {
  const attempts = options.attempts ?? 5;
  const waitMs = options.waitMs ?? ((attempt: number) => backoffMs(attempt));
  const log = options.log ?? (() => undefined);
  for (let attempt = 1; ; attempt += 1) {
    try {
      // The report is the last run's: what earlier, interrupted runs made is in the log above it.
      return await provisionSharePoint(options);
    } catch (error) {
      if (!isPassing(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      if (attempt >= attempts) {
        throw new Error(
          `The connection to Microsoft Graph kept failing (${attempts} attempts; last: ${reason}). Nothing is ` +
            'half-made in a way the app would read wrongly, and provisioning is safe to run again: run the same ' +
            'command once the connection is back.',
          { cause: error },
        );
      }
      log(
        `The connection to Microsoft Graph dropped or was throttled (${reason}); reading the site again and ` +
          `carrying on (attempt ${attempt + 1} of ${attempts}) ...`,
      );
      await sleep(waitMs(attempt + 1));
    }
  }
}

/** A failure a later run can get past: the connection dropped, or SharePoint was busy. */
function isPassing(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e instanceof GraphNetworkError || e instanceof SharePointBusyError) return true;
  }
  return false;
}
