import { AUDIENCES } from '../../domain/questionnaires/questionnaire';
import { ANSWER_SOURCES } from '../../domain/questionnaires/questionnaire-answer';
import { choice, dateTime, IN_JSON, note, num, text, yesNo, type ColumnDeclarations } from './column-types';
import { cycleId, organisationId, serviceId, personId, runId, answeredOn } from './shared-columns';

/** Questionnaires: which column each field is shown in on SharePoint (see kind-columns.ts). */
export const QUESTIONNAIRE_COLUMNS = {
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
} satisfies Partial<ColumnDeclarations>;
