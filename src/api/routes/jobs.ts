import type { ChannelMessenger } from '../../services/questionnaires/channel-audience';
import type { Server } from 'restify';
import { authorize } from '../../services/access-policy';
import type { ReminderRunSummary } from '../../services/reminders/run';
import { addRoute, type RouteDeps } from '../route';

/** The jobs the composition root can run on demand (the bot's reminder run). */
export interface JobRunners {
  readonly runReminders: () => Promise<ReminderRunSummary>;
  /** Teams for a staff questionnaire sent to a channel's members; null while the bot is not set up. */
  readonly channelMessenger?: () => ChannelMessenger | null;
  /**
   * Sends a staff questionnaire to its channel's members in the background (the job startChannelSend recorded,
   * under the lease `holder` took); its failure is logged where it runs. Absent while the bot is not set up.
   */
  readonly sendToChannelInBackground?: (runId: string, holder: string) => void;
}

/** How long the request waits for the run; a longer run goes on and the answer is 202. */
const WAIT_MS = 20_000;

/**
 * POST /api/v1/jobs/reminders: runs the reminders now (network admins only). Safe to call at any time: the run takes
 * the store's lease, and a period's reminders go out once however often it runs.
 */
export function registerJobRoutes(server: Server, deps: RouteDeps, jobs: JobRunners, waitMs = WAIT_MS): void {
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/jobs/reminders',
    summary: 'Run the reminders job now instead of waiting for its schedule (network admins)',
    handler: async ({ principal }) => {
      authorize(principal, 'jobs.run');
      const run = jobs.runReminders();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const waited = new Promise<'running'>((resolve) => {
        timer = setTimeout(() => resolve('running'), waitMs);
      });
      const result = await Promise.race([run, waited]).finally(() => clearTimeout(timer));
      if (result === 'running') {
        run.catch(() => undefined); // it goes on; its failure is logged where it runs
        return { status: 202, json: { outcome: 'running', detail: 'The reminder run goes on in the background.' } };
      }
      return { json: result };
    },
  });
}
