import { DEFAULT_SENDING_WINDOW } from '../../src/services/reminders/sending-window';
import { actionReminderCard } from '../../bot/cards/action-reminder';
import type { CardContext } from '../../bot/cards/card-context';
import { digestCard } from '../../bot/cards/digest';
import { helpCard, messageCard, notMineLeadCard, problemCard, snoozePromptCard } from '../../bot/cards/message';
import { rateStandardCard } from '../../bot/cards/rate-standard';
import type { AdaptiveCardJson } from '../../bot/cards/render';
import { reviewReminderCard } from '../../bot/cards/review-reminder';
import { STARTER_FRAMEWORK } from '../../src/domain/starter-framework';
import type { StandardForRating } from '../../src/services/assessment/my-work';
import type {
  AssessmentWork,
  DigestContent,
  LibraryContent,
  ReviewTeamContent,
} from '../../src/services/reminders/content';
import { reviewTeamCard } from '../../bot/cards/review-team';
import { libraryAnnouncementCard } from '../../bot/cards/library-announcement';
import { reviewStandardCard } from '../../bot/cards/review-standard';
import type { StandardForReview } from '../../src/services/review/standard-for-review';
import { staffQuestionnaireCard, staffQuestionnaireInvitationCard } from '../../bot/cards/staff-questionnaire';
import type { StaffQuestionnaire } from '../../src/services/questionnaires/staff-answers';
import type { StaffQuestionnaireContent } from '../../src/services/reminders/content';
import { STARTER_QUESTIONNAIRES } from '../../src/domain/questionnaires/starter-questionnaires';
import { DEFAULT_OPTION_LABELS, isChoiceScale, optionsOf } from '../../src/domain/questionnaires/questionnaire';

const STAFF_STARTER = STARTER_QUESTIONNAIRES[0]!;
const STAFF_RUN_ID = 'cycle-current:svc-slam-coast:fw-mind-body-v1:staff-starter:en-GB';

export const STAFF_INVITATION: StaffQuestionnaireContent = {
  kind: 'staff_questionnaire',
  personName: 'Jamal Williams',
  runId: STAFF_RUN_ID,
  title: STAFF_STARTER.title,
  serviceName: 'COAST early intervention service',
  closesAt: '2026-12-18T17:00:00.000Z',
  reminder: false,
};

/** The starter staff questionnaire as a member of staff sees it (every question, in English). */
export const STAFF_FORM: StaffQuestionnaire = {
  runId: STAFF_RUN_ID,
  serviceName: 'COAST early intervention service',
  title: STAFF_STARTER.title,
  introduction: STAFF_STARTER.introduction,
  closesAt: '2026-12-18T17:00:00.000Z',
  open: true,
  answered: false,
  questions: STAFF_STARTER.items.map((item, i) => ({
    code: item.code,
    number: i + 1,
    text: item.text,
    scale: item.scale,
    required: item.required,
    options: isChoiceScale(item.scale)
      ? optionsOf(item.scale).map((value) => ({ value, label: DEFAULT_OPTION_LABELS[value] }))
      : [],
  })),
  answer: { allowed: true },
};

export const CONTEXT: CardContext = {
  links: {
    tabUrl: 'https://qin.example.nhs.uk',
    teamsAppId: '8b1f3c2e-1111-4aaa-9bbb-123456789abc',
    tabEntityId: 'my-work',
  },
  userIds: ['29:1ZKmo-user-mri'],
};

const standard = STARTER_FRAMEWORK.standards.find((s) => s.code === '4.3') ?? STARTER_FRAMEWORK.standards[0]!;

export const WORK: AssessmentWork = {
  assessmentId: 'a-cur-svc-slam-coast',
  cycleId: 'cycle-current',
  cycleName: 'Cycle 2026/27',
  subjectName: 'COAST early intervention service',
  organisationName: 'South London and Maudsley NHS Foundation Trust',
  role: 'contributor',
  state: 'in_progress',
  deadline: '2027-01-10',
  daysLeft: 7,
  themes: [
    { themeCode: '1', title: 'Integrated patient care', rated: 8, total: 8, percent: 100 },
    { themeCode: '4', title: 'Staff health and wellbeing', rated: 1, total: 5, percent: 20 },
  ],
  rated: 17,
  total: 29,
  toRate: [
    {
      assessmentId: 'a-cur-svc-slam-coast',
      standardCode: '4.3',
      title: standard.title,
      themeCode: '4',
      assignedToMe: true,
    },
    {
      assessmentId: 'a-cur-svc-slam-coast',
      standardCode: '4.4',
      title: 'Reflective practice',
      themeCode: '4',
      assignedToMe: true,
    },
  ],
  toRateCount: 9,
  readyToSubmit: false,
};

