import type { FieldError } from '../framework-draft';
import {
  DEFAULT_OPTION_LABELS,
  isAnswerScale,
  isAudience,
  type QuestionnaireDraft,
  type QuestionnaireItem,
} from './questionnaire';

/** A questionnaire as it arrives from a file, before its enum values are known to be valid. */
export interface LooseQuestionnaireDraft extends Omit<QuestionnaireDraft, 'audience' | 'items' | 'optionLabels'> {
  readonly audience: string;
  readonly optionLabels: Readonly<Record<string, string>>;
  readonly items: readonly LooseQuestionnaireItem[];
}

export interface LooseQuestionnaireItem extends Omit<QuestionnaireItem, 'scale'> {
  readonly scale: string;
}

const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A language tag and optional variants: "en-GB", "cy", "en-GB-easy-read". */
const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,12})*$/;
const ITEM_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;
/** Items are read on a phone: a long item is two questions. */
export const MAX_ITEM_TEXT_LENGTH = 300;

/**
 * Every problem in a questionnaire, each naming the field at fault as a path such as `items[3].standards`.
 * `standardCodes` are the codes of the framework version it belongs to: an item may only inform those.
 */
export function validateQuestionnaire(
  draft: QuestionnaireDraft | LooseQuestionnaireDraft,
  standardCodes: ReadonlySet<string>,
): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string): void => {
    errors.push({ line: null, field, message });
  };
  if (!KEY_PATTERN.test(draft.key)) {
    add('key', 'Use lower-case letters, digits and single hyphens, for example "patients-starter".');
  }
  if (draft.title.trim() === '') add('title', 'Give the questionnaire a title.');
  if (!isAudience(draft.audience)) add('audience', 'The audience must be staff, patients or carers.');
  if (!LANGUAGE_PATTERN.test(draft.language)) {
    add('language', 'Give the language as a tag such as "en-GB", or with a variant such as "en-GB-easy-read".');
  }
  if (!Number.isInteger(draft.frameworkVersionNumber) || draft.frameworkVersionNumber < 1) {
    add('frameworkVersionNumber', 'The framework version number must be a whole number from 1.');
  }
  for (const option of Object.keys(draft.optionLabels)) {
    if (!(option in DEFAULT_OPTION_LABELS)) {
      add(
        `optionLabels.${option}`,
        `"${option}" is not an answer option. The options are ${Object.keys(DEFAULT_OPTION_LABELS).join(', ')}.`,
      );
    }
  }
  if (draft.items.length === 0) add('items', 'The questionnaire has no items: add at least one.');
  const seen = new Map<string, number>();
  draft.items.forEach((item, i) => {
    const path = `items[${i}]`;
    if (!ITEM_CODE_PATTERN.test(item.code)) {
      add(`${path}.code`, 'Give the item a short code of letters and digits, for example "P1".');
    } else if (seen.has(item.code)) {
      add(
        `${path}.code`,
        `Item code ${item.code} is used by item ${(seen.get(item.code) ?? 0) + 1} too; codes must differ.`,
      );
    } else {
      seen.set(item.code, i);
    }
    if (item.text.trim() === '') add(`${path}.text`, 'Write the question or statement the person answers.');
    else if (item.text.length > MAX_ITEM_TEXT_LENGTH) {
      add(`${path}.text`, `Keep the wording under ${MAX_ITEM_TEXT_LENGTH} characters; split a long item into two.`);
    }
    if (!isAnswerScale(item.scale)) {
      add(`${path}.scale`, 'The scale must be agree_disagree_5, yes_no_not_sure or free_text.');
    }
    const unknown = item.standards.filter((code) => !standardCodes.has(code));
    if (unknown.length > 0) {
      add(
        `${path}.standards`,
        `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a standard' : 'are not standards'} of framework ` +
          `${draft.frameworkKey} version ${draft.frameworkVersionNumber}; use the codes of its standards.`,
      );
    } else if (item.standards.length === 0 && item.scale !== 'free_text') {
      add(`${path}.standards`, 'Name at least one standard this item informs.');
    }
  });
  return errors;
}

/** The typed draft of a loose one that validated, or undefined while any value is invalid. */
export function toTypedQuestionnaire(loose: LooseQuestionnaireDraft): QuestionnaireDraft | undefined {
  const { audience } = loose;
  if (!isAudience(audience)) return undefined;
  const items: QuestionnaireItem[] = [];
  for (const item of loose.items) {
    const { scale } = item;
    if (!isAnswerScale(scale)) return undefined;
    items.push({ ...item, scale });
  }
  const optionLabels = Object.fromEntries(
    Object.entries(loose.optionLabels).filter(([option]) => option in DEFAULT_OPTION_LABELS),
  );
  return { ...loose, audience, optionLabels, items };
}
