import { answeredMarkerId } from '../../src/domain/questionnaires/questionnaire-answer';
import type { Questionnaire } from '../../src/domain/questionnaires/questionnaire';
import type { QuestionnaireRun } from '../../src/domain/questionnaires/questionnaire-run';
import { STARTER_QUESTIONNAIRES } from '../../src/domain/questionnaires/starter-questionnaires';
import { payloadOf } from '../../src/services/reminders/records';
import { runReminders } from '../../src/services/reminders/run';
import { reminderSettings } from '../../src/services/reminders/settings';
import { cardForContent } from '../../bot/notification-cards';
import { checkCard } from './adaptive-cards-renderer';
import { CONTEXT } from './card-samples';
import { botHarness, execute, submit, textOf, cardOf, type BotHarness } from './teams-activities';

const RUN_ID = 'cycle-current:svc-slam-coast:fw-mind-body-v1:staff-starter:en-GB';
/** The demo's COAST staff: its service lead and two contributors. */
const COAST_STAFF = ['p-contrib-coast-1', 'p-contrib-coast-2', 'p-sl-coast'];
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
  q_S10: 'Protected time for training would help.',
};

function buttonsOf(card: Record<string, unknown>): { title: string; verb?: string; data?: Record<string, unknown> }[] {
  return (card['actions'] as { title: string; verb?: string; data?: Record<string, unknown> }[] | undefined) ?? [];
}

