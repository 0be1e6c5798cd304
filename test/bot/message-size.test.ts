import { reminderActivity } from '../../bot/notification-cards';
import type { StoredReference } from '../../bot/sender/reference';
import type { ConversationRecord } from '../../src/domain/conversation';
import type {
  ActionDue,
  AssessmentWork,
  ReminderContent,
  ReviewToComplete,
} from '../../src/services/reminders/content';
import { reviewStandardCard } from '../../bot/cards/review-standard';
import { checkCard } from './adaptive-cards-renderer';
import { CONTEXT, REVIEW_TEAM_CONTENT, REVIEW_VIEW, WORK } from './card-samples';
import { textOf } from './teams-activities';

/** Teams refuses a message (the whole activity, card included) over 28 KB. */
const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;

const long = (what: string, i: number) =>
  `${what} ${i} of the Very Long Named Integrated Mind and Body Community and Acute Liaison Partnership (North East Sector)`;

/** The worst case: a lead of 50 services, long names everywhere, every theme part rated, deep links into Teams. */
const FIFTY: AssessmentWork[] = Array.from({ length: 50 }, (_, i) => ({
  ...WORK,
  assessmentId: `a-cur-svc-${'x'.repeat(60)}-${i}`,
  subjectName: long('Service', i),
  organisationName: long('Trust', i),
  cycleName: 'Cycle 2026/27 of the Mind and Body Quality Improvement Network',
  role: 'lead',
  daysLeft: 7 + i,
  themes: Array.from({ length: 5 }, (_, t) => ({
    themeCode: String(t + 1),
    title: long('Theme', t),
    rated: 3,
    total: 9,
    percent: 33,
  })),
  toRate: Array.from({ length: 5 }, (_, s) => ({
    assessmentId: `a-cur-svc-${'x'.repeat(60)}-${i}`,
    standardCode: `${s + 1}.10`,
    title: long('Standard', s),
    themeCode: String(s + 1),
    assignedToMe: false,
  })),
  toRateCount: 45,
}));

const REVIEWS: ReviewToComplete[] = FIFTY.map((w) => ({
  assessmentId: w.assessmentId,
  subjectName: w.subjectName,
  organisationName: w.organisationName,
  cycleName: w.cycleName,
  role: 'lead_reviewer',
  state: 'under_review',
  windowEnd: '2027-03-01',
  daysLeft: 20,
  // Under way: each review also offers "Rate in chat" for this standard.
  firstToRate: '5.12',
}));

const ACTIONS: ActionDue[] = Array.from({ length: 200 }, (_, i) => ({
  actionId: `act-${i}`,
  title: long('Action', i),
  assessmentId: FIFTY[i % 50]?.assessmentId ?? '',
  subjectName: long('Service', i % 50),
  dueDate: '2027-05-01',
  daysLeft: i - 100,
  status: 'in_progress',
}));

const REFERENCE: StoredReference = {
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  conversationId: `a:${'1'.repeat(120)}`,
  channelId: 'msteams',
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  bot: { id: '28:8b1f3c2e-1111-4aaa-9bbb-123456789abc', name: 'Mind & Body QIN' },
  user: { id: `29:${'1ZKmo'.repeat(20)}`, name: 'Dr Alexandra Montgomery-Smythe', aadObjectId: 'f'.repeat(36) },
};

const CONVERSATION: ConversationRecord = {
  id: 'personal:t:o',
  version: 1,
  scope: 'personal',
  personId: 'p-lead',
  tenantId: REFERENCE.tenantId ?? '',
  objectId: 'o',
  serviceId: null,
  reference: {},
  status: 'active',
  updatedAt: '2026-11-26T09:00:00.000Z',
};

function activityBytes(content: ReminderContent): { bytes: number; card: Record<string, unknown> } {
  const activity = reminderActivity(CONTEXT.links)(
    { notificationId: 'n', conversation: CONVERSATION, content },
    REFERENCE,
  ) as { attachments: { content: Record<string, unknown> }[] };
  const card = activity.attachments[0]?.content ?? {};
  return { bytes: Buffer.byteLength(JSON.stringify(activity), 'utf8'), card };
}

describe("every reminder stays under Teams' 28 KB, whatever the person's load", () => {
  const personName = 'Dr Alexandra Montgomery-Smythe';

  it('a digest (and its deadline reminder) for a lead of 50 services lists a few and says how many more', () => {
    for (const deadline of [null, { date: '2027-01-10', daysLeft: 7 }]) {
      const { bytes, card } = activityBytes({ kind: 'digest', personName, period: '2026-W48', deadline, work: FIFTY });
      expect(bytes).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
      expect(textOf(card)).toMatch(/and 45 more assessments in the tab/);
      expect(textOf(card)).toMatch(/Service 0 of the/);
      expect(checkCard(card)).toEqual([]);
    }
  });

  it('a review reminder for 50 reviews, and an action reminder for 200 actions', () => {
    const reviews = activityBytes({ kind: 'review', personName, period: '2026-W48', reviews: REVIEWS });
    expect(reviews.bytes).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    expect(textOf(reviews.card)).toMatch(/and 45 more reviews in the tab/);
    const actions = activityBytes({ kind: 'action', personName, period: '2026-W48', actions: ACTIONS });
    expect(actions.bytes).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    expect(textOf(actions.card)).toMatch(/and 195 more actions in the tab/);
    expect(checkCard(reviews.card)).toEqual([]);
    expect(checkCard(actions.card)).toEqual([]);
  });

  it('a review team card for a team of 40 with long names and a long meeting link', () => {
    const { bytes, card } = activityBytes({
      ...REVIEW_TEAM_CONTENT,
      subjectName: long('Service', 1),
      organisationName: long('Trust', 1),
      visit: {
        ...REVIEW_TEAM_CONTENT.visit,
        joinUrl: `https://teams.microsoft.com/l/meetup-join/${'x'.repeat(1_500)}`,
      },
      team: Array.from({ length: 40 }, (_, i) => ({ name: long('Reviewer', i), role: 'peer_reviewer' as const })),
    });
    expect(bytes).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    expect(JSON.stringify(card)).toMatch(/and 32 more/);
    expect(checkCard(card)).toEqual([]);
  });

  it('a review-this-standard card with the longest comment and a long narrative from the service', () => {
    const card = reviewStandardCard(
      {
        view: {
          ...REVIEW_VIEW,
          subjectName: long('Service', 1),
          organisationName: long('Trust', 1),
          self: { rating: 'not_applicable', narrative: 'n'.repeat(10_000), naReason: 'r'.repeat(2_000) },
        },
        banner: { text: `Your rating was changed elsewhere. ${'c'.repeat(1_600)}`, style: 'warning' },
        draft: { rating: 'met', comment: 'd'.repeat(5_000) },
      },
      CONTEXT,
    );
    expect(Buffer.byteLength(JSON.stringify(card), 'utf8')).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    expect(checkCard(card)).toEqual([]);
  });
});
