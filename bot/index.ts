import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { Ports } from '../src/services/context';
import type { AppInstaller } from '../src/services/reminders/notifier';
import type { ActivityFeed } from '../src/services/reminders/activity-feed';
import { announceLibraryEntries } from '../src/services/library/library-announcements';
import type { ReminderPlanning } from '../src/services/reminders/day-plan';
import { runReminders, type ReminderRunSummary } from '../src/services/reminders/run';
import { reminderSettings, type ReminderSettings } from '../src/services/reminders/settings';
import { messageCard } from './cards/message';
import { cardAttachment } from './cards/render';
import type { LinkConfig } from './deep-links';
import { mountMessagesEndpoint } from './messages-endpoint';
import { reminderActivity } from './notification-cards';
import { QinBot } from './qin-bot';
import { botTokenSource } from './sender/bot-token';
import { connectorChannelMessenger } from './sender/channel-messenger';
import type { ChannelMessenger } from '../src/services/questionnaires/channel-audience';
import { resumeChannelSends, runChannelSend } from '../src/services/questionnaires/channel-send-job';
import { httpConnectorTransport } from './sender/connector-transport';
import { connectorMemberDirectory } from './sender/member-directory';
import { Pacer } from './sender/pacer';
import { DEFAULT_SENDER_SETTINGS, ProactiveSender, type SenderSettings } from './sender/proactive-sender';

export type { ReminderRunSummary } from '../src/services/reminders/run';

export interface BotConfig {
  readonly appId: string | null;
  readonly password: string | null;
  readonly tenantId: string | null;
  readonly tabUrl: string;
  /** The Teams app id (manifest) and the personal tab's entityId, for deep links that open inside Teams. */
  readonly teamsAppId?: string | null;
  readonly tabEntityId?: string;
  readonly reminders?: Partial<ReminderSettings>;
  readonly sender?: Partial<SenderSettings>;
  /** Minutes between scheduled reminder runs; null or 0 = no schedule (tests, or an external scheduler). */
  readonly scheduleMinutes?: number | null;
  /**
   * How often to look for channel sends a stopped instance left running (their lease lapsed) and carry them on;
   * null = never (tests, which carry a send on themselves).
   */
  readonly resumeChannelSendsEveryMs?: number | null;
}

export interface BotHandle {
  runReminders(): Promise<ReminderRunSummary>;
  /** Teams for a staff questionnaire sent to the members of a service's channel. */
  readonly channelMessenger: ChannelMessenger;
  /** Carries out a recorded channel send in the background (see runChannelSend); settles when it ends, never rejects. */
  sendToChannelInBackground(runId: string, holder: string): Promise<void>;
  stop(): void;
}

/**
 * Mounts the bot on the server (POST /api/messages) and returns the reminder job: run on a schedule here, and by
 * POST /api/v1/jobs/reminders. Several instances may run it; the lease in the store makes each run happen once.
 */
