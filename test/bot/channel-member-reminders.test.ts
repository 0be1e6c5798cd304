import { TestAdapter, type Activity } from 'botbuilder';
import pino from 'pino';
import { QinBot } from '../../bot/qin-bot';
import { VERBS } from '../../bot/cards/verbs';
import { connectorChannelMessenger } from '../../bot/sender/channel-messenger';
import { demoGuid } from '../../src/cli/seed-random';
import type { Principal } from '../../src/services/access-policy';
import { resolvePrincipal } from '../../src/services/identity/identity';
import { sendToChannelMembers } from '../../src/services/questionnaires/channel-audience';
import { runReminders } from '../../src/services/reminders/run';
import { DEFAULT_SENDING_WINDOW } from '../../src/services/reminders/sending-window';
import { reminderSettings } from '../../src/services/reminders/settings';
import { startHarness, type Harness } from '../api/harness';
import { CONTEXT } from './card-samples';
import { FakeConnector, type RosterMember } from './fake-connector';
import { textOf } from './teams-activities';
import { openStaffRunInCoastChannel } from './coast-staff-channel';

const ASSESSMENT = 'a-cur-svc-slam-coast';
const CHANNEL = '19:coast-reminders@thread.tacv2';
const TOM = 'p-sl-cmht';
const AMY = { id: '29:amy', aadObjectId: 'oid-amy', name: 'Amy Nurse', userRole: 'user' };
const BEN = { id: '29:ben', aadObjectId: 'oid-ben', name: 'Ben Therapist', userRole: 'user' };
const CAT = { id: '29:cat', aadObjectId: 'oid-cat', name: 'Cat Blocked', userRole: 'user' };
const ANSWERS = {
  q_S1: 'agree',
  q_S2: 'agree',
  q_S3: 'neither',
  q_S4: 'yes',
  q_S5: 'agree',
  q_S6: 'disagree',
  q_S7: 'agree',
  q_S8: 'no',
  q_S9: 'strongly_agree',
  q_S10: '',
};

interface Button {
  readonly verb: string;
  readonly data: Record<string, unknown>;
}

function buttonOf(card: unknown, verb: string): Button {
  let found: Button | undefined;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const r = node as Record<string, unknown>;
      if (r['type'] === 'Action.Execute' && r['verb'] === verb) {
        found ??= { verb, data: (r['data'] as Record<string, unknown> | undefined) ?? {} };
      }
      Object.values(r).forEach(walk);
    }
  };
  walk(card);
  if (!found) throw new Error(`no ${verb} button on ${JSON.stringify(card)}`);
  return found;
}

/**
 * Members of the service's Teams channel the network has no record of were sent the staff questionnaire as members;
 * before it closes, those who have not answered hear once more in their chat with the bot, as listed staff do.
 */
