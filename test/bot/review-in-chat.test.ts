import { reviewerRatingId } from '../../src/domain/review';
import type { Principal } from '../../src/services/access-policy';
import { startReview } from '../../src/services/review/review-decisions';
import { reviewStandardCard, SELF_NARRATIVE_CHARS } from '../../bot/cards/review-standard';
import { checkCard } from './adaptive-cards-renderer';
import { CONTEXT, REVIEW_VIEW } from './card-samples';
import { botHarness, cardOf, execute, mri, submit, textOf, type BotHarness } from './teams-activities';

const RHEUM = 'a-cur-svc-gstt-rheum';
/** Inside the demo's peer review window (11 January to 6 March 2027). */
const IN_REVIEW = new Date('2027-01-12T10:00:00Z');

function saveData(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    verb: 'review.save',
    assessmentId: RHEUM,
    standardCode: '1.1',
    version: 0,
    rating: 'met',
    comment: '',
    ...over,
  };
}

function inputsOf(card: Record<string, unknown>): string[] {
  return (JSON.stringify(card).match(/"id":"[^"]+"/g) ?? []).map((m) => m.slice(6, -1));
}

function buttonsOf(card: Record<string, unknown>): { title: string; verb?: string; data?: Record<string, unknown> }[] {
  return (card['actions'] as { title: string; verb?: string; data?: Record<string, unknown> }[] | undefined) ?? [];
}

describe('a reviewer rates a standard in chat', () => {
  let h: BotHarness;

  async function principalOf(personId: string): Promise<Principal> {
    return { person: await h.person(personId), roles: await h.ports.store.query('roleAssignment', { personId }) };
  }

  async function startTheReview(): Promise<void> {
    const assessment = await h.ports.store.get('assessment', RHEUM);
    await startReview(h.ports, await principalOf('p-lead-reviewer'), RHEUM, assessment?.version ?? 0);
  }

  async function firstStandard(): Promise<string> {
    const kwame = await h.person('p-peer-mh');
    const { card } = await h.invoke(execute(kwame, 'review.open', { verb: 'review.open', assessmentId: RHEUM }));
    const save = buttonsOf(card).find((b) => b.verb === 'review.save');
    return String(save?.data?.['standardCode']);
  }

  beforeEach(async () => {
    h = await botHarness();
    h.clock.set(IN_REVIEW);
  });
  afterEach(async () => h.close());

  it('opens the first standard still to rate, with the service rating, the reviewer role and the form', async () => {
    await startTheReview();
    const kwame = await h.person('p-peer-mh');
    const { card } = await h.invoke(execute(kwame, 'review.open', { verb: 'review.open', assessmentId: RHEUM }));
    const text = textOf(card);
    expect(text).toMatch(/What the service said/);
    expect(text).toMatch(/The service rated it (Met|Partly met|Not met|Not applicable)|did not rate this standard/);
    expect(text).toMatch(/You are the peer reviewer/);
    expect(inputsOf(card)).toEqual(expect.arrayContaining(['rating', 'comment']));
    expect(buttonsOf(card).map((b) => b.title)).toEqual(
      expect.arrayContaining(['Save my rating', 'Open in the review workspace']),
    );
    const open = buttonsOf(card).find((b) => b.title === 'Open in the review workspace') as { url?: string };
    expect(decodeURIComponent(open.url ?? '')).toContain(`"subEntityId":"assessment:${RHEUM}:review:`);
    expect(card['refresh']).toMatchObject({ action: { data: { target: 'review_standard', assessmentId: RHEUM } } });
    expect(checkCard(card)).toEqual([]);
  });

  it('saves the rating and comment through the review service and shows what was saved', async () => {
    await startTheReview();
    const code = await firstStandard();
    const kwame = await h.person('p-peer-mh');
    const { card } = await h.invoke(
      execute(
        kwame,
        'review.save',
        saveData({ standardCode: code, rating: 'partly_met', comment: 'Clinic letters only.' }),
      ),
    );
    expect(await h.ports.store.get('reviewRating', reviewerRatingId(RHEUM, code, kwame.id))).toMatchObject({
      rating: 'partly_met',
      comment: 'Clinic letters only.',
      reviewerRole: 'peer_reviewer',
      version: 1,
    });
    const text = textOf(card);
    expect(text).toContain(`Saved your rating of ${code}: Partly met.`);
    expect(text).toMatch(/Your rating: Partly met \(saved 12 January 2027\), comment: "Clinic letters only\."/);
    // The card now carries the saved version, so the next save from it is not a conflict.
    expect(buttonsOf(card).find((b) => b.verb === 'review.save')?.data).toMatchObject({ version: 1 });
    // And offers the next standard still to rate.
    const next = buttonsOf(card).find((b) => b.verb === 'review.open');
    expect(next?.title).toMatch(/^Next: rate \d+\.\d+$/);
    expect(next?.data?.['standardCode']).not.toBe(code);
    expect(checkCard(card)).toEqual([]);
  });

  it('accepts the Action.Submit fallback of older clients the same way', async () => {
    await startTheReview();
    const maria = await h.person('p-expert');
    const replies = await h.send(submit(maria, saveData({ rating: 'not_met', comment: 'Not what patients told us.' })));
    expect(await h.ports.store.get('reviewRating', reviewerRatingId(RHEUM, '1.1', maria.id))).toMatchObject({
      rating: 'not_met',
      reviewerRole: 'expert_by_experience',
    });
    expect(textOf(cardOf(replies[0]))).toMatch(/Saved your rating of 1\.1: Not met/);
  });

  it('shows the newer rating when it was changed elsewhere, keeps what was typed, and writes nothing', async () => {
    await startTheReview();
    const kwame = await h.person('p-peer-mh');
    await h.invoke(execute(kwame, 'review.save', saveData({ rating: 'met', comment: 'From the workspace.' })));
    const { card } = await h.invoke(
      execute(kwame, 'review.save', saveData({ version: 0, rating: 'not_met', comment: 'From an old card.' })),
    );
    expect(await h.ports.store.get('reviewRating', reviewerRatingId(RHEUM, '1.1', kwame.id))).toMatchObject({
      rating: 'met',
      comment: 'From the workspace.',
      version: 1,
    });
    const text = textOf(card);
    expect(text).toMatch(
      /was changed elsewhere .* Nothing was saved\. It is now Met, with the comment "From the workspace\."/,
    );
    expect(JSON.stringify(card)).toContain('"value":"From an old card."');
    expect(buttonsOf(card).find((b) => b.verb === 'review.save')?.data).toMatchObject({ version: 1 });
  });

  it('tells a reviewer why they cannot rate before the review has started, and offers no form', async () => {
    const kwame = await h.person('p-peer-mh');
    const { card } = await h.invoke(execute(kwame, 'review.save', saveData()));
    expect(textOf(card)).toMatch(/not under review.*The lead reviewer starts the review first\. Nothing was saved/s);
    expect(inputsOf(card)).not.toContain('rating');
    expect(await h.ports.store.get('reviewRating', reviewerRatingId(RHEUM, '1.1', kwame.id))).toBeUndefined();
  });

  it('tells someone not on the review team that they cannot rate it', async () => {
    await startTheReview();
    const ben = await h.person('p-contrib-cardio');
    const { card } = await h.invoke(execute(ben, 'review.save', saveData()));
    expect(textOf(card)).toMatch(
      /not allowed to see the peer review .* The review team sees the review during the peer review window.*Nothing was saved/s,
    );
    expect(await h.ports.store.query('reviewRating', { assessmentId: RHEUM })).toEqual([]);
  });

  it('tells someone who may see the review but is not on the team (a network admin) why they cannot rate', async () => {
    await startTheReview();
    const admin = await h.person('p-admin');
    const { card } = await h.invoke(execute(admin, 'review.save', saveData()));
    expect(textOf(card)).toMatch(
      /Only members of this assessment's review team can rate standards in this review; you are not on the team\. Nothing was saved/,
    );
    expect(JSON.stringify(card)).not.toContain('Input.ChoiceSet');
    expect(await h.ports.store.query('reviewRating', { assessmentId: RHEUM })).toEqual([]);
  });

  it('tells a reviewer the review window has closed', async () => {
    await startTheReview();
    h.clock.set(new Date('2027-03-10T10:00:00Z'));
    const kwame = await h.person('p-peer-mh');
    const { card } = await h.invoke(execute(kwame, 'review.save', saveData()));
    expect(textOf(card)).toMatch(
      /not allowed to see the peer review .* The review team sees the review during the peer review window.*Nothing was saved/s,
    );
    expect(await h.ports.store.query('reviewRating', { assessmentId: RHEUM })).toEqual([]);
  });

  it('refreshes for whoever looks at it, with their own rating', async () => {
    await startTheReview();
    const kwame = await h.person('p-peer-mh');
    await h.invoke(execute(kwame, 'review.save', saveData({ rating: 'met', comment: 'Seen.' })));
    const data = { verb: 'card.refresh', target: 'review_standard', assessmentId: RHEUM, standardCode: '1.1' };
    const forKwame = await h.invoke(execute(kwame, 'card.refresh', data));
    const forMaria = await h.invoke(execute(await h.person('p-expert'), 'card.refresh', data));
    expect(textOf(forKwame.card)).toMatch(/Your rating: Met/);
    expect(textOf(forMaria.card)).not.toMatch(/Your rating:/);
    expect(forKwame.card['refresh']).toMatchObject({ userIds: [mri(kwame)] });
  });

  it('says so when every standard has the reviewer rating', async () => {
    await startTheReview();
    const kwame = await h.person('p-peer-mh');
    for (let i = 0; i < 200; i += 1) {
      const { card } = await h.invoke(execute(kwame, 'review.open', { verb: 'review.open', assessmentId: RHEUM }));
      const save = buttonsOf(card).find((b) => b.verb === 'review.save');
      if (!save) {
        expect(textOf(card)).toMatch(/You have rated every standard/);
        return;
      }
      await h.invoke(execute(kwame, 'review.save', { ...save.data, rating: 'met', comment: '' }));
    }
    throw new Error('never reached the end of the standards');
  });

  it('lets the review reminder open the workspace, and the card, at the first standard still to rate', async () => {
    await startTheReview();
    const kwame = await h.person('p-peer-mh');
    await h.invoke(execute(kwame, 'review.save', saveData({ rating: 'met' })));
    const { card: reminder } = await h.invoke(
      execute(kwame, 'card.refresh', { verb: 'card.refresh', target: 'review' }),
    );
    const rateInChat = [...walk(reminder)].find((n) => n['title'] === 'Rate in chat' && n['type'] === 'Action.Execute');
    const rateData = (rateInChat?.['data'] ?? {}) as Record<string, unknown>;
    const next = String(rateData['standardCode']);
    expect(next).not.toBe('1.1');
    expect(textOf(reminder)).toContain(`Your next standard to rate is ${next}.`);
    const open = [...walk(reminder)].find((n) => n['title'] === 'Open the review');
    expect(decodeURIComponent(String(open?.['url']))).toContain(`"subEntityId":"assessment:${RHEUM}:review:${next}"`);

    const { card } = await h.invoke(execute(kwame, 'review.open', rateData));
    expect(textOf(card)).toMatch(new RegExp(`^${next.replace('.', '\\.')} `, 'm'));
    expect(buttonsOf(card).find((b) => b.verb === 'review.save')?.data).toMatchObject({
      standardCode: next,
      version: 0,
    });
  });
});

describe('the review-this-standard card', () => {
  it("quotes the service's narrative shortened, and the reviewer's saved rating and comment", () => {
    const card = reviewStandardCard({ view: REVIEW_VIEW }, CONTEXT);
    const text = textOf(card);
    const quoted = text.split('\n').find((line) => line.startsWith('Every member of staff')) ?? '';
    expect(quoted.length).toBeLessThanOrEqual(SELF_NARRATIVE_CHARS + 3);
    expect(quoted.endsWith('...')).toBe(true);
    expect(text).toContain('The service rated it Met.');
    expect(text).toContain(
      'Your rating: Partly met (saved 14 January 2027), comment: "Offered, but uptake is not recorded."',
    );
    expect(JSON.stringify(card)).toContain('"value":"Offered, but uptake is not recorded."');
  });
});

/** Every object in a card, depth first. */
function* walk(node: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(node)) for (const n of node) yield* walk(n);
  else if (typeof node === 'object' && node !== null) {
    yield node as Record<string, unknown>;
    for (const value of Object.values(node)) yield* walk(value);
  }
}
