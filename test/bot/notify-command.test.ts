import { checkCard } from './adaptive-cards-renderer';
import { botHarness, cardOf, installation, message, textOf, type BotHarness } from './teams-activities';

/** "notify chat|bell|both": the person chooses in chat where their reminders arrive, as on My work. */
describe('the notify command', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(async () => h.close());

  it('stores "notify bell" on the person and says what it means', async () => {
    const jamal = await h.person('p-contrib-coast-1');
    await h.send(installation(jamal, 'add'));
    const [reply] = await h.send(message(jamal, 'Notify  Bell'));
    const card = cardOf(reply);
    expect(textOf(card)).toMatch(/Teams activity \(the bell\)/);
    expect(textOf(card)).toMatch(/chat message only when the bell cannot reach you/);
    expect(checkCard(card)).toEqual([]);
    expect((await h.ports.store.get('person', jamal.id))?.notifyBy).toBe('bell');
  });

  it('answers "notify" with the current choice, the default until one is made, and how to change it', async () => {
    const jamal = await h.person('p-contrib-coast-1');
    await h.send(installation(jamal, 'add'));
    const [first] = await h.send(message(jamal, 'notify'));
    expect(textOf(cardOf(first))).toMatch(/both: a chat message and the bell/i);
    expect(textOf(cardOf(first))).toMatch(/default until you choose.*notify chat/);
    await h.send(message(jamal, 'notify chat'));
    const [second] = await h.send(message(jamal, 'notify'));
    expect(textOf(cardOf(second))).toMatch(/chat messages from the bot/i);
    expect(textOf(cardOf(second))).not.toMatch(/default/);
  });

  it('lists notify in help', async () => {
    const jamal = await h.person('p-contrib-coast-1');
    const [reply] = await h.send(message(jamal, 'help'));
    // The commands are the card's facts.
    expect(JSON.stringify(cardOf(reply))).toMatch(/notify bell/);
  });
});
