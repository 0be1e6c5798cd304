import { responseId } from '../../src/domain/assessment';
import { runReminders } from '../../src/services/reminders/run';
import { reminderSettings } from '../../src/services/reminders/settings';
import { checkCard } from './adaptive-cards-renderer';
import {
  botHarness,
  cardOf,
  channel,
  execute,
  installation,
  message,
  mri,
  submit,
  textOf,
  type BotHarness,
} from './teams-activities';

const COAST = 'a-cur-svc-slam-coast';

describe('the bot, driven by TestAdapter with activities as Teams sends them', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(async () => h.close());

  const auditCount = async () => (await h.ports.store.auditForAssessment(COAST)).length;

  describe('install and identity', () => {
    it('stores the personal conversation on install, linked by tenant + object id, and removes it on uninstall', async () => {
      const jamal = await h.person('p-contrib-coast-1');
      const replies = await h.send(installation(jamal, 'add'));
      const [stored] = await h.ports.store.query('conversation', { personId: jamal.id });
      expect(stored).toMatchObject({
        id: `personal:${jamal.tenantId}:${jamal.objectId}`,
        scope: 'personal',
        tenantId: jamal.tenantId,
        objectId: jamal.objectId,
        status: 'active',
        reference: {
          conversation: { id: `a:personal-${jamal.id}` },
          serviceUrl: 'https://smba.trafficmanager.net/emea/',
        },
      });
      expect(stored?.reference).not.toHaveProperty('activityId');
      expect(textOf(cardOf(replies[0]))).toMatch(/I will remind you/);

      await h.send(installation(jamal, 'remove'));
      expect(await h.ports.store.query('conversation', { personId: jamal.id })).toEqual([]);
    });

    it('binds a team channel to the service its installer leads', async () => {
      const ella = await h.person('p-sl-coast');
      await h.send(installation(ella, 'add', channel()));
      const [record] = await h.ports.store.query('conversation', { serviceId: 'svc-slam-coast' });
      expect(record).toMatchObject({ scope: 'team', personId: null, id: 'team:19:coast-general@thread.tacv2' });
    });

    it('tells someone the network does not know that they are not known, and stores nothing personal about them', async () => {
      const stranger = { ...(await h.person('p-viewer')), id: 'x', objectId: 'not-in-network' };
      const replies = await h.send(message(stranger, 'next'));
      expect(textOf(cardOf(replies[0]))).toMatch(/no record of you/);
    });
  });

  describe('commands', () => {
    it.each([
      ['help', /What I can do/],
      ['progress', /COAST early intervention service/],
      ['next', /4\.3/],
      ['snooze', /Until when\?/],
      ['please rate everything', /I did not understand "please rate everything"/],
      // "as" (stand in for a demo person) exists only in local use without bot credentials.
      ['as ella.morgan@slam.nhs.example', /I did not understand "as ella\.morgan@slam\.nhs\.example"/],
    ])('"%s"', async (text, expected) => {
      const jamal = await h.person('p-contrib-coast-1');
      const [reply] = await h.send(message(jamal, text));
      const card = cardOf(reply);
      expect(textOf(card)).toMatch(expected);
      expect(checkCard(card)).toEqual([]);
    });

    it('understands a command in a channel, after the @mention, and sends personal work privately', async () => {
      const ella = await h.person('p-sl-coast');
      await h.send(installation(ella, 'add'));
      const [reply] = await h.send(message(ella, '<at>Mind &amp; Body QIN</at> next', channel()));
      // Nothing of Ella's own work in the channel: a pointer there, her to-do list in her personal chat.
      expect(textOf(cardOf(reply))).toMatch(/I have sent your work to our personal chat/);
      expect(textOf(cardOf(reply))).not.toMatch(/3\.3/);
      expect(h.notifier.delivered).toEqual([expect.objectContaining({ personId: ella.id, kind: 'on-request' })]);
    });

    it('shows in a channel the progress of the service the channel follows', async () => {
      const ella = await h.person('p-sl-coast');
      await h.send(installation(ella, 'add', channel()));
      const jamal = await h.person('p-contrib-coast-1');
      const [reply] = await h.send(message(jamal, '<at>Mind &amp; Body QIN</at> progress', channel()));
      const text = textOf(cardOf(reply));
      expect(text).toMatch(/COAST early intervention service: Cycle 2026\/27/);
      expect(text).toMatch(/\d+ of \d+ standards rated/);
      expect(text).not.toMatch(/Hello Jamal|Assigned to you/);
      expect(checkCard(cardOf(reply))).toEqual([]);
    });

    it('never answers a rating button in a channel with a rating card (it would replace the card for everyone)', async () => {
      const jamal = await h.person('p-contrib-coast-1');
      const data = { verb: 'rate.open', assessmentId: COAST, standardCode: '4.3' };
      const { card } = await h.invoke(execute(jamal, 'rate.open', data, channel()));
      expect(textOf(card)).toMatch(/I have sent your work to our personal chat/);
      expect(JSON.stringify(card)).not.toContain('Input.ChoiceSet');
    });
  });

  describe('rating in chat (Action.Execute)', () => {
    it('saves through the same service as the tab and answers with the next standard, to the end', async () => {
      const jamal = await h.person('p-contrib-coast-1');
      const codes = ['4.3', '4.4', '4.5', '4.8'];
      for (const [i, code] of codes.entries()) {
        const current = await h.ports.store.get('response', responseId(COAST, code));
        const { card } = await h.invoke(
          execute(jamal, 'rate.save', {
            verb: 'rate.save',
            assessmentId: COAST,
            standardCode: code,
            version: current?.version,
            rating: 'met',
            narrative: `Narrative for ${code}`,
            naReason: '',
          }),
        );
        expect(await h.ports.store.get('response', responseId(COAST, code))).toMatchObject({
          rating: 'met',
          narrative: `Narrative for ${code}`,
          updatedBy: jamal.id,
        });
        const next = codes[i + 1];
        expect(textOf(card)).toMatch(
          next
            ? new RegExp(`Saved ${code} as Met[\\s\\S]*${next.replace('.', '\\.')} `)
            : /Nothing left for you to rate/,
        );
        expect(checkCard(card)).toEqual([]);
      }
    });

    it('shows stale data (someone else rated it) and does not overwrite it', async () => {
      const [jamal, ella] = [await h.person('p-contrib-coast-1'), await h.person('p-sl-coast')];
      const before = await h.ports.store.get('response', responseId(COAST, '4.3'));
      // Ella rates 4.3 from her card first.
      await h.invoke(
        execute(ella, 'rate.save', {
          verb: 'rate.save',
          assessmentId: COAST,
          standardCode: '4.3',
          version: before?.version,
          rating: 'partly_met',
          narrative: 'Ella',
        }),
      );
      const { card } = await h.invoke(
        execute(jamal, 'rate.save', {
          verb: 'rate.save',
          assessmentId: COAST,
          standardCode: '4.3',
          version: before?.version,
          rating: 'met',
          narrative: 'Jamal',
        }),
      );
      expect(await h.ports.store.get('response', responseId(COAST, '4.3'))).toMatchObject({
        rating: 'partly_met',
        narrative: 'Ella',
      });
      expect(textOf(card)).toMatch(
        /Ella Morgan changed this standard while you were looking \(now Partly met\)\. Nothing was saved/,
      );
      expect(JSON.stringify(card)).toContain('"value":"Jamal"'); // what he typed is kept
      expect(textOf(card)).toMatch(/Ella Morgan wrote: "Ella"/); // and what she wrote is shown, not just her rating
    });

    it('says the skipped standard is still to rate when it is the last one open, not that everything is rated', async () => {
      const jamal = await h.person('p-contrib-coast-1');
      for (const code of ['4.3', '4.4', '4.5']) {
        const current = await h.ports.store.get('response', responseId(COAST, code));
        await h.invoke(
          execute(jamal, 'rate.save', {
            verb: 'rate.save',
            assessmentId: COAST,
            standardCode: code,
            version: current?.version,
            rating: 'met',
          }),
        );
      }
      const data = { verb: 'rate.skip', assessmentId: COAST, standardCode: '4.8' };
      const { card } = await h.invoke(execute(jamal, 'rate.skip', data));
      expect(textOf(card)).not.toMatch(/Every standard waiting for you is rated/);
      expect(textOf(card)).toMatch(/4\.8 is the only standard still waiting for you/);
      expect(checkCard(card)).toEqual([]);
    });

    it('keeps the deadline banner when the card refreshes', async () => {
      const ella = await h.person('p-sl-coast');
      h.clock.set(new Date('2026-12-28T10:00:00Z'));
      const { card } = await h.invoke(execute(ella, 'card.refresh', { verb: 'card.refresh', target: 'digest' }));
      expect(textOf(card)).toMatch(/The self-assessment must be submitted by 10 January 2027/);
    });

    it('refreshes the card for whoever looks at it', async () => {
      const [jamal, ella] = [await h.person('p-contrib-coast-1'), await h.person('p-sl-coast')];
      const data = { verb: 'card.refresh', target: 'rate', assessmentId: COAST, standardCode: '4.3' };
      const forJamal = await h.invoke(execute(jamal, 'card.refresh', data));
      const forElla = await h.invoke(execute(ella, 'card.refresh', data));
      const actions = (card: Record<string, unknown>) => (card['actions'] as { title: string }[]).map((a) => a.title);
      expect(actions(forJamal.card)).toContain('Not mine');
      expect(actions(forElla.card)).not.toContain('Not mine');
      expect(forJamal.card['refresh']).toMatchObject({ userIds: [mri(jamal)] });
    });

    it('accepts the Action.Submit fallback of older clients the same way', async () => {
      const jamal = await h.person('p-contrib-coast-1');
      const current = await h.ports.store.get('response', responseId(COAST, '4.3'));
      const replies = await h.send(
        submit(jamal, {
          verb: 'rate.save',
          assessmentId: COAST,
          standardCode: '4.3',
          version: current?.version,
          rating: 'not_met',
          narrative: 'old client',
        }),
      );
      expect(await h.ports.store.get('response', responseId(COAST, '4.3'))).toMatchObject({ rating: 'not_met' });
      expect(replies[0]?.id).toBe('card-1'); // the submitted card is replaced, as Action.Execute would
      expect(textOf(cardOf(replies[0]))).toMatch(/Saved 4\.3 as Not met/);
    });
  });

  describe('bad input and failure: a card that says what went wrong, nothing written', () => {
    const save = (over: Record<string, unknown>) => ({
      verb: 'rate.save',
      assessmentId: COAST,
      standardCode: '4.3',
      version: 1,
      rating: 'met',
      narrative: 'x',
      ...over,
    });

    it.each([
      ['a missing verb', undefined, {}, /did not say what to do/],
      [
        'a forged verb',
        'admin.deleteEverything',
        { verb: 'admin.deleteEverything' },
        /asked for "admin\.deleteEverything", which this app does not do/,
      ],
      [
        'a verb with data that does not fit',
        'rate.save',
        { verb: 'rate.save', assessmentId: COAST },
        /cannot use \(standardCode/,
      ],
      [
        'a rating outside the scale',
        'rate.save',
        save({ rating: 'excellent' }),
        /Choose one of: Met, Partly met, Not met, Not applicable\. Nothing was saved/,
      ],
      [
        'not applicable without a reason',
        'rate.save',
        save({ rating: 'not_applicable', naReason: ' ' }),
        /needs a reason\. Nothing was saved/,
      ],
      [
        'a standard assigned to someone else',
        'rate.save',
        save({ standardCode: '2.3' }),
        /2\.3 is assigned to Sophie Clarke; only they or a lead can rate it/,
      ],
      [
        'a standard that is not in the assessment',
        'rate.save',
        save({ standardCode: '9.9' }),
        /No standard in this assessment with id "9\.9"/,
      ],
    ])('%s', async (_name, verb, data, expected) => {
      const jamal = await h.person('p-contrib-coast-1');
      const before = await auditCount();
      const { status, card } = await h.invoke(execute(jamal, verb, data));
      expect(status).toBe(200);
      expect(textOf(card)).toMatch(expected);
      expect(textOf(card)).toMatch(/Nothing was saved/);
      expect(checkCard(card)).toEqual([]);
      expect(await auditCount()).toBe(before);
    });

    it('refuses data for another service (someone not allowed to read it)', async () => {
      const ben = await h.person('p-contrib-cardio');
      const before = await auditCount();
      const { card } = await h.invoke(execute(ben, 'rate.save', save({})));
      expect(textOf(card)).toMatch(/You are not allowed to see this assessment.*Nothing was saved/s);
      expect(await auditCount()).toBe(before);
    });

    it('refuses a rating once the cycle has closed', async () => {
      const jamal = await h.person('p-contrib-coast-1');
      h.clock.set(new Date('2027-01-12T10:00:00Z'));
      const before = await auditCount();
      const current = await h.ports.store.get('response', responseId(COAST, '4.3'));
      const { card } = await h.invoke(execute(jamal, 'rate.save', save({ version: current?.version })));
      expect(textOf(card)).toMatch(
        /self-assessment window of Cycle 2026\/27 closed on 10 January 2027.*Nothing was saved/s,
      );
      expect(await auditCount()).toBe(before);
    });
  });

  describe('snooze and "not mine"', () => {
    it('snoozes reminders until tomorrow', async () => {
      const jamal = await h.person('p-contrib-coast-1');
      const { card } = await h.invoke(
        execute(jamal, 'reminders.snooze', { verb: 'reminders.snooze', until: 'tomorrow' }),
      );
      expect(textOf(card)).toMatch(/No reminders until 27 November 2026/);
      expect(await h.ports.store.get('notification', `snooze:${jamal.id}`)).toMatchObject({ period: '2026-11-27' });
    });

    it('snoozes "until tomorrow" on a Friday until Monday, the next working day', async () => {
      const jamal = await h.person('p-contrib-coast-1');
      h.clock.set(new Date('2026-11-27T10:00:00Z'));
      const { card } = await h.invoke(
        execute(jamal, 'reminders.snooze', { verb: 'reminders.snooze', until: 'tomorrow' }),
      );
      expect(textOf(card)).toMatch(/No reminders until 30 November 2026/);
    });

    it('understands the manifest\'s own example, "snooze 7 days"', async () => {
      const jamal = await h.person('p-contrib-coast-1');
      const [reply] = await h.send(message(jamal, 'snooze 7 days'));
      expect(textOf(cardOf(reply))).toMatch(/No reminders until 3 December 2026/);
      expect(await h.ports.store.get('notification', `snooze:${jamal.id}`)).toMatchObject({ period: '2026-12-03' });
    });

    it('switches reminders off and back on for oneself, and a reinstall keeps the choice', async () => {
      const jamal = await h.person('p-contrib-coast-1');
      const run = async () => {
        h.notifier.delivered.splice(0);
        const settings = reminderSettings({ digestPeriod: 'daily' });
        await runReminders(h.ports, { notifier: h.notifier, settings, holder: 'a' });
        return h.notifier.delivered.filter((d) => d.personId === jamal.id);
      };
      const [off] = await h.send(message(jamal, 'reminders off'));
      expect(textOf(cardOf(off))).toMatch(/I will not send you reminders any more/);
      await h.send(installation(jamal, 'add'));
      await h.send(message(jamal, 'progress')); // writing again refreshes the conversation, not the choice
      expect(await run()).toEqual([]);

      h.clock.advance(86_400_000);
      const { card } = await h.invoke(execute(jamal, 'reminders.switch', { verb: 'reminders.switch', state: 'on' }));
      expect(textOf(card)).toMatch(/I will remind you of your work again/);
      expect(await run()).toEqual([expect.objectContaining({ kind: 'digest' })]);
    });

    it('tells the service lead, once, when a contributor says a standard is not theirs', async () => {
      const jamal = await h.person('p-contrib-coast-1');
      const ella = await h.person('p-sl-coast');
      await h.send(installation(ella, 'add'));
      const data = { verb: 'rate.notMine', assessmentId: COAST, standardCode: '4.3' };
      const first = await h.invoke(execute(jamal, 'rate.notMine', data));
      expect(textOf(first.card)).toMatch(/I told Ella Morgan in Teams/);
      await h.invoke(execute(jamal, 'rate.notMine', data));
      expect(h.notifier.delivered).toEqual([expect.objectContaining({ personId: ella.id, kind: 'not_mine' })]);
    });
  });
});