describe("the staff questionnaire's closes-soon reminder for members of the service's channel", () => {
  let h: Harness;
  let connector: FakeConnector;
  let runId: string;
  let tenant: string;
  /** How long the bot waited before trying again (no real time passes in the test). */
  const waits: number[] = [];
  const messenger = () =>
    connectorChannelMessenger(null, CONTEXT.links, {
      sleep: async (ms) => {
        waits.push(ms);
      },
    });

  const principalOf = async (personId: string): Promise<Principal> => {
    const person = await h.app.ports.store.get('person', personId);
    if (!person?.tenantId || !person.objectId) throw new Error(`${personId} has no sign-in identity`);
    return resolvePrincipal(h.app.ports, {
      tenantId: person.tenantId,
      objectId: person.objectId,
      email: null,
      name: null,
    });
  };
  /** A card's button pressed in the member's own chat with the bot. */
  const press = async (member: RosterMember, pressed: Button): Promise<Record<string, unknown>> => {
    const bot = new QinBot({
      ports: h.app.ports,
      notifier: { deliver: () => Promise.reject(new Error('nothing is delivered here')) },
      links: CONTEXT.links,
      logger: pino({ level: 'silent' }),
      localMode: false,
      window: DEFAULT_SENDING_WINDOW,
    });
    const adapter = new TestAdapter((context) => bot.run(context));
    await adapter.processActivity({
      type: 'invoke',
      name: 'adaptiveCard/action',
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      from: { id: member.id, name: member.name, aadObjectId: member.aadObjectId },
      recipient: { id: '28:qin-bot-app-id', name: 'Mind & Body QIN' },
      conversation: { id: `a:chat-${member.id}`, conversationType: 'personal', tenantId: tenant, isGroup: false },
      channelData: { tenant: { id: tenant } },
      replyToId: 'card-1',
      value: { action: { type: 'Action.Execute', id: 'action-1', verb: pressed.verb, data: pressed.data } },
    } as Partial<Activity>);
    const response = adapter.activeQueue.find((a) => a.type === 'invokeResponse')?.value as
      { body: { value: Record<string, unknown> } } | undefined;
    if (!response) throw new Error('the bot did not answer the card');
    return response.body.value;
  };
  /** One reminder run of the bot, with Teams for the channel's members; the cards it posted, by chat. */
  const remindersRun = async (): Promise<string[]> => {
    const before = connector.cards.length;
    const summary = await runReminders(h.app.ports, {
      notifier: { deliver: async () => ({ outcome: 'sent', activityId: null, attempts: 1 }) },
      settings: reminderSettings(),
      holder: 'test',
      channelMessenger: messenger(),
    });
    expect(summary.outcome).toBe('completed');
    return connector.cards.slice(before).map((c) => c.chat);
  };
  const cardTo = (chat: string, nth = -1): Record<string, unknown> =>
    (connector.cards.filter((c) => c.chat === chat).at(nth)?.body ?? {}) as Record<string, unknown>;

  beforeAll(async () => {
    h = await startHarness();
    tenant = (await h.app.ports.store.get('person', TOM))?.tenantId ?? 'no tenant';
    const tom = { id: '29:tom', aadObjectId: demoGuid(`person:${TOM}`), name: 'Tom Fitzgerald', userRole: 'user' };
    connector = new FakeConnector(
      CHANNEL,
      [
        [AMY, BEN],
        [CAT, tom],
      ],
      { throttleOnce: [] },
    );
    const serviceUrl = await connector.start();
    // Opened on Thursday 26 November, closing on Thursday 3 December.
    ({ runId } = await openStaffRunInCoastChannel(
      h,
      { id: CHANNEL, tenantId: tenant, serviceUrl },
      '2026-12-03T17:00:00Z',
    ));
    await sendToChannelMembers(h.app.ports, await principalOf('p-sl-coast'), ASSESSMENT, runId, messenger());
    // Amy answers from her card in chat; Ben has not answered; Cat's card never reached her.
    const form = await press(AMY, buttonOf(cardTo('a:chat-29:amy'), VERBS.questionnaireOpen));
    const send = buttonOf(form, VERBS.questionnaireAnswer);
    expect(textOf(await press(AMY, { verb: send.verb, data: { ...send.data, ...ANSWERS } }))).toContain(
      'your answers are in',
    );
  });
  afterAll(async () => {
    await connector.stop();
    await h.close();
  });

  it('says nothing more to them while the closing date is still a week away', async () => {
    h.now.value = new Date('2026-11-27T10:00:00Z');
    expect(await remindersRun()).toEqual([]);
  });

  it('reminds, in the last days, those sent it as members who have not answered: not those who have, nor those never reached', async () => {
    h.now.value = new Date('2026-12-01T10:00:00Z'); // Tuesday: closes in under three days
    connector.throttleOnce.add('29:ben');
    const chats = await remindersRun();
    expect(chats.sort()).toEqual(['a:chat-29:ben', 'a:chat-29:tom']);
    const reminder = cardTo('a:chat-29:ben');
    expect(textOf(reminder)).toContain('Reminder:');
    expect(textOf(reminder)).toContain('You have not answered yet, and the questionnaire closes soon.');
    // Ben can answer from it in chat, as from the invitation.
    const form = await press(BEN, buttonOf(reminder, VERBS.questionnaireOpen));
    expect(buttonOf(form, VERBS.questionnaireAnswer).verb).toBe(VERBS.questionnaireAnswer);
    // Teams throttled opening Ben's chat: the bot waited for its Retry-After, as every reminder does.
    expect(waits.some((ms) => ms >= 2_000)).toBe(true);
    expect(connector.chatsOpened).not.toContain('29:cat');
  });

  it('reminds each of them once, however often the reminders run', async () => {
    expect(await remindersRun()).toEqual([]);
    h.now.value = new Date('2026-12-02T10:00:00Z');
    expect(await remindersRun()).toEqual([]);
  });

  it('keeps only "has been reminded" against them, never anything of what anyone answered', async () => {
    const reminded = (await h.app.ports.store.query('notification', {}))
      .filter((n) => n.id.endsWith(`${runId}:reminder`))
      .map((n) => n.personId);
    expect(reminded.some((p) => p.includes('oid-amy'))).toBe(false);
    expect(reminded.some((p) => p.includes('oid-ben'))).toBe(true);
    const answers = await h.app.ports.store.query('questionnaireAnswer', { runId });
    expect(JSON.stringify(answers)).not.toContain('oid-');
  });
});
