import { ACTION_STATUSES } from '../../domain/action-plan';
import { RATINGS } from '../../domain/assessment';
import { LIBRARY_STATUSES } from '../../domain/library';
import { REPORT_COMMENT_STATUSES } from '../../domain/report-comment';
import { REPORT_STATES } from '../../domain/report';
import { FINDING_KINDS, REVIEWER_ROLES, VISIT_FORMATS } from '../../domain/review';
import { RECOGNITION_OUTCOMES } from '../../domain/recognition-decision';
import { CLAIM_ACTIVITIES, CLAIM_STATUSES } from '../../domain/reviewer-claim';
import { SERVICE_TYPES } from '../../domain/service-types';
import { choice, date, dateTime, IN_JSON, note, num, text, type ColumnDeclarations } from './column-types';
import {
  assessmentId,
  cycleId,
  organisationId,
  serviceId,
  personId,
  standardCode,
  updatedAt,
  words,
  copyOf,
} from './shared-columns';

/** Peer review and what follows it: which column each field is shown in on SharePoint (see kind-columns.ts). */
export const REVIEW_COLUMNS = {
  reviewTeam: {
    itemIs: 'the peer review team of an assessment, and its visit',
    title: (t) => `Review team · ${t.assessmentId}`,
    fields: {
      assessmentId,
      cycleId,
      organisationId,
      members: IN_JSON,
      visit: IN_JSON,
      meeting: IN_JSON,
      informationRequests: IN_JSON,
      updatedBy: text('UpdatedBy', 'Last changed by', 'Who changed it last (EntityId in People).'),
      updatedAt,
    },
    shown: [
      { column: date('VisitDate', 'Visit date', copyOf('The day of the review visit.')), value: (t) => t.visit.date },
      {
        column: choice('VisitFormat', 'Visit format', copyOf('In person or online.'), VISIT_FORMATS),
        value: (t) => t.visit.format,
      },
      {
        column: num('TeamSize', 'Reviewers', copyOf('How many people are in the team.')),
        value: (t) => t.members.length,
      },
    ],
  },
  conflictDeclaration: {
    itemIs: 'a reviewer’s declared conflict of interest',
    title: (d) => `Conflict · ${d.personId}`,
    fields: {
      personId,
      organisationId,
      serviceId,
      reason: note('Reason', 'Reason', 'Why the reviewer has a conflict.'),
      declaredBy: text('DeclaredBy', 'Declared by', 'Who declared it (EntityId in People).'),
      declaredAt: dateTime('DeclaredAt', 'Declared', 'When (UTC).'),
    },
  },
  reviewRating: {
    itemIs: 'one reviewer’s rating of one standard',
    title: (r) => `${r.standardCode} · ${words(r.rating)} · ${words(r.reviewerRole)}`,
    fields: {
      assessmentId,
      cycleId,
      standardCode,
      reviewerId: text('ReviewerId', 'Reviewer', 'The reviewer (EntityId in People).'),
      reviewerRole: choice('ReviewerRole', 'Reviewer role', 'The reviewer’s role in the team.', REVIEWER_ROLES),
      rating: choice('Rating', 'Rating', 'The reviewer’s rating.', RATINGS),
      comment: note('ReviewComment', 'Comment', 'The reviewer’s comment.'),
      updatedAt,
    },
  },
  agreedRating: {
    itemIs: 'the rating a review team agreed for one standard',
    title: (r) => `${r.standardCode} · ${words(r.rating)}`,
    fields: {
      assessmentId,
      cycleId,
      standardCode,
      rating: choice('Rating', 'Agreed rating', 'The rating the review team agreed.', RATINGS),
      rationale: note('Rationale', 'Rationale', 'Why the team agreed it.'),
      agreedBy: text('AgreedBy', 'Agreed by', 'Who recorded it (EntityId in People).'),
      agreedAt: dateTime('AgreedAt', 'Agreed', 'When (UTC).'),
    },
  },
  finding: {
    itemIs: 'a review finding: good practice, an area for improvement or an immediate concern',
    title: (f) => `${f.standardCode} · ${words(f.kind)}`,
    fields: {
      assessmentId,
      cycleId,
      standardCode,
      kind: choice('FindingKind', 'Kind', 'What sort of finding it is.', FINDING_KINDS),
      text: note('FindingText', 'Finding', 'What the review team found.'),
      recordedBy: text('RecordedBy', 'Recorded by', 'Who recorded it (EntityId in People).'),
      recordedAt: dateTime('RecordedAt', 'Recorded', 'When (UTC).'),
    },
  },
  action: {
    itemIs: 'an improvement action, with its owner, due date and status',
    title: (a) => a.title,
    fields: {
      assessmentId,
      cycleId,
      organisationId,
      serviceId,
      findingId: text('FindingId', 'Finding id', 'The finding it answers (EntityId in Findings), if any.'),
      findingKind: choice('FindingKind', 'Finding kind', 'The kind of finding it answers.', FINDING_KINDS),
      standardCode,
      title: text('ActionTitle', 'Action', 'What will be done.'),
      description: note('ActionDescription', 'Description', 'More about the action.'),
      ownerId: text('OwnerId', 'Owner', 'Who owns it (EntityId in People).'),
      dueDate: date('DueDate', 'Due', 'When it is due.'),
      status: choice('ActionStatus', 'Status', 'Where the action is.', ACTION_STATUSES),
      progressNotes: IN_JSON,
      completionEvidence: IN_JSON,
      verifiedBy: text('VerifiedBy', 'Verified by', 'Who verified it was done (EntityId in People).'),
      verifiedAt: dateTime('VerifiedAt', 'Verified', 'When it was verified (UTC).'),
      completedAt: dateTime('CompletedAt', 'Completed', 'When it was completed (UTC).'),
      createdAt: dateTime('CreatedAt', 'Created', 'When it was created (UTC).'),
      updatedAt,
    },
  },
  report: {
    itemIs: 'a review report and its files',
    title: (r) => `Report · ${r.subject.kind === 'service' ? r.subject.serviceId : r.subject.organisationId}`,
    fields: {
      subject: IN_JSON,
      cycleId,
      assessmentId,
      state: choice('ReportState', 'State', 'Where the report is.', REPORT_STATES),
      files: IN_JSON,
      headline: IN_JSON,
      publicSummary: IN_JSON,
      generatedAt: dateTime('GeneratedAt', 'Generated', 'When the report was generated (UTC).'),
      generatedBy: text('GeneratedBy', 'Generated by', 'Who generated it (EntityId in People).'),
      publishedAt: dateTime('PublishedAt', 'Published', 'When it was published (UTC).'),
      history: IN_JSON,
    },
    shown: [
      {
        column: num('OverallPercent', 'Overall score (%)', copyOf('The headline score in the report.')),
        value: (r) => r.headline.overallPercent,
      },
      {
        column: text('RecognitionLevel', 'Recognition level', copyOf('The recognition level the report states.')),
        value: (r) => r.headline.recognitionLevel,
      },
    ],
    derived: {
      SubjectId: { displayName: 'Service or organisation id', description: 'Who the report is about.' },
    },
  },
  libraryEntry: {
    itemIs: 'a good-practice example shared in the network’s library',
    title: (e) => `${e.subjectName} · ${e.title}`,
    fields: {
      findingId: text('FindingId', 'Finding id', 'The finding it comes from (EntityId in Findings).'),
      assessmentId,
      cycleId,
      organisationId,
      serviceId,
      subjectName: text('SubjectName', 'Service', 'The service or organisation’s name.'),
      organisationName: text('OrganisationName', 'Organisation', 'The organisation’s name.'),
      standardCode,
      standardTitle: text('StandardTitle', 'Standard title', 'The standard’s title.'),
      themeCode: text('ThemeCode', 'Theme', 'The theme’s code.'),
      themeTitle: text('ThemeTitle', 'Theme title', 'The theme’s title.'),
      title: text('EntryTitle', 'Example', 'The example’s title.'),
      whatTheyDo: note('WhatTheyDo', 'What they do', 'The practice, described for others.'),
      contact: IN_JSON,
      attachments: IN_JSON,
      serviceType: choice('ServiceType', 'Service type', 'The kind of service.', SERVICE_TYPES),
      status: choice('LibraryStatus', 'Status', 'Proposed, declined, published or withdrawn.', LIBRARY_STATUSES),
      publishedBy: text('PublishedBy', 'Published by', 'Who published it (EntityId in People).'),
      publishedAt: dateTime('PublishedAt', 'Published', 'When (UTC).'),
      history: IN_JSON,
      announcement: text('AnnouncementState', 'Announcement', 'pending or sent.'),
      announcedAt: dateTime('AnnouncedAt', 'Announced', 'When it was announced (UTC).'),
      updatedAt,
    },
  },
  visitDay: {
    itemIs: 'the day of a peer review visit: its meeting and feedback summary',
    title: (v) => `Visit day · ${v.assessmentId}`,
    fields: { assessmentId, cycleId, meeting: IN_JSON, feedback: IN_JSON },
  },
  visitNote: {
    itemIs: 'a reviewer’s note on one theme during a visit',
    title: (n) => `Visit note · theme ${n.themeCode}`,
    fields: {
      assessmentId,
      cycleId,
      themeCode: text('ThemeCode', 'Theme', 'The theme’s code.'),
      personId,
      text: note('NoteText', 'Note', 'The reviewer’s note.'),
      updatedAt,
    },
  },
  reviewerClaim: {
    itemIs: 'a reviewer’s claim for time and expenses',
    title: (c) => `${c.date} · ${words(c.activity)} · ${c.hours} h`,
    fields: {
      personId,
      assessmentId,
      date: date('ClaimDate', 'Date', 'The day the work was done.'),
      hours: num('Hours', 'Hours', 'Hours claimed (in quarter hours).'),
      activity: choice('Activity', 'Activity', 'What the time was for.', CLAIM_ACTIVITIES),
      expenses: IN_JSON,
      status: choice('ClaimStatus', 'Status', 'Submitted, approved or paid.', CLAIM_STATUSES),
      submittedAt: dateTime('SubmittedAt', 'Submitted', 'When (UTC).'),
      approvedAt: dateTime('ApprovedAt', 'Approved', 'When (UTC).'),
      approvedBy: text('ApprovedBy', 'Approved by', 'Who approved it (EntityId in People).'),
      paidAt: dateTime('PaidAt', 'Paid', 'When it was paid (UTC).'),
    },
  },
  reportComment: {
    itemIs: 'a service’s comment on the factual accuracy of its draft report',
    title: (c) => `Comment on ${c.section}`,
    fields: {
      assessmentId,
      cycleId,
      section: text('Section', 'Section', 'The report section.'),
      passage: note('Passage', 'Passage', 'The passage commented on.'),
      whatIsWrong: note('WhatIsWrong', 'What is wrong', 'What the service says is wrong.'),
      shouldSay: note('ShouldSay', 'Should say', 'What it should say.'),
      evidenceUrl: text('EvidenceUrl', 'Evidence link', 'A link to evidence for the correction.'),
      status: choice('CommentStatus', 'Status', 'Open, accepted or rejected.', REPORT_COMMENT_STATUSES),
      commentedBy: text('CommentedBy', 'Commented by', 'Who commented (EntityId in People).'),
      commentedAt: dateTime('CommentedAt', 'Commented', 'When (UTC).'),
      decision: IN_JSON,
    },
  },
  recognition: {
    itemIs: 'the recognition panel’s decisions and appeals for an assessment',
    title: (r) => {
      const latest = r.decisions[r.decisions.length - 1];
      return `Recognition · ${latest ? words(latest.outcome) : 'no decision yet'}`;
    },
    fields: {
      assessmentId,
      cycleId,
      organisationId,
      subjectId: text('SubjectId', 'Service or organisation id', 'Who is recognised.'),
      decisions: IN_JSON,
      appeals: IN_JSON,
    },
    shown: [
      {
        column: choice(
          'LatestOutcome',
          'Latest decision',
          copyOf('The panel’s latest decision.'),
          RECOGNITION_OUTCOMES,
        ),
        value: (r) => r.decisions[r.decisions.length - 1]?.outcome,
      },
      {
        column: text('RecognisedLevel', 'Recognised at', copyOf('The level of the latest decision, if recognised.')),
        value: (r) => r.decisions[r.decisions.length - 1]?.level,
      },
    ],
  },
} satisfies Partial<ColumnDeclarations>;
