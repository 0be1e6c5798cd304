import { ACTION_STATUSES } from '../../domain/action-plan';
import { ASSESSMENT_STATES, RATINGS } from '../../domain/assessment';
import { EVIDENCE_COLLECTIONS } from '../../domain/evidence';
import { FRAMEWORK_STATUSES } from '../../domain/framework';
import { LIBRARY_STATUSES } from '../../domain/library';
import { PROFESSIONS, ROLES } from '../../domain/network';
import { NOTIFICATION_CHANNELS } from '../../domain/notification-channels';
import { AUDIENCES } from '../../domain/questionnaires/questionnaire';
import { ANSWER_SOURCES } from '../../domain/questionnaires/questionnaire-answer';
import { REPORT_COMMENT_STATUSES } from '../../domain/report-comment';
import { REPORT_STATES } from '../../domain/report';
import { FINDING_KINDS, REVIEWER_ROLES, VISIT_FORMATS } from '../../domain/review';
import { CYCLE_PHASES, type Cycle, type CyclePhase } from '../../domain/cycle';
import { RECOGNITION_OUTCOMES } from '../../domain/recognition-decision';
import { CLAIM_ACTIVITIES, CLAIM_STATUSES } from '../../domain/reviewer-claim';
import { SERVICE_TYPES } from '../../domain/service-types';
import { choice, date, dateTime, IN_JSON, note, num, text, yesNo, type ColumnDeclarations } from './column-types';

/*
 * Which column each field of each kind is shown in on SharePoint, declared once: the list schema, the writer, the
 * reader and docs/sharepoint.md all come from here. Every field is named (the compiler asks for each one); nested
 * structures nobody reports on stay in the item's JSON. Choices are the domain's own lists.
 */

const assessmentId = text('AssessmentId', 'Assessment id', 'The assessment this belongs to (EntityId in Assessments).');
const cycleId = text('CycleId', 'Cycle id', 'The assessment cycle (EntityId in Cycles).');
const organisationId = text('OrganisationId', 'Organisation id', 'The organisation (EntityId in Organisations).');
const serviceId = text('ServiceId', 'Service id', 'The service (EntityId in Services); empty for an organisation.');
const personId = text('PersonId', 'Person id', 'The person (EntityId in People).');
const standardCode = text('StandardCode', 'Standard', 'The standard’s code in the framework, e.g. 1.1.');
const updatedAt = dateTime('UpdatedAt', 'Last changed', 'When it was last changed in the app (UTC).');
const runId = text('RunId', 'Questionnaire run id', 'The questionnaire run (EntityId in Questionnaire runs).');
const answeredOn = date('AnsweredOn', 'Answered on', 'The day the answer was given (no time, for anonymity).');

const words = (value: string): string => value.replaceAll('_', ' ');

const COPY = 'A copy for reading (the app keeps the value in App data; changing the copy changes nothing).';
const copyOf = (what: string): string => `${what} ${COPY}`;

const capitalised = (value: string): string => `${value.charAt(0).toUpperCase()}${value.slice(1)}`;

/** Column name stems for the phases' dates (SharePoint names are at most 32 characters). */
const PHASE_COLUMN_NAMES: Readonly<Record<CyclePhase, string>> = {
  self_assessment: 'SelfAssessment',
  peer_review: 'PeerReview',
  reporting: 'Reporting',
  action_planning: 'ActionPlanning',
};

