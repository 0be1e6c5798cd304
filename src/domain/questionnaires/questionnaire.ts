import type { IsoDateTime, Versioned } from '../ids';

/** Who answers a questionnaire. Patients and carers answer without an account; staff sign in. */
export const AUDIENCES = ['staff', 'patients', 'carers'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** How an item is answered: a five-point agree-disagree scale, yes / no / not sure, or the person's own words. */
export const ANSWER_SCALES = ['agree_disagree_5', 'yes_no_not_sure', 'free_text'] as const;
export type AnswerScale = (typeof ANSWER_SCALES)[number];
export type ChoiceScale = Exclude<AnswerScale, 'free_text'>;

/** The options of each choice scale, most favourable first; the codes are stored, the wording is the questionnaire's. */
export const SCALE_OPTIONS = {
  agree_disagree_5: ['strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree'],
  yes_no_not_sure: ['yes', 'no', 'not_sure'],
} as const satisfies Record<ChoiceScale, readonly string[]>;
export type AnswerOption = (typeof SCALE_OPTIONS)[ChoiceScale][number];

/** The options that count towards an item's share positive. */
export const POSITIVE_OPTIONS: Readonly<Record<ChoiceScale, readonly AnswerOption[]>> = {
  agree_disagree_5: ['strongly_agree', 'agree'],
  yes_no_not_sure: ['yes'],
};

/** The longest free-text answer accepted, in characters. */
export const MAX_FREE_TEXT_LENGTH = 2000;

export interface QuestionnaireItem {
  /** Stable within the questionnaire (e.g. "S1"); answers and counts are kept by it, so a translation keeps the codes. */
  readonly code: string;
  /** The wording shown to the person answering. */
  readonly text: string;
  readonly scale: AnswerScale;
  readonly required: boolean;
  /** Codes of the framework version's standards this item informs. */
  readonly standards: readonly string[];
}

/**
 * A questionnaire's content without its storage identity: what admins import and export. The wording is data: a
 * translation or an easy-read version is another questionnaire with the same key and item codes and another
 * `language` (a language tag with an optional variant, e.g. "en-GB", "cy-GB", "en-GB-easy-read").
 */
export interface QuestionnaireDraft {
  /** Groups the language versions of one questionnaire, e.g. "patients-starter". */
  readonly key: string;
  readonly title: string;
  readonly audience: Audience;
  readonly language: string;
  /** True for the starter questionnaires: "illustrative, for the network to replace". */
  readonly illustrative: boolean;
  /** The framework version whose standards the items inform. */
  readonly frameworkKey: string;
  readonly frameworkVersionNumber: number;
  /** Shown before the first item: what the questionnaire is for and that answers are anonymous. */
  readonly introduction: string;
  /** The wording of the answer options in this language; options left out read as DEFAULT_OPTION_LABELS. */
  readonly optionLabels: Readonly<Partial<Record<AnswerOption, string>>>;
  readonly items: readonly QuestionnaireItem[];
}

export interface Questionnaire extends Versioned, QuestionnaireDraft {
  /** The stored framework version (FrameworkVersion.id) the items' standards were checked against. */
  readonly frameworkId: string;
  readonly createdAt: IsoDateTime;
}

/** English wording of the answer options, used where a questionnaire gives none of its own. */
export const DEFAULT_OPTION_LABELS: Readonly<Record<AnswerOption, string>> = {
  strongly_agree: 'Strongly agree',
  agree: 'Agree',
  neither: 'Neither agree nor disagree',
  disagree: 'Disagree',
  strongly_disagree: 'Strongly disagree',
  yes: 'Yes',
  no: 'No',
  not_sure: 'Not sure',
};

/** One questionnaire per framework version, key and language, so two imports of the same one cannot both be stored. */
export function questionnaireId(frameworkId: string, key: string, language: string): string {
  return `${frameworkId}:${key}:${language}`;
}

export function isChoiceScale(scale: AnswerScale): scale is ChoiceScale {
  return scale !== 'free_text';
}

export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}

export function isAnswerScale(value: string): value is AnswerScale {
  return (ANSWER_SCALES as readonly string[]).includes(value);
}

export function optionsOf(scale: ChoiceScale): readonly AnswerOption[] {
  return SCALE_OPTIONS[scale];
}

/** The draft fields only, so an export of a stored questionnaire imports as a fresh one. */
export function toQuestionnaireDraft(q: QuestionnaireDraft): QuestionnaireDraft {
  return {
    key: q.key,
    title: q.title,
    audience: q.audience,
    language: q.language,
    illustrative: q.illustrative,
    frameworkKey: q.frameworkKey,
    frameworkVersionNumber: q.frameworkVersionNumber,
    introduction: q.introduction,
    optionLabels: { ...q.optionLabels },
    items: q.items.map((i) => ({
      code: i.code,
      text: i.text,
      scale: i.scale,
      required: i.required,
      standards: [...i.standards],
    })),
  };
}
