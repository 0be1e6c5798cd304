import {
  DEFAULT_OPTION_LABELS,
  isChoiceScale,
  optionsOf,
  type AnswerOption,
  type AnswerScale,
  type Questionnaire,
} from './questionnaire';

/** One question as the person answering sees it: its number, wording and the options in the questionnaire's words. */
export interface AskedQuestion {
  readonly code: string;
  readonly number: number;
  readonly text: string;
  readonly scale: AnswerScale;
  readonly required: boolean;
  readonly options: readonly { readonly code: AnswerOption; readonly label: string }[];
}

/**
 * The questions of a questionnaire as whoever answers them is asked them, on the public page or in the tab: numbered
 * in order, each option worded as the questionnaire words it (or in the default English where it gives none).
 */
export function askedQuestions(questionnaire: Questionnaire): AskedQuestion[] {
  return questionnaire.items.map((item, index) => ({
    code: item.code,
    number: index + 1,
    text: item.text,
    scale: item.scale,
    required: item.required,
    options: isChoiceScale(item.scale)
      ? optionsOf(item.scale).map((code) => ({
          code,
          label: questionnaire.optionLabels[code] ?? DEFAULT_OPTION_LABELS[code],
        }))
      : [],
  }));
}