export function registerBot(
  server: Server,
  deps: { ports: Ports; config: BotConfig; logger: Logger; installer?: AppInstaller; bell?: ActivityFeed },
): BotHandle {
  const { ports, config, logger } = deps;
  const anonymous = !config.appId;
  const auth = new ConfigurationBotFrameworkAuthentication({
    ...(config.appId ? { MicrosoftAppId: config.appId, MicrosoftAppPassword: config.password ?? '' } : {}),
    ...(config.appId ? { MicrosoftAppType: config.tenantId ? 'SingleTenant' : 'MultiTenant' } : {}),
    ...(config.tenantId ? { MicrosoftAppTenantId: config.tenantId } : {}),
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ err: error, activityType: context.activity.type }, 'bot turn error');
    if (context.activity.type === 'message') {
      const card = messageCard({
        title: 'Something went wrong',
        text: 'Please try again in a minute.',
        style: 'attention',
      });
      await context.sendActivity({ attachments: [cardAttachment(card)] }).catch(() => undefined);
    }
  };
  const links: LinkConfig = {
    tabUrl: config.tabUrl,
    teamsAppId: config.teamsAppId ?? null,
    tabEntityId: config.tabEntityId ?? 'my-work',
  };
  const tokens =
    config.appId && config.password
      ? botTokenSource({ appId: config.appId, password: config.password, tenantId: config.tenantId })
      : null;
  // One pacer for everything the bot sends proactively: reminders and the channel's questionnaire share Teams' limits.
  const pacer = new Pacer();
  const senderSettings = { ...DEFAULT_SENDER_SETTINGS, ...config.sender };
  const sender = new ProactiveSender(httpConnectorTransport(tokens), pacer, reminderActivity(links), senderSettings);
  const channelMessenger = connectorChannelMessenger(tokens, links, { pacer, sender: senderSettings });
  // Teams' roster, for invited people whose trust installed the app for them before they were invited.
  const members = connectorMemberDirectory(tokens);
  const settings = reminderSettings(config.reminders);
  const bot = new QinBot({ ports, notifier: sender, links, logger, localMode: anonymous, window: settings.window });
  mountMessagesEndpoint(server, adapter, bot, { anonymous, logger });

  const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let running: Promise<ReminderRunSummary> | undefined;
  // On demand (a POST, a questionnaire sent to staff) the run decides afresh; the schedule plans once a day and its
  // other ticks send only what is pending.
  const run = (planning: ReminderPlanning = 'every_run'): Promise<ReminderRunSummary> => {
    // A scheduled run and a POST at the same moment share one run in this instance (the lease covers the others).
    running ??= runReminders(ports, {
      notifier: sender,
      settings,
      holder,
      members,
      planning,
      channelMessenger,
      ...(deps.installer ? { installer: deps.installer } : {}),
      ...(deps.bell ? { bell: deps.bell } : {}),
    })
      .then(async (summary) => {
        if (summary.outcome === 'completed') logger.info({ reminders: summary }, 'reminder run');
        // New good-practice entries go to the channels in the same job (their own lease, their own dedupe), and,
        // like reminders, only inside the sending window.
        if (summary.outcome === 'outside_window') return summary;
        const announced = await announceLibraryEntries(ports, sender, holder).catch((err: unknown) => {
          logger.error({ err }, 'library announcements failed');
          return null;
        });
        if (announced && announced.entries > 0) logger.info({ announced }, 'library announcements');
        return summary;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const minutes = config.scheduleMinutes ?? 0;
  // Each tick starts a run and does not wait for it (a run still going is shared, see above); its errors are logged.
  const timer =
    minutes > 0
      ? setInterval(
          () => void run('once_a_day').catch((err: unknown) => logger.error({ err }, 'reminder run failed')),
          minutes * 60_000,
        )
      : undefined;
  timer?.unref();
  const sendToChannelInBackground = (runId: string, jobHolder: string): Promise<void> =>
    runChannelSend(ports, channelMessenger, runId, jobHolder)
      .then((outcome) => logger.info({ runId, outcome }, 'staff questionnaire sent to the channel'))
      .catch((err: unknown) => logger.error({ err, runId }, "sending to the channel's members failed"));
  // A restart (or a stopped instance) leaves a channel send running: carried on, nobody sent a second card.
  const resume = (): void => {
    void resumeChannelSends(ports, channelMessenger, () => `${holder}:channel-send:${randomUUID().slice(0, 8)}`).catch(
      (err: unknown) => logger.error({ err }, 'resuming channel sends failed'),
    );
  };
  // At start and then on the interval; not under test, where a test carries a send on itself.
  if (config.resumeChannelSendsEveryMs) resume();
  const resumeTimer = config.resumeChannelSendsEveryMs
    ? setInterval(resume, config.resumeChannelSendsEveryMs)
    : undefined;
  resumeTimer?.unref();
  return {
    sendToChannelInBackground,
    runReminders: () => run(),
    channelMessenger,
    stop: () => {
      if (timer) clearInterval(timer);
      if (resumeTimer) clearInterval(resumeTimer);
    },
  };
}
