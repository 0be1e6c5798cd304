import { cardForContent } from '../../bot/notification-cards';
import type { ReviewTeamContent } from '../../src/services/reminders/content';
import { checkCard } from './adaptive-cards-renderer';
import { CONTEXT, REVIEW_TEAM_CONTENT } from './card-samples';
import { textOf } from './teams-activities';

function links(card: Record<string, unknown>): Record<string, string> {
  const actions = (card['actions'] as { type: string; title: string; url?: string }[] | undefined) ?? [];
  return Object.fromEntries(actions.filter((a) => a.type === 'Action.OpenUrl').map((a) => [a.title, a.url ?? '']));
}

/** The card's facts, as "title: value" lines. */
function factsOf(card: Record<string, unknown>): string {
  const body = (card['body'] as { type: string; facts?: { title: string; value: string }[] }[] | undefined) ?? [];
  return body
    .flatMap((b) => b.facts ?? [])
    .map((f) => `${f.title}: ${f.value}`)
    .join('\n');
}

function subEntityOf(link: string | undefined): unknown {
  return JSON.parse(new URL(link ?? '').searchParams.get('context') ?? '{}');
}

describe('the review team card in a member’s personal chat', () => {
  it('tells a member the service, the trust, their role, the visit and the team, with the meeting to join', () => {
    const card = cardForContent(REVIEW_TEAM_CONTENT, CONTEXT);
    expect(textOf(card)).toMatch(/You are on the review team for Rheumatology service/);
    expect(factsOf(card).split('\n')).toEqual([
      'Service: Rheumatology service',
      "Trust: Guy's and St Thomas' NHS Foundation Trust",
      'Your role: Peer reviewer',
      'Visit: Monday 25 January 2027 at 10:30 (UK time)',
      'Format: Online, in Microsoft Teams',
      'Teams meeting: Use "Join the Teams meeting" below on the day.',
      'Review team: Dr Catherine Lowe (lead reviewer), Kwame Asante (peer reviewer), Maria Santos (expert by experience)',
    ]);
    expect(links(card)['Join the Teams meeting']).toBe(REVIEW_TEAM_CONTENT.visit.joinUrl);
    expect(subEntityOf(links(card)['Open the review workspace'])).toEqual({
      subEntityId: 'assessment:a-cur-svc-gstt-rheum:review',
    });
    expect(checkCard(card)).toEqual([]);
  });

  it('offers no meeting button when the review has no meeting, and says the time is to be confirmed', () => {
    const content: ReviewTeamContent = {
      ...REVIEW_TEAM_CONTENT,
      visit: { date: '2027-01-25', startTime: null, format: 'in_person', joinUrl: null },
    };
    const card = cardForContent(content, CONTEXT);
    expect(Object.keys(links(card))).toEqual(['Open the review workspace']);
    expect(factsOf(card)).toMatch(/Visit: Monday 25 January 2027 \(time to be confirmed\)/);
    expect(factsOf(card)).toMatch(/Format: In person, at the service/);
    expect(factsOf(card)).not.toMatch(/Teams meeting/);
    expect(checkCard(card)).toEqual([]);
  });

  it('invites the service lead to host the visit, and opens their self-assessment (the review is not theirs to see)', () => {
    const card = cardForContent({ ...REVIEW_TEAM_CONTENT, role: 'service_lead', personName: 'Grace Chen' }, CONTEXT);
    expect(textOf(card)).toMatch(/Peer review visit to Rheumatology service/);
    expect(textOf(card)).toMatch(/As the service lead, please host the visit/);
    expect(subEntityOf(links(card)['Open the self-assessment'])).toEqual({
      subEntityId: 'assessment:a-cur-svc-gstt-rheum',
    });
  });
});
