import { TestAdapter, type Activity } from 'botbuilder';
import pino from 'pino';
import { QinBot } from '../../bot/qin-bot';
import type { Person } from '../../src/domain/network';
import type { Ports } from '../../src/services/context';
import { DEFAULT_SENDING_WINDOW } from '../../src/services/reminders/sending-window';
import { demoNetwork, RecordingNotifier, type FakeClock } from '../unit/reminders/harness';
import { CONTEXT } from './card-samples';

/** Activities shaped as Microsoft Teams sends them to a bot. */
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const BOT = { id: '28:qin-bot-app-id', name: 'Mind & Body QIN' };

export function mri(person: Person): string {
  return `29:mri-${person.id}`;
}

export interface Conversation {
  readonly id: string;
  readonly conversationType: 'personal' | 'channel';
}

function base(person: Person, conversation: Conversation): Partial<Activity> {
  return {
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    locale: 'en-GB',
    from: { id: mri(person), name: person.displayName, aadObjectId: person.objectId ?? undefined },
    recipient: BOT,
    conversation: {
      ...conversation,
      tenantId: person.tenantId ?? undefined,
      isGroup: conversation.conversationType !== 'personal',
    },
    channelData: { tenant: { id: person.tenantId } },
  } as Partial<Activity>;
}

export function personalChat(person: Person): Conversation {
  return { id: `a:personal-${person.id}`, conversationType: 'personal' };
}

export function channel(id = '19:coast-general@thread.tacv2'): Conversation {
  return { id, conversationType: 'channel' };
}

export function message(person: Person, text: string, conversation = personalChat(person)): Partial<Activity> {
  return { ...base(person, conversation), type: 'message', id: `msg-${Math.random()}`, text };
}

export function installation(
  person: Person,
  action: 'add' | 'remove',
  conversation = personalChat(person),
): Partial<Activity> {
  return { ...base(person, conversation), type: 'installationUpdate', action };
}

/** An Action.Execute as Teams sends it: the button's data with the card's input values merged in. */
export function execute(
  person: Person,
  verb: unknown,
  data: Record<string, unknown>,
  conversation = personalChat(person),
): Partial<Activity> {
  return {
    ...base(person, conversation),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: 'card-1',
    value: { action: { type: 'Action.Execute', id: 'action-1', verb, data }, trigger: 'manual' },
  };
}

/** What older clients send for the Action.Submit fallback: a message whose value is the data (and inputs). */
export function submit(person: Person, data: Record<string, unknown>): Partial<Activity> {
  return { ...base(person, personalChat(person)), type: 'message', replyToId: 'card-1', value: data };
}

export interface BotHarness {
  readonly ports: Ports;
  readonly clock: FakeClock;
  readonly notifier: RecordingNotifier;
  readonly person: (id: string) => Promise<Person>;
  /** Runs one activity through the bot, returns what the bot sent back. */
  readonly send: (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;
  /** Runs an invoke and returns the card it answered with. */
  readonly invoke: (activity: Partial<Activity>) => Promise<{ status: number; card: Record<string, unknown> }>;
  readonly close: () => Promise<void>;
}

export async function botHarness(): Promise<BotHarness> {
  const { ports, clock, store } = await demoNetwork();
  const notifier = new RecordingNotifier(clock);
  const bot = new QinBot({
    ports,
    notifier,
    links: CONTEXT.links,
    logger: pino({ level: 'silent' }),
    localMode: false,
    window: DEFAULT_SENDING_WINDOW,
  });
  const adapter = new TestAdapter((context) => bot.run(context));
  // TestAdapter only replaces activities it holds: record card updates (the Action.Submit answer) as replies.
  const updates: Partial<Activity>[] = [];
  const update = adapter.updateActivity.bind(adapter);
  adapter.updateActivity = async (context, activity) => {
    updates.push(activity);
    return update(context, activity);
  };
  const send = async (activity: Partial<Activity>) => {
    adapter.activeQueue.splice(0);
    updates.splice(0);
    await adapter.processActivity(activity);
    return [...adapter.activeQueue.splice(0), ...updates.splice(0)];
  };
  return {
    ports,
    clock,
    notifier,
    person: async (id) => {
      const p = await store.get('person', id);
      if (!p) throw new Error(`no person ${id}`);
      return p;
    },
    send,
    invoke: async (activity) => {
      const replies = await send(activity);
      const response = replies.find((a) => a.type === 'invokeResponse')?.value as
        { status: number; body: { statusCode: number; type: string; value: Record<string, unknown> } } | undefined;
      if (!response) throw new Error(`no invoke response in ${JSON.stringify(replies)}`);
      expect(response.body.type).toBe('application/vnd.microsoft.card.adaptive');
      return { status: response.status, card: response.body.value };
    },
    close: () => store.close(),
  };
}

/** The card attached to a reply. */
export function cardOf(activity: Partial<Activity> | undefined): Record<string, unknown> {
  const content = activity?.attachments?.[0]?.content as Record<string, unknown> | undefined;
  if (!content) throw new Error(`no card in ${JSON.stringify(activity)}`);
  return content;
}

/** All the text a card shows, for assertions that read like what the person sees. */
export function textOf(card: Record<string, unknown>): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const r = node as Record<string, unknown>;
      if (r['type'] === 'TextBlock' && typeof r['text'] === 'string') out.push(r['text']);
      Object.values(r).forEach(walk);
    }
  };
  walk(card);
  return out.join('\n');
}
