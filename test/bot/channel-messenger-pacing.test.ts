import { connectorChannelMessenger } from '../../bot/sender/channel-messenger';
import { Pacer, type PaceKey, type PacerClock, type Slot } from '../../bot/sender/pacer';
import type { ConversationRecord } from '../../src/domain/conversation';
import type { StaffQuestionnaireContent } from '../../src/services/reminders/content';
import { CONTEXT } from './card-samples';
import { FakeConnector } from './fake-connector';

const CHANNEL = '19:coast-paced@thread.tacv2';
const TENANT = 'tenant-slam';

/** The proactive sender's pacer, watched: which keys each send waited on, and which were held back after a 429. */
class WatchedPacer extends Pacer {
  readonly acquired: string[][] = [];
  readonly paused: { key: string; ms: number }[] = [];
  override acquire(keys: readonly PaceKey[]): Promise<Slot> {
    this.acquired.push(keys.map((k) => k.key));
    return super.acquire(keys);
  }
  override pause(key: string, ms: number): void {
    this.paused.push({ key, ms });
    super.pause(key, ms);
  }
}

/** Time that moves on at once to whatever the pacer waits for: nothing waits on the wall clock. */
class SkippingClock implements PacerClock {
  private t = 0;
  now(): number {
    return this.t;
  }
  setTimer(fn: () => void, ms: number): unknown {
    this.t += ms;
    return setImmediate(fn);
  }
  clearTimer(handle: unknown): void {
    clearImmediate(handle as ReturnType<typeof setImmediate>);
  }
}

const CONTENT: StaffQuestionnaireContent = {
  kind: 'staff_questionnaire',
  personName: 'Ben Therapist',
  runId: 'run-1',
  title: 'Staff questionnaire',
  serviceName: 'COAST',
  closesAt: '2026-12-31T17:00:00Z',
  reminder: false,
};

describe("the channel's questionnaire goes at Teams' pace, as reminders do", () => {
  let connector: FakeConnector;
  let channel: ConversationRecord;

  beforeAll(async () => {
    connector = new FakeConnector(CHANNEL, [[]], { throttleOnce: ['29:ben'] });
    const serviceUrl = await connector.start();
    channel = {
      id: `team:${CHANNEL}`,
      version: 0,
      scope: 'team',
      personId: null,
      tenantId: TENANT,
      objectId: null,
      serviceId: 'svc-slam-coast',
      reference: { serviceUrl, channelId: 'msteams', conversation: { id: CHANNEL, tenantId: TENANT } },
      status: 'active',
      updatedAt: '2026-11-26T09:00:00.000Z',
    };
  });
  afterAll(() => connector.stop());

  it("waits its turn in the app's tenant to open a chat and in the chat to post the card, and holds back after a 429 for its Retry-After", async () => {
    const pacer = new WatchedPacer(new SkippingClock());
    const waits: number[] = [];
    const messenger = connectorChannelMessenger(null, CONTEXT.links, {
      pacer,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    const member = { memberId: '29:ben', objectId: 'oid-ben', name: 'Ben Therapist', userRole: 'user' };
    expect(await messenger.invite(channel, member, CONTENT)).toBe('sent');
    // Opening the chat was throttled once (Retry-After 2 s): tried again after waiting its turn once more.
    expect(pacer.acquired).toEqual([
      [`tenant:${TENANT}`],
      [`tenant:${TENANT}`],
      [`tenant:${TENANT}`, 'conversation:a:chat-29:ben'],
    ]);
    expect(pacer.paused.map((p) => p.key)).toEqual([`tenant:${TENANT}`]);
    expect(pacer.paused[0]?.ms).toBeGreaterThanOrEqual(2_000);
    expect(waits[0]).toBeGreaterThanOrEqual(2_000);
    expect(connector.cards.map((c) => c.chat)).toEqual(['a:chat-29:ben']);
  });
});