export const DIGEST: DigestContent = {
  kind: 'digest',
  personName: 'Jamal Williams',
  period: '2026-W53',
  deadline: { date: '2027-01-10', daysLeft: 7 },
  work: [
    WORK,
    { ...WORK, assessmentId: 'a-cur-org-slam', role: 'lead', toRate: [], toRateCount: 0, readyToSubmit: true },
  ],
};

export const RATE_VIEW: StandardForRating = {
  assessmentId: 'a-cur-svc-slam-coast',
  subjectName: 'COAST early intervention service',
  organisationName: 'South London and Maudsley NHS Foundation Trust',
  cycleName: 'Cycle 2026/27',
  phase: 'self_assessment',
  deadline: '2027-01-10',
  daysLeft: 45,
  standard,
  themeTitle: 'Staff health and wellbeing',
  response: {
    id: 'a-cur-svc-slam-coast:4.3',
    version: 3,
    assessmentId: 'a-cur-svc-slam-coast',
    cycleId: 'cycle-current',
    standardCode: '4.3',
    rating: 'partly_met',
    naReason: '',
    narrative: 'Occupational health offers checks; uptake is not yet audited.',
    evidenceIds: [],
    assigneeId: 'p-contrib-coast-1',
    updatedBy: 'p-contrib-coast-2',
    updatedAt: '2026-11-26T10:42:00.000Z',
  },
  updatedByName: 'Sophie Clarke',
  assigneeName: 'Jamal Williams',
  canRate: true,
  notRateableBecause: null,
};

export const REVIEW_VIEW: StandardForReview = {
  assessmentId: 'a-cur-svc-gstt-rheum',
  subjectName: 'Rheumatology service',
  organisationName: "Guy's and St Thomas' NHS Foundation Trust",
  cycleName: 'Cycle 2026/27',
  standard,
  themeTitle: 'Staff health and wellbeing',
  self: {
    rating: 'met',
    // Long enough to be shortened on the card.
    narrative: 'Every member of staff is offered an occupational health check each year. '.repeat(20),
    naReason: '',
  },
  mine: {
    id: 'a-cur-svc-gstt-rheum:4.3:p-peer-mh',
    version: 2,
    assessmentId: 'a-cur-svc-gstt-rheum',
    cycleId: 'cycle-current',
    standardCode: '4.3',
    reviewerId: 'p-peer-mh',
    reviewerRole: 'peer_reviewer',
    rating: 'partly_met',
    comment: 'Offered, but uptake is not recorded.',
    updatedAt: '2027-01-14T11:00:00.000Z',
  },
  version: 2,
  myRole: 'peer_reviewer',
  windowEnd: '2027-03-06',
  daysLeft: 51,
  rate: { allowed: true },
  stillToRate: ['4.3', '4.4'],
};

export const REVIEW_TEAM_CONTENT: ReviewTeamContent = {
  kind: 'review_team',
  personName: 'Kwame Asante',
  role: 'peer_reviewer',
  assessmentId: 'a-cur-svc-gstt-rheum',
  subjectName: 'Rheumatology service',
  organisationName: "Guy's and St Thomas' NHS Foundation Trust",
  cycleName: 'Cycle 2026/27',
  visit: {
    date: '2027-01-25',
    startTime: '10:30',
    format: 'online',
    joinUrl:
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA4ZTk5ZjQtYzM0Ni00ZDM2%40thread.v2/0?context=%7b%22Tid%22%3a%22tenant%22%7d',
  },
  team: [
    { name: 'Dr Catherine Lowe', role: 'lead_reviewer' },
    { name: 'Kwame Asante', role: 'peer_reviewer' },
    { name: 'Maria Santos', role: 'expert_by_experience' },
  ],
};

export const LIBRARY_CONTENT: LibraryContent = {
  kind: 'library',
  entryId: 'lib-1',
  title: 'Physical health clinics inside the early intervention team',
  whatTheyDo:
    'A nurse runs weekly physical health clinics in the team base, with results shared with GPs the same day.',
  subjectName: 'COAST early intervention service',
  organisationName: 'South London and Maudsley NHS Foundation Trust',
  standardCode: '1.1',
  standardTitle: 'Physical health checks',
  themeTitle: 'Integrated patient care',
  contactName: 'Ella Morgan',
  contactEmail: 'ella.morgan@slam.nhs.example',
};

