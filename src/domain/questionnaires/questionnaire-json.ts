import { JsonShapeReader, readJsonText } from '../json-shape';
import type { FieldError } from '../framework-draft';
import { toQuestionnaireDraft, type QuestionnaireDraft } from './questionnaire';
import type { QuestionnaireParseResult } from './questionnaire-import';
import {
  toTypedQuestionnaire,
  validateQuestionnaire,
  type LooseQuestionnaireDraft,
  type LooseQuestionnaireItem,
} from './questionnaire-rules';

/** Storage fields of an exported Questionnaire: accepted and dropped, since an import is a new questionnaire. */
const IGNORED_TOP_LEVEL = ['id', 'version', 'frameworkId', 'createdAt'];

/** Pretty JSON of the draft's fields only, so an export of a stored questionnaire imports again. */
export function exportQuestionnaireJson(questionnaire: QuestionnaireDraft): string {
  return `${JSON.stringify(toQuestionnaireDraft(questionnaire), null, 2)}\n`;
}

/**
 * Reads a questionnaire from JSON and reports every problem with its path (e.g. `items[3].scale`): first the shape,
 * then the rules (the items' standards checked against `standardCodes`, the framework version's), without repeating
 * a rule's complaint about a field whose shape was already wrong.
 */
export function parseQuestionnaireJson(text: string, standardCodes: ReadonlySet<string>): QuestionnaireParseResult {
  const read = readJsonText(text);
  if (!read.ok) return { ok: false, errors: [read.error] };
  if (typeof read.value !== 'object' || read.value === null || Array.isArray(read.value)) {
    return { ok: false, errors: [{ line: 1, field: 'file', message: 'Expected one questionnaire object ({ ... }).' }] };
  }
  const shape = new QuestionnaireShapeReader(IGNORED_TOP_LEVEL);
  const loose = shape.questionnaire(read.value);
  const errors: FieldError[] = [...shape.errors];
  for (const e of validateQuestionnaire(loose, standardCodes)) {
    if (!shape.isUnderBadPath(e.field)) errors.push(e);
  }
  if (errors.length > 0) return { ok: false, errors };
  const draft = toTypedQuestionnaire(loose);
  if (draft === undefined) throw new Error('A validated JSON questionnaire still has invalid values');
  return { ok: true, draft };
}

class QuestionnaireShapeReader extends JsonShapeReader {
  questionnaire(value: unknown): LooseQuestionnaireDraft {
    const o = this.object(value, '', [
      'key',
      'title',
      'audience',
      'language',
      'illustrative',
      'frameworkKey',
      'frameworkVersionNumber',
      'introduction',
      'optionLabels',
      'items',
      ...IGNORED_TOP_LEVEL,
    ]);
    const labels = o['optionLabels'] === undefined ? {} : this.object(o['optionLabels'], 'optionLabels', []);
    return {
      key: this.string(o, 'key', ''),
      title: this.string(o, 'title', ''),
      audience: this.string(o, 'audience', ''),
      language: this.string(o, 'language', ''),
      illustrative: this.boolean(o, 'illustrative', ''),
      frameworkKey: this.string(o, 'frameworkKey', ''),
      frameworkVersionNumber: this.number(o, 'frameworkVersionNumber', ''),
      introduction: this.string(o, 'introduction', '', true),
      optionLabels: Object.fromEntries(
        Object.entries(labels).map(([option, label]) => [option, this.text(label, `optionLabels.${option}`)]),
      ),
      items: this.array(o, 'items', '').map(([item, path]) => this.item(item, path)),
    };
  }

  private item(value: unknown, path: string): LooseQuestionnaireItem {
    const i = this.object(value, path, ['code', 'text', 'scale', 'required', 'standards']);
    return {
      code: this.string(i, 'code', path),
      text: this.string(i, 'text', path),
      scale: this.string(i, 'scale', path),
      required: this.boolean(i, 'required', path),
      standards: this.array(i, 'standards', path).map(([code, p]) => this.text(code, p)),
    };
  }
}