describe('staff answer the staff questionnaire in chat', () => {
  let h: BotHarness;

  async function openStaffRun(closesAt = '2026-12-18T17:00:00.000Z'): Promise<void> {
    const draft = STARTER_QUESTIONNAIRES[0]!;
    const questionnaire: Questionnaire = {
      ...draft,
      id: 'fw-mind-body-v1:staff-starter:en-GB',
      version: 0,
      frameworkId: 'fw-mind-body-v1',
      createdAt: '2026-11-01T09:00:00.000Z',
    };
    const run: QuestionnaireRun = {
      id: RUN_ID,
      version: 0,
      questionnaireId: questionnaire.id,
      audience: 'staff',
      serviceId: 'svc-slam-coast',
      organisationId: 'org-slam',
      cycleId: 'cycle-current',
      frameworkId: 'fw-mind-body-v1',
      tokenHash: 'staff-run-token-hash',
      openedBy: 'p-sl-coast',
      openedAt: '2026-11-26T08:00:00.000Z',
      closesAt,
      minimumAnswers: 5,
    };
    await h.ports.store.commit({ actorId: 'test', at: '2026-11-26T08:00:00.000Z' }, [
      { op: 'put', kind: 'questionnaire', value: questionnaire, expectedVersion: 0 },
      { op: 'put', kind: 'questionnaireRun', value: run, expectedVersion: 0 },
    ]);
  }

  /** One reminder run; the staff questionnaire messages it sent, by person. */
  async function remindersRun(): Promise<{ personId: string; id: string }[]> {
    h.notifier.delivered.splice(0);
    await runReminders(h.ports, { notifier: h.notifier, settings: reminderSettings(), holder: 'test' });
    return h.notifier.delivered
      .filter((d) => d.kind === 'staff_questionnaire')
      .map((d) => ({ personId: d.personId ?? '', id: d.notificationId }))
      .sort((a, b) => a.personId.localeCompare(b.personId));
  }

  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(async () => h.close());

  it("sends the questionnaire once to each of the service's staff, with a card that opens it in chat", async () => {
    await openStaffRun();
    const sent = await remindersRun();
    expect(sent.map((s) => s.personId)).toEqual(COAST_STAFF);
    expect(await remindersRun()).toEqual([]);

    const record = await h.ports.store.get('notification', sent[0]!.id);
    const content = record ? payloadOf(record).content : null;
    if (!content) throw new Error('no content stored');
    const card = cardForContent(content, CONTEXT);
    expect(textOf(card)).toMatch(/COAST.* asks its staff: /);
    expect(textOf(card)).toMatch(/your answers are anonymous/);
    expect(buttonsOf(card).map((b) => b.title)).toEqual(['Answer here in chat', 'Answer in the tab']);
    expect(checkCard(card)).toEqual([]);
  });

  it('opens the form in chat and stores the answer without the person, then thanks them', async () => {
    await openStaffRun();
    const jamal = await h.person('p-contrib-coast-1');
    const { card: form } = await h.invoke(
      execute(jamal, 'questionnaire.open', { verb: 'questionnaire.open', runId: RUN_ID }),
    );
    expect(textOf(form)).toMatch(/Your answers are anonymous/);
    expect(JSON.stringify(form)).toContain('"id":"q_S1"');
    expect(buttonsOf(form)[0]).toMatchObject({ title: 'Send my answers', verb: 'questionnaire.answer' });
    expect(checkCard(form)).toEqual([]);

    const { card: thanks } = await h.invoke(
      execute(jamal, 'questionnaire.answer', { verb: 'questionnaire.answer', runId: RUN_ID, ...ANSWERS }),
    );
    expect(textOf(thanks)).toMatch(/Thank you: your answers are in/);
    const [answer] = await h.ports.store.query('questionnaireAnswer', { runId: RUN_ID });
    expect(answer).toMatchObject({ source: 'teams', choices: { S1: 'agree', S9: 'strongly_agree' } });
    expect(JSON.stringify(answer)).not.toContain(jamal.id);
    expect(await h.ports.store.get('questionnaireMarker', answeredMarkerId(RUN_ID, jamal.id))).toBeDefined();
  });

  it('refuses a second answer kindly, from the card or its Action.Submit fallback, and counts one', async () => {
    await openStaffRun();
    const jamal = await h.person('p-contrib-coast-1');
    const answer = { verb: 'questionnaire.answer', runId: RUN_ID, ...ANSWERS };
    await h.invoke(execute(jamal, 'questionnaire.answer', answer));
    const { card: again } = await h.invoke(execute(jamal, 'questionnaire.answer', answer));
    expect(textOf(again)).toMatch(/You have already answered this questionnaire: thank you/);
    const [fallback] = await h.send(submit(jamal, answer));
    expect(textOf(cardOf(fallback))).toMatch(/You have already answered this questionnaire: thank you/);
    expect((await h.ports.store.get('questionnaireTally', RUN_ID))?.answers).toBe(1);
  });

  it('keeps what was chosen and says which question is missing, storing nothing', async () => {
    await openStaffRun();
    const sophie = await h.person('p-contrib-coast-2');
    const { q_S2: _left, ...partial } = ANSWERS;
    const { card } = await h.invoke(
      execute(sophie, 'questionnaire.answer', { verb: 'questionnaire.answer', runId: RUN_ID, ...partial }),
    );
    expect(textOf(card)).toMatch(/Please answer question 2\. .*Nothing was saved/);
    expect(JSON.stringify(card)).toContain('"value":"Protected time for training would help."');
    expect(await h.ports.store.query('questionnaireMarker', { runId: RUN_ID })).toEqual([]);
    expect(checkCard(card)).toEqual([]);
  });

  it('reminds those who have not answered once, in the last days before it closes', async () => {
    await openStaffRun('2026-12-04T17:00:00.000Z');
    expect(await remindersRun()).toHaveLength(3);
    const jamal = await h.person('p-contrib-coast-1');
    await h.invoke(execute(jamal, 'questionnaire.answer', { verb: 'questionnaire.answer', runId: RUN_ID, ...ANSWERS }));

    h.clock.set(new Date('2026-11-30T10:00:00Z')); // a Monday, four days before it closes: not yet
    expect(await remindersRun()).toEqual([]);
    h.clock.set(new Date('2026-12-02T10:00:00Z')); // two days before
    const reminded = await remindersRun();
    expect(reminded.map((r) => r.personId)).toEqual(['p-contrib-coast-2', 'p-sl-coast']);
    expect(reminded.every((r) => r.id.endsWith(':reminder'))).toBe(true);
    h.clock.set(new Date('2026-12-03T10:00:00Z'));
    expect(await remindersRun()).toEqual([]);
  });
});