/** Every card the bot can send, rendered from its template with realistic data. */
export function allSampleCards(): Record<string, AdaptiveCardJson> {
  return {
    digest: digestCard(DIGEST, CONTEXT),
    'digest (weekly, no deadline)': digestCard({ ...DIGEST, deadline: null }, CONTEXT),
    'rate-standard': rateStandardCard({ view: RATE_VIEW, viewerId: 'p-contrib-coast-1' }, CONTEXT),
    'rate-standard (stale, not rateable)': rateStandardCard(
      {
        view: { ...RATE_VIEW, canRate: false, notRateableBecause: 'The self-assessment window closed.' },
        viewerId: 'p-sl-coast',
        banner: { text: 'Sophie Clarke rated this while you were writing. Yours was not saved.', style: 'warning' },
        canSkip: false,
      },
      CONTEXT,
    ),
    'review-reminder': reviewReminderCard(
      {
        kind: 'review',
        personName: 'Dr Catherine Lowe',
        period: '2027-W02',
        reviews: [
          {
            assessmentId: 'a-cur-svc-gstt-rheum',
            subjectName: 'Rheumatology service',
            organisationName: "Guy's and St Thomas' NHS Foundation Trust",
            cycleName: 'Cycle 2026/27',
            role: 'lead_reviewer',
            state: 'submitted',
            windowEnd: '2027-03-06',
            daysLeft: 54,
          },
          {
            assessmentId: 'a-cur-svc-kch-cardio',
            subjectName: 'Cardio-respiratory service',
            organisationName: "King's College Hospital NHS Foundation Trust",
            cycleName: 'Cycle 2026/27',
            role: 'peer_reviewer',
            state: 'under_review',
            windowEnd: '2027-03-06',
            daysLeft: 40,
            firstToRate: '2.4',
          },
        ],
      },
      CONTEXT,
    ),
    'action-reminder': actionReminderCard(
      {
        kind: 'action',
        personName: 'Ella Morgan',
        period: '2027-W20',
        actions: [
          {
            actionId: 'act-1',
            title: 'Offer smoking cessation at every review',
            assessmentId: 'a-cur-svc-slam-coast',
            subjectName: 'COAST early intervention service',
            dueDate: '2027-05-01',
            daysLeft: -3,
            status: 'in_progress',
          },
        ],
      },
      CONTEXT,
    ),
    help: helpCard(),
    problem: problemCard('Choose one of: Met, Partly met, Not met, Not applicable. Nothing was saved.'),
    snooze: snoozePromptCard(DEFAULT_SENDING_WINDOW),
    'not-mine (to the lead)': notMineLeadCard(
      {
        kind: 'not_mine',
        leadName: 'Ella Morgan',
        fromName: 'Jamal Williams',
        assessmentId: 'a-cur-svc-slam-coast',
        subjectName: 'COAST early intervention service',
        standardCode: '4.3',
        standardTitle: standard.title,
      },
      CONTEXT,
    ),
    'message (plain)': messageCard({ title: 'Saved', text: 'All done.', style: 'good' }),
    'library announcement': libraryAnnouncementCard(LIBRARY_CONTENT, CONTEXT),
    'review-standard': reviewStandardCard(
      { view: REVIEW_VIEW, banner: { text: 'Saved your rating of 4.3: Partly met.', style: 'good' } },
      CONTEXT,
    ),
    'review-team (member, online, with meeting)': reviewTeamCard(REVIEW_TEAM_CONTENT, CONTEXT),
    'review-team (service lead, large team, no meeting)': reviewTeamCard(
      {
        ...REVIEW_TEAM_CONTENT,
        role: 'service_lead',
        personName: 'Grace Chen',
        visit: { date: '2027-01-25', startTime: null, format: 'in_person', joinUrl: null },
        team: Array.from({ length: 30 }, (_, i) => ({
          name: `Reviewer number ${i + 1}`,
          role: 'peer_reviewer' as const,
        })),
      },
      CONTEXT,
    ),
    'review-standard (not rateable, nothing rated yet)': reviewStandardCard(
      {
        view: {
          ...REVIEW_VIEW,
          mine: null,
          version: 0,
          self: { rating: null, narrative: '', naReason: '' },
          rate: { allowed: false, reason: 'This assessment is submitted, not under review.' },
          stillToRate: ['4.3'],
        },
      },
      CONTEXT,
    ),
    'staff-questionnaire invitation': staffQuestionnaireInvitationCard(STAFF_INVITATION, CONTEXT),
    'staff-questionnaire reminder': staffQuestionnaireInvitationCard({ ...STAFF_INVITATION, reminder: true }, CONTEXT),
    'staff-questionnaire form': staffQuestionnaireCard({ form: STAFF_FORM }, CONTEXT),
    'staff-questionnaire form (missing answer, draft kept)': staffQuestionnaireCard(
      {
        form: STAFF_FORM,
        draft: { S1: 'agree', S10: 'More time to learn together.' },
        banner: {
          text: 'Some answers need attention: Please answer question 2. Nothing was saved.',
          style: 'attention',
        },
      },
      CONTEXT,
    ),
  };
}
