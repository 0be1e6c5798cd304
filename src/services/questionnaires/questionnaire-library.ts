import { importRefusedMessage } from '../../domain/import-refused';
import { DomainError } from '../../domain/errors';
import type { FieldError } from '../../domain/framework-draft';
import {
  questionnaireId,
  type Questionnaire,
  type QuestionnaireDraft,
} from '../../domain/questionnaires/questionnaire';
import {
  exportQuestionnaireCsv,
  parseQuestionnaireCsv,
  type QuestionnaireCsvBase,
} from '../../domain/questionnaires/questionnaire-csv';
import { exportQuestionnaireJson, parseQuestionnaireJson } from '../../domain/questionnaires/questionnaire-json';
import { authorize, type Principal } from '../access-policy';
import { putOne, type Ports } from '../context';
import { forgetCached } from '../read-cache';
import { questionnaireCacheKey } from './questionnaire-answers';
import { NotFoundError } from '../errors';

export class QuestionnaireImportError extends DomainError {
  constructor(readonly errors: readonly FieldError[]) {
    super('invalid_questionnaire', importRefusedMessage('questionnaire', errors.length), undefined, { errors });
  }
}

export interface QuestionnaireImport {
  readonly format: 'json' | 'csv';
  readonly content: string;
  /** The stored framework version whose standards the items inform. */
  readonly frameworkId: string;
  /** For CSV: what does not fit the item rows. */
  readonly base?: Omit<QuestionnaireCsvBase, 'frameworkKey' | 'frameworkVersionNumber'>;
}

/** Imports a questionnaire (a new one, or a new language of one) against a stored framework version. */
export async function importQuestionnaire(
  ports: Ports,
  principal: Principal,
  request: QuestionnaireImport,
): Promise<Questionnaire> {
  authorize(principal, 'framework.manage');
  const framework = await ports.store.get('framework', request.frameworkId);
  if (!framework) throw new NotFoundError('framework', request.frameworkId);
  const standards = new Set(framework.standards.map((s) => s.code));
  let parsed;
  if (request.format === 'json') {
    parsed = parseQuestionnaireJson(request.content, standards);
  } else {
    if (!request.base) {
      throw new DomainError(
        'invalid_input',
        'A CSV import carries the items only: give the title, audience, language, introduction and option wording as "base".',
        'base',
      );
    }
    const base = { ...request.base, frameworkKey: framework.key, frameworkVersionNumber: framework.versionNumber };
    parsed = parseQuestionnaireCsv(request.content, base, standards);
  }
  if (!parsed.ok) throw new QuestionnaireImportError(parsed.errors);
  const draft: QuestionnaireDraft = parsed.draft;
  if (draft.frameworkKey !== framework.key || draft.frameworkVersionNumber !== framework.versionNumber) {
    throw new QuestionnaireImportError([
      {
        line: null,
        field: 'frameworkKey',
        message: `The file is for framework ${draft.frameworkKey} version ${draft.frameworkVersionNumber}, but it is being imported into ${framework.key} version ${framework.versionNumber}.`,
      },
    ]);
  }
  const id = questionnaireId(framework.id, draft.key, draft.language);
  const existing = await ports.store.get('questionnaire', id);
  const value: Questionnaire = {
    ...draft,
    id,
    version: existing?.version ?? 0,
    frameworkId: framework.id,
    createdAt: existing?.createdAt ?? ports.clock.now().toISOString(),
  };
  const stored = await putOne(ports, principal, 'questionnaire', value, existing?.version ?? 0);
  // Answers on this instance check against the new wording at once; other instances within a minute.
  forgetCached(ports, questionnaireCacheKey(id));
  return stored;
}

export async function listQuestionnaires(
  ports: Ports,
  principal: Principal,
  frameworkId: string | undefined,
): Promise<Questionnaire[]> {
  authorize(principal, 'framework.read');
  return frameworkId === undefined
    ? ports.store.query('questionnaire', {})
    : ports.store.query('questionnaire', { frameworkId });
}

export async function exportQuestionnaire(
  ports: Ports,
  principal: Principal,
  id: string,
  format: 'json' | 'csv',
): Promise<{ fileName: string; contentType: string; body: string }> {
  authorize(principal, 'framework.read');
  const q = await ports.store.get('questionnaire', id);
  if (!q) throw new NotFoundError('questionnaire', id);
  const name = `${q.key}-${q.language}`;
  return format === 'json'
    ? { fileName: `${name}.json`, contentType: 'application/json', body: exportQuestionnaireJson(q) }
    : { fileName: `${name}.csv`, contentType: 'text/csv; charset=utf-8', body: exportQuestionnaireCsv(q) };
}
