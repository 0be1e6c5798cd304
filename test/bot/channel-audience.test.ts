import { TestAdapter, type Activity } from 'botbuilder';
import pino from 'pino';
import { QinBot } from '../../bot/qin-bot';
import { VERBS } from '../../bot/cards/verbs';
import { answeredMarkerId } from '../../src/domain/questionnaires/questionnaire-answer';
import type { Ports } from '../../src/services/context';
import { DEFAULT_SENDING_WINDOW } from '../../src/services/reminders/sending-window';
import { connectorChannelMessenger } from '../../bot/sender/channel-messenger';
import { resolvePrincipal } from '../../src/services/identity/identity';
import { demoGuid } from '../../src/cli/seed-random';
import type { Principal } from '../../src/services/access-policy';
import { sendToChannelMembers } from '../../src/services/questionnaires/channel-audience';
import { ALREADY_ANSWERED, answerAsStaff, staffQuestionnaire } from '../../src/services/questionnaires/staff-answers';
import { startHarness, type Harness } from '../api/harness';
import { CONTEXT } from './card-samples';
import { textOf } from './teams-activities';
import { FakeConnector, type RosterMember } from './fake-connector';
import { openStaffRunInCoastChannel } from './coast-staff-channel';

const ASSESSMENT = 'a-cur-svc-slam-coast';
const CHANNEL = '19:coast-staff@thread.tacv2';
/** A member of the channel the network knows, though not as COAST's staff: CMHT's team leader. */
const TOM = 'p-sl-cmht';
const TOM_OBJECT_ID = demoGuid(`person:${TOM}`);

/** The channel's roster, on two pages: staff, a guest, a bot, and one person listed on both pages. */
const PAGES: readonly RosterMember[][] = [
  [
    { id: '29:amy', aadObjectId: 'oid-amy', name: 'Amy Nurse', userRole: 'user' },
    { id: '29:ben', aadObjectId: 'oid-ben', name: 'Ben Therapist', userRole: 'user' },
    { id: '29:guest', aadObjectId: 'oid-guest', name: 'Gail Visitor', userRole: 'guest' },
  ],
  [
    { id: '28:other-bot', name: 'Another bot' },
    { id: '29:cat', aadObjectId: 'oid-cat', name: 'Cat Blocked', userRole: 'user' },
    { id: '29:amy', aadObjectId: 'oid-amy', name: 'Amy Nurse', userRole: 'user' },
    { id: '29:tom', aadObjectId: TOM_OBJECT_ID, name: 'Tom Fitzgerald', userRole: 'user' },
  ],
];

