import { ASSESSMENT_STATES, RATINGS } from '../../domain/assessment';
import { EVIDENCE_COLLECTIONS } from '../../domain/evidence';
import { choice, dateTime, IN_JSON, note, num, text, yesNo, type ColumnDeclarations } from './column-types';
import { assessmentId, cycleId, serviceId, personId, standardCode, updatedAt, words, copyOf } from './shared-columns';

/** Self-assessment, evidence and the bot's records: which column each field is shown in on SharePoint (see kind-columns.ts). */
export const ASSESSMENT_COLUMNS = {
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
} satisfies Partial<ColumnDeclarations>;