export const KIND_COLUMNS: ColumnDeclarations = {
  framework: {
    itemIs: 'one version of a quality framework (its themes and standards)',
    title: (f) => `${f.name} version ${f.versionNumber}`,
    fields: {
      key: text('FrameworkKey', 'Framework key', 'Groups the versions of one framework.'),
      name: text('FrameworkName', 'Framework', 'The framework’s name.'),
      versionNumber: num('VersionNumber', 'Version', 'The version number, from 1.'),
      status: choice('FrameworkStatus', 'Status', 'Draft, published (in use) or retired.', FRAMEWORK_STATUSES),
      illustrative: yesNo('Illustrative', 'Illustrative', 'Yes for the starter framework, for the network to replace.'),
      themes: IN_JSON,
      standards: IN_JSON,
      recognitionLevels: IN_JSON,
      createdAt: dateTime('CreatedAt', 'Created', 'When this version was created (UTC).'),
    },
  },
  organisation: {
    itemIs: 'a member organisation (an NHS trust or other provider)',
    title: (o) => o.name,
    fields: {
      name: text('OrganisationName', 'Organisation', 'The organisation’s full name.'),
      shortName: text('ShortName', 'Short name', 'The name used where space is short.'),
      tenantId: text('TenantId', 'Entra tenant id', 'The organisation’s Microsoft Entra tenant (directory) id.'),
    },
  },
  service: {
    itemIs: 'a service that assesses itself against the framework',
    title: (s) => s.name,
    fields: {
      organisationId,
      name: text('ServiceName', 'Service', 'The service’s name.'),
      description: note('ServiceDescription', 'Description', 'What the service does.'),
      population: text('Population', 'Population served', 'Who the service is for.'),
    },
  },
  person: {
    itemIs: 'a person who uses the app',
    title: (p) => p.displayName,
    fields: {
      displayName: text('DisplayName', 'Name', 'The person’s name.'),
      email: text('PersonEmail', 'Email', 'Their work e-mail address (lower case).'),
      organisationId,
      jobTitle: text('JobTitle', 'Job title', 'Their job title.'),
      profession: choice('Profession', 'Profession', 'Their professional background.', PROFESSIONS),
      tenantId: text('TenantId', 'Entra tenant id', 'The tenant they sign in from; empty until they first sign in.'),
      objectId: text('ObjectId', 'Entra object id', 'Their account’s object id; empty until they first sign in.'),
      guest: IN_JSON,
      notifyBy: choice(
        'NotifyBy',
        'Notify by',
        'How they hear about their work; empty until they choose.',
        NOTIFICATION_CHANNELS,
      ),
    },
    shown: [
      {
        column: yesNo('IsGuest', 'Guest', copyOf('Yes for a guest invited to the host tenant.')),
        value: (p) => p.guest !== undefined,
      },
      {
        column: dateTime('GuestSignedInAt', 'Guest first signed in', copyOf('When the guest first signed in (UTC).')),
        value: (p) => p.guest?.signedInAt,
      },
    ],
    derived: {
      PersonIdentity: { displayName: 'Sign-in identity', description: 'Tenant id and object id, for sign-in.' },
    },
  },
  roleAssignment: {
    itemIs: 'a role given to a person for the network, an organisation, a service or a review',
    title: (r) => `${words(r.role)} · ${r.scope.kind}`,
    fields: {
      personId,
      role: choice('Role', 'Role', 'What the role lets the person do.', ROLES),
      scope: IN_JSON,
      trainedOn: date('TrainedOn', 'Trained on', 'When a reviewer completed their training.'),
    },
    derived: {
      ScopeId: { displayName: 'Applies to', description: 'The organisation, service or assessment the role is for.' },
    },
  },
  cycle: {
    itemIs: 'an assessment cycle (its phases’ dates are in the JSON)',
    title: (c) => c.name,
    fields: {
      name: text('CycleName', 'Cycle', 'The cycle’s name, e.g. 2026/27.'),
      frameworkVersionId: text('FrameworkVersionId', 'Framework version id', 'The framework version used.'),
      windows: IN_JSON,
      createdAt: dateTime('CreatedAt', 'Created', 'When the cycle was created (UTC).'),
    },
    shown: CYCLE_PHASES.flatMap((phase) => {
      const name = PHASE_COLUMN_NAMES[phase];
      const phaseWords = words(phase);
      return [
        {
          column: date(`${name}Start`, `${capitalised(phaseWords)} starts`, copyOf(`The first day of ${phaseWords}.`)),
          value: (c: Cycle) => c.windows[phase].start,
        },
        {
          column: date(`${name}End`, `${capitalised(phaseWords)} ends`, copyOf(`The last day of ${phaseWords}.`)),
          value: (c: Cycle) => c.windows[phase].end,
        },
      ];
    }),
  },
  assessment: {
    itemIs: 'one service’s (or organisation’s) self-assessment in a cycle',
    title: (a) => `Assessment of ${a.subject.kind === 'service' ? a.subject.serviceId : a.subject.organisationId}`,
    fields: {
      cycleId,
      frameworkVersionId: text('FrameworkVersionId', 'Framework version id', 'The framework version it uses.'),
      subject: IN_JSON,
      state: choice('AssessmentState', 'State', 'Where the assessment is in its life.', ASSESSMENT_STATES),
      submittedAt: dateTime('SubmittedAt', 'Submitted', 'When the service submitted it (UTC).'),
      agreedAt: dateTime('AgreedAt', 'Agreed', 'When the review team agreed it (UTC).'),
      createdAt: dateTime('CreatedAt', 'Created', 'When it was started (UTC).'),
      updatedAt,
    },
    shown: [
      {
        column: choice('SubjectKind', 'Assesses', copyOf('A service, or a whole organisation.'), [
          'service',
          'organisation',
        ]),
        value: (a) => a.subject.kind,
      },
      {
        column: text('ServiceId', 'Service id', copyOf('The service assessed (empty for an organisation).')),
        value: (a) => (a.subject.kind === 'service' ? a.subject.serviceId : null),
      },
    ],
    derived: {
      SubjectId: { displayName: 'Service or organisation id', description: 'Who is assessed.' },
      OrganisationId: { displayName: 'Organisation id', description: 'The organisation assessed, or the service’s.' },
    },
  },
  assessmentSummary: {
    itemIs: 'the figures of one assessment, kept up to date with every save (what network views read)',
    title: (s) => `Summary of ${s.subject.kind === 'service' ? s.subject.serviceId : s.subject.organisationId}`,
    fields: {
      assessmentId,
      cycleId,
      frameworkVersionId: text('FrameworkVersionId', 'Framework version id', 'The framework version it uses.'),
      subject: IN_JSON,
      state: choice('AssessmentState', 'State', 'Where the assessment is in its life.', ASSESSMENT_STATES),
      standards: IN_JSON,
      agreed: IN_JSON,
      recognition: IN_JSON,
      progress: IN_JSON,
      overallPercent: num('OverallPercent', 'Overall score (%)', 'The overall score, one decimal; empty until scored.'),
      themePercents: IN_JSON,
      typePercents: IN_JSON,
      recognitionLevel: text('RecognitionLevel', 'Recognition level', 'The level the ratings reach; empty if none.'),
    },
    shown: [
      {
        column: num('StandardsRated', 'Standards rated', copyOf('How many standards have a rating.')),
        value: (s) => s.progress.rated,
      },
      {
        column: num('StandardsTotal', 'Standards', copyOf('How many standards the assessment has.')),
        value: (s) => s.progress.total,
      },
      {
        column: num('ProgressPercent', 'Progress (%)', copyOf('The share of standards rated, one decimal.')),
        value: (s) => s.progress.percent,
      },
      {
        column: text('ServiceId', 'Service id', copyOf('The service assessed (empty for an organisation).')),
        value: (s) => (s.subject.kind === 'service' ? s.subject.serviceId : null),
      },
    ],
    derived: {
      OrganisationId: { displayName: 'Organisation id', description: 'The organisation assessed, or the service’s.' },
    },
  },
  response: {
    itemIs: 'a service’s rating of one standard, with its narrative',
    title: (r) => `${r.standardCode} · ${r.rating === null ? 'not yet rated' : words(r.rating)}`,
    fields: {
      assessmentId,
      cycleId,
      standardCode,
      rating: choice('Rating', 'Rating', 'The service’s own rating; empty until rated.', RATINGS),
      naReason: note('NaReason', 'Why not applicable', 'The reason given for not applicable.'),
      narrative: note('Narrative', 'Narrative', 'What the service says about how it meets the standard.'),
      evidenceIds: IN_JSON,
      assigneeId: text('AssigneeId', 'Assigned to', 'The person asked to answer it (EntityId in People).'),
      updatedBy: text('UpdatedBy', 'Last changed by', 'Who changed it last (EntityId in People).'),
      updatedAt,
    },
  },
  evidence: {
    itemIs: 'a file of evidence attached to an assessment',
    title: (e) => e.fileName,
    fields: {
      assessmentId,
      fileName: text('FileName', 'File name', 'The file’s name.'),
      contentType: text('FileType', 'File type', 'The file’s media type.'),
      sizeBytes: num('SizeBytes', 'Size (bytes)', 'The file’s size in bytes.'),
      storageKey: text('StorageKey', 'Stored as', 'Where the file is kept in the evidence library.'),
      source: IN_JSON,
      uploadedBy: text('UploadedBy', 'Added by', 'Who added it (EntityId in People).'),
      uploadedAt: dateTime('UploadedAt', 'Added', 'When it was added (UTC).'),
      collection: choice(
        'EvidenceCollection',
        'Collection',
        'The service’s own or the review team’s.',
        EVIDENCE_COLLECTIONS,
      ),
    },
  },
  conversation: {
    itemIs: 'a Teams conversation the bot can write to',
    title: (c) => `${c.scope} conversation`,
    fields: {
      scope: text('ConversationScope', 'Scope', 'personal (a chat with one person) or team (a channel).'),
      personId,
      tenantId: text('TenantId', 'Entra tenant id', 'The tenant the conversation is in.'),
      objectId: text('ObjectId', 'Entra object id', 'The person’s object id, for a personal chat.'),
      serviceId,
      reference: IN_JSON,
      status: text('ConversationStatus', 'Status', 'active, or unreachable (the app was removed).'),
      remindersOff: yesNo('RemindersOff', 'Reminders off', 'Yes when the person turned reminders off.'),
      updatedAt,
    },
    derived: {
      ConversationIdentity: { displayName: 'Sign-in identity', description: 'Tenant id and object id.' },
    },
  },
  notification: {
    itemIs: 'a reminder or message the app sends or has sent',
    title: (n) => `${words(n.kind)} · ${n.period}`,
    fields: {
      personId,
      kind: text('NotificationKind', 'Kind', 'What the notification is about.'),
      period: text('Period', 'Period', 'The period it is for (one per person, kind and period).'),
      status: text('NotificationStatus', 'Status', 'pending, sent, failed or skipped.'),
      payload: IN_JSON,
      createdAt: dateTime('CreatedAt', 'Created', 'When it was planned (UTC).'),
      sentAt: dateTime('SentAt', 'Sent', 'When it was sent (UTC).'),
      error: note('SendError', 'Error', 'Why sending failed.'),
    },
  },
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
  questionnaire: {
    itemIs: 'a questionnaire for staff, patients or carers, in one language',
    title: (q) => `${q.title} (${q.language})`,
    fields: {
      key: text('QuestionnaireKey', 'Questionnaire key', 'Groups the language versions of one questionnaire.'),
      title: text('QuestionnaireTitle', 'Questionnaire', 'Its title.'),
      audience: choice('Audience', 'Audience', 'Who answers it.', AUDIENCES),
      language: text('QuestionnaireLanguage', 'Language', 'The language code, e.g. en or cy.'),
      illustrative: yesNo('Illustrative', 'Illustrative', 'Yes for the starter questionnaires.'),
      frameworkKey: text('FrameworkKey', 'Framework key', 'The framework its items inform.'),
      frameworkVersionNumber: num('FrameworkVersionNumber', 'Framework version', 'The framework version.'),
      introduction: note('Introduction', 'Introduction', 'Shown before the first question.'),
      optionLabels: IN_JSON,
      items: IN_JSON,
      frameworkId: text('FrameworkId', 'Framework version id', 'EntityId in Frameworks.'),
      createdAt: dateTime('CreatedAt', 'Created', 'When (UTC).'),
    },
  },
  questionnaireRun: {
    itemIs: 'a questionnaire opened for one service in a cycle',
    title: (r) => `${r.audience} questionnaire · ${r.serviceId}`,
    fields: {
      questionnaireId: text('QuestionnaireId', 'Questionnaire id', 'EntityId in Questionnaires.'),
      audience: choice('Audience', 'Audience', 'Who answers it.', AUDIENCES),
      serviceId,
      organisationId,
      cycleId,
      frameworkId: text('FrameworkId', 'Framework version id', 'EntityId in Frameworks.'),
      tokenHash: text('TokenHash', 'Link digest', 'A digest of the public link (never the link itself).'),
      openedBy: text('OpenedBy', 'Opened by', 'Who opened it (EntityId in People).'),
      openedAt: dateTime('OpenedAt', 'Opened', 'When (UTC).'),
      closesAt: dateTime('ClosesAt', 'Closes', 'Answers are refused from this moment (UTC).'),
      closedEarlyAt: dateTime('ClosedEarlyAt', 'Closed early', 'When it was closed before its date (UTC).'),
      closedEarlyBy: text('ClosedEarlyBy', 'Closed early by', 'Who closed it (EntityId in People).'),
      minimumAnswers: num('MinimumAnswers', 'Minimum answers', 'Results show only from this many answers.'),
      oneAnswerPerDevice: yesNo(
        'OneAnswerPerDevice',
        'One answer per device',
        'Yes when each phone or tablet may answer once; empty for runs opened before the choice (also once).',
      ),
    },
  },
  questionnaireAnswer: {
    itemIs: 'one anonymous set of answers to a questionnaire',
    title: (a) => `Answer · ${a.answeredOn} · ${a.source}`,
    fields: {
      runId,
      source: choice('AnswerSource', 'Source', 'Online, in Teams or typed in from paper.', ANSWER_SOURCES),
      answeredOn,
      choices: IN_JSON,
    },
  },
  questionnaireComment: {
    itemIs: 'a free-text answer to one question',
    title: (c) => `Comment · question ${c.itemCode}`,
    fields: {
      runId,
      itemCode: text('ItemCode', 'Question', 'The question’s code.'),
      text: note('CommentText', 'Comment', 'What was written.'),
      answeredOn,
      hidden: IN_JSON,
    },
  },
  questionnaireTally: {
    itemIs: 'the counts of answers to one questionnaire run',
    title: (t) => `Counts · ${t.answers} answers`,
    fields: {
      runId,
      answers: num('Answers', 'Answers', 'How many sets of answers.'),
      paperAnswers: num('PaperAnswers', 'Paper answers', 'How many were typed in from paper.'),
      choices: IN_JSON,
      texts: IN_JSON,
    },
  },
  questionnaireMarker: {
    itemIs: 'a note that a member of staff has answered (never linked to their answer)',
    title: () => 'Answered',
    fields: { runId, personId },
  },
};