describe("the staff questionnaire sent to the members of the service's Teams channel", () => {
  let h: Harness;
  let connector: FakeConnector;
  let runId: string;
  /** The tenant of the service's channel (SLaM's). */
  let tenant: string;
  /** How long the bot waited before trying again (no real time passes in the test). */
  const waits: number[] = [];

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
  const send = async () =>
    sendToChannelMembers(
      h.app.ports,
      await principalOf('p-sl-coast'),
      ASSESSMENT,
      runId,
      connectorChannelMessenger(null, CONTEXT.links, {
        sleep: async (ms) => {
          waits.push(ms);
        },
      }),
    );

  beforeAll(async () => {
    h = await startHarness();
    connector = new FakeConnector(CHANNEL, PAGES);
    const serviceUrl = await connector.start();
    tenant = (await h.app.ports.store.get('person', TOM))?.tenantId ?? 'no tenant';
    ({ runId } = await openStaffRunInCoastChannel(
      h,
      { id: CHANNEL, tenantId: tenant, serviceUrl },
      '2026-12-31T17:00:00Z',
    ));
  });
  afterAll(async () => {
    await connector.stop();
    await h.close();
  });

  it('reads every page of the roster, sends each member of staff the card once, and counts who could not be reached', async () => {
    const summary = await send();
    expect(connector.rosterQueries).toEqual(['?pageSize=500', '?pageSize=500&continuationToken=1']);
    expect(connector.cards.map((c) => c.chat)).toEqual(['a:chat-29:amy', 'a:chat-29:ben', 'a:chat-29:tom']);
    // Ben's chat was throttled once: the bot waited at least Teams' Retry-After, then opened it.
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(2_000);
    expect(JSON.stringify(connector.cards[0]?.body)).toContain('Answer here in chat');
    expect(summary).toMatchObject({ sent: 3, couldNotReach: 1, sentBefore: 0 });
    // Cat is not known to the network, so nothing says she can answer in the tab: she cannot sign in to it.
    expect(summary.message).toBe('3 sent; 1 could not be reached.');
  });

  it('sends nobody a second card when the lead sends again, and tries again only those it could not reach', async () => {
    const summary = await send();
    expect(connector.cards).toHaveLength(3);
    expect(summary).toMatchObject({ sent: 0, couldNotReach: 1, sentBefore: 3 });
    expect(summary.message).toBe('0 sent; 1 could not be reached. 3 people had it already and were not sent it again.');
  });

  it('lets a member of the channel the network knows answer it, though not listed as the service’s staff', async () => {
    const tom = await principalOf(TOM);
    const form = await staffQuestionnaire(h.app.ports, tom, runId);
    expect(form.answer).toEqual({ allowed: true });
    const choices = Object.fromEntries(
      form.questions.filter((q) => q.options.length > 0).map((q) => [q.code, q.options[0]?.value ?? '']),
    );
    await answerAsStaff(h.app.ports, tom, runId, { choices, texts: {} });
    expect((await h.app.ports.store.get('questionnaireTally', runId))?.answers).toBe(1);
  });
  it('says Teams did not list the channel, and sends nothing, when the roster is refused', async () => {
    connector.rosterRefusal = 403;
    try {
      await expect(send()).rejects.toThrow(
        "Teams did not list the members of the service's channel (Teams answered 403)",
      );
      expect(connector.cards).toHaveLength(3);
    } finally {
      connector.rosterRefusal = null;
    }
  });

  describe('a member of the channel the network does not know', () => {
    const AMY = { id: '29:amy', aadObjectId: 'oid-amy', name: 'Amy Nurse' };
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
      q_S10: 'A quiet room for breaks would help.',
    };
    interface Button {
      readonly verb: string;
      readonly data: Record<string, unknown>;
    }

    const buttonsOf = (card: unknown): Button[] => {
      const found: Button[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (typeof node === 'object' && node !== null) {
          const r = node as Record<string, unknown>;
          if (r['type'] === 'Action.Execute' && typeof r['verb'] === 'string') {
            found.push({ verb: r['verb'], data: (r['data'] as Record<string, unknown> | undefined) ?? {} });
          }
          Object.values(r).forEach(walk);
        }
      };
      walk(card);
      return found;
    };
    const button = (card: unknown, verb: string): Button => {
      const found = buttonsOf(card).find((b) => b.verb === verb);
      if (!found) throw new Error(`no ${verb} button on ${JSON.stringify(card)}`);
      return found;
    };

    /** A card's button pressed in the member's chat with the bot, the invoke authenticated by the Bot Framework. */
    const press = async (
      member: { id: string; aadObjectId: string; name: string },
      tenantId: string,
      pressed: Button,
      ports: Ports = h.app.ports,
    ): Promise<Record<string, unknown>> => {
      const bot = new QinBot({
        ports,
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
        conversation: { id: `a:chat-${member.id}`, conversationType: 'personal', tenantId, isGroup: false },
        channelData: { tenant: { id: tenantId } },
        replyToId: 'card-1',
        value: { action: { type: 'Action.Execute', id: 'action-1', verb: pressed.verb, data: pressed.data } },
      } as Partial<Activity>);
      const response = adapter.activeQueue.find((a) => a.type === 'invokeResponse')?.value as
        { body: { value: Record<string, unknown> } } | undefined;
      if (!response) throw new Error('the bot did not answer the card');
      return response.body.value;
    };
    /** The buttons that open the tab (Action.OpenUrl), by title. */
    const tabLinksOn = (card: unknown): string[] => {
      const titles: string[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (typeof node === 'object' && node !== null) {
          const r = node as Record<string, unknown>;
          if (r['type'] === 'Action.OpenUrl') titles.push(String(r['title']));
          Object.values(r).forEach(walk);
        }
      };
      walk(card);
      return titles;
    };
    const invitationOf = (chat: string): Button => {
      const card = connector.cards.find((c) => c.chat === chat)?.body;
      return button(card, VERBS.questionnaireOpen);
    };
    const answersCounted = async (): Promise<number> =>
      (await h.app.ports.store.get('questionnaireTally', runId))?.answers ?? 0;
    let answerPressed: Button;

    it('opens the questionnaire from the card they were sent and answers it in chat; the count goes up', async () => {
      const before = await answersCounted();
      const form = await press(AMY, tenant, invitationOf('a:chat-29:amy'));
      expect(textOf(form)).not.toContain('I do not know you');
      // They cannot sign in to the tab, so neither card offers it; Tom, whom the network knows, is offered it.
      expect(tabLinksOn(connector.cards.find((c) => c.chat === 'a:chat-29:amy')?.body)).toEqual([]);
      expect(tabLinksOn(form)).toEqual([]);
      expect(tabLinksOn(connector.cards.find((c) => c.chat === 'a:chat-29:tom')?.body)).toHaveLength(1);
      const send = button(form, VERBS.questionnaireAnswer);
      answerPressed = { verb: send.verb, data: { ...send.data, ...ANSWERS } };
      const thanks = await press(AMY, tenant, answerPressed);
      expect(textOf(thanks)).toContain('Thank you: your answers are in');
      expect(await answersCounted()).toBe(before + 1);
    });

    it('refuses a second answer from them with a card that says they have answered', async () => {
      const before = await answersCounted();
      const again = await press(AMY, tenant, answerPressed);
      expect(textOf(again)).toContain(ALREADY_ANSWERED);
      const reopened = await press(AMY, tenant, invitationOf('a:chat-29:amy'));
      expect(textOf(reopened)).toContain(ALREADY_ANSWERED);
      expect(await answersCounted()).toBe(before);
    });

    it('refuses the same object id from another tenant, a member who was not sent this run, and a tenant the network does not allow', async () => {
      const before = await answersCounted();
      const refused = [
        // Amy's object id, claimed from another organisation's tenant.
        await press(AMY, '99999999-9999-4999-8999-999999999999', answerPressed),
        // The guest was never sent the card; Cat's could not be delivered.
        await press({ id: '29:guest', aadObjectId: 'oid-guest', name: 'Gail Visitor' }, tenant, answerPressed),
        await press({ id: '29:cat', aadObjectId: 'oid-cat', name: 'Cat Blocked' }, tenant, answerPressed),
        // Ben was sent it, but the channel's tenant is not one the network allows (any more).
        await press({ id: '29:ben', aadObjectId: 'oid-ben', name: 'Ben Therapist' }, tenant, answerPressed, {
          ...h.app.ports,
          tenantTrust: {
            hostTenantId: '11111111-1111-4111-8111-111111111111',
            allowedTenantIds: ['11111111-1111-4111-8111-111111111111'],
          },
        }),
      ];
      for (const card of refused) {
        expect(textOf(card)).toContain('I do not know you yet');
        expect(textOf(card)).not.toContain('your answers are in');
      }
      expect(await answersCounted()).toBe(before);
    });

    it('leaves no link from their answer to them: only the "has answered" marker names the card they were sent', async () => {
      const markers = await h.app.ports.store.query('questionnaireMarker', { runId });
      const amys = markers.filter((m) => m.personId.includes('oid-amy'));
      expect(amys).toHaveLength(1);
      expect(amys[0]?.id).toBe(answeredMarkerId(runId, amys[0]?.personId ?? ''));
      const answers = await h.app.ports.store.query('questionnaireAnswer', { runId });
      const comments = await h.app.ports.store.query('questionnaireComment', { runId });
      expect(answers.length).toBeGreaterThanOrEqual(2);
      const stored = JSON.stringify([answers, comments, await h.app.ports.store.get('questionnaireTally', runId)]);
      expect(comments.map((c) => c.text)).toContain(ANSWERS.q_S10);
      for (const trace of ['oid-amy', 'Amy', '29:amy', amys[0]?.personId ?? 'marker']) {
        expect(stored).not.toContain(trace);
      }
      for (const answer of answers) {
        expect(await h.app.ports.store.auditForEntity('questionnaireAnswer', answer.id)).toEqual([]);
      }
      expect(await h.app.ports.store.auditForEntity('questionnaireTally', runId)).toEqual([]);
      // The marker's one event carries the day only, so no time of day pairs it with an answer either.
      const markerEvents = await h.app.ports.store.auditForEntity('questionnaireMarker', amys[0]?.id ?? '');
      expect(markerEvents.map((e) => e.at.slice(10))).toEqual(['T00:00:00.000Z']);
    });

    it('still counts their chat answer once the network links them to an invitation, and lets a member sent the card before being linked answer', async () => {
      // Amy and Ben were invited by e-mail and now sign in for the first time: the network links their identities.
      const template = await h.app.ports.store.get('person', TOM);
      if (!template) throw new Error('no template person');
      const linked = (id: string, objectId: string, name: string) => ({
        ...template,
        id,
        version: 0,
        displayName: name,
        email: `${id}@slam.nhs.example`,
        objectId,
      });
      await h.app.ports.store.commit({ actorId: 'test', at: '2026-11-27T09:00:00.000Z' }, [
        { op: 'put', kind: 'person', value: linked('p-amy', 'oid-amy', 'Amy Nurse'), expectedVersion: 0 },
        { op: 'put', kind: 'person', value: linked('p-ben', 'oid-ben', 'Ben Therapist'), expectedVersion: 0 },
      ]);
      const amy = await staffQuestionnaire(h.app.ports, await principalOf('p-amy'), runId);
      expect(amy.answer).toEqual({ allowed: false, reason: ALREADY_ANSWERED });
      const ben = await staffQuestionnaire(h.app.ports, await principalOf('p-ben'), runId);
      expect(ben.answer).toEqual({ allowed: true });
      // Known now, Ben opens the card he was sent in chat and is offered the tab as well.
      const form = await press(
        { id: '29:ben', aadObjectId: 'oid-ben', name: 'Ben Therapist' },
        tenant,
        invitationOf('a:chat-29:ben'),
      );
      expect(tabLinksOn(form)).toEqual(['Answer in the tab instead']);
    });
  });
});
