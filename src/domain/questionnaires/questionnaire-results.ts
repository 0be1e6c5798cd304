import { scorePercent } from '../score-bucket';
import {
  DEFAULT_OPTION_LABELS,
  isChoiceScale,
  optionsOf,
  POSITIVE_OPTIONS,
  type AnswerOption,
  type AnswerScale,
  type Questionnaire,
} from './questionnaire';
import type { QuestionnaireComment } from './questionnaire-answer';
import type { QuestionnaireRun } from './questionnaire-run';
import type { QuestionnaireTally } from './questionnaire-tally';

export interface OptionCount {
  readonly option: AnswerOption;
  readonly label: string;
  readonly count: number;
  /** Share of the item's answers, one decimal place (the project's one percent rule). */
  readonly percent: number | null;
}

export interface ItemResult {
  readonly code: string;
  readonly text: string;
  readonly scale: AnswerScale;
  readonly standards: readonly string[];
  /** How many answered this item; null while fewer than the minimum answered it. */
  readonly answered: number | null;
  /** Null while suppressed, and for free-text items. */
  readonly distribution: readonly OptionCount[] | null;
  /** Share choosing a positive option (agree or strongly agree; yes); null while suppressed or for free text. */
  readonly sharePositive: number | null;
}

export interface StandardItems {
  readonly standardCode: string;
  /** Codes of the items that inform the standard, in questionnaire order. */
  readonly itemCodes: readonly string[];
}

/** A comment as its readers see it: a hidden one keeps why and when, never its text. */
export type CommentView =
  | { readonly id: string; readonly itemCode: string; readonly version: number; readonly text: string }
  | {
      readonly id: string;
      readonly itemCode: string;
      readonly version: number;
      readonly hidden: { readonly reason: string; readonly at: string };
    };

export interface QuestionnaireResults {
  readonly runId: string;
  readonly audience: Questionnaire['audience'];
  readonly title: string;
  readonly minimumAnswers: number;
  /** Always shown: the count is what a lead watches until the minimum is reached. */
  readonly answers: number;
  readonly paperAnswers: number;
  /** True while fewer than the minimum answered: no item figures and no comments are given. */
  readonly suppressed: boolean;
  readonly items: readonly ItemResult[];
  readonly standards: readonly StandardItems[];
}

/**
 * A run's results from its tally alone (never the answers): per item the count, the distribution and the share
 * positive; per standard the items that inform it. Nothing is shown from fewer than the run's minimum answers, for
 * the whole run and for each item (an optional item may have been answered by fewer).
 */
export function questionnaireResults(
  questionnaire: Questionnaire,
  run: QuestionnaireRun,
  tally: QuestionnaireTally,
): QuestionnaireResults {
  const suppressed = tally.answers < run.minimumAnswers;
  const label = (option: AnswerOption): string => questionnaire.optionLabels[option] ?? DEFAULT_OPTION_LABELS[option];
  const items = questionnaire.items.map((item): ItemResult => {
    const base = { code: item.code, text: item.text, scale: item.scale, standards: item.standards };
    if (!isChoiceScale(item.scale)) {
      const answered = tally.texts[item.code] ?? 0;
      return {
        ...base,
        answered: suppressed || answered < run.minimumAnswers ? null : answered,
        distribution: null,
        sharePositive: null,
      };
    }
    const counts = tally.choices[item.code] ?? {};
    const options = optionsOf(item.scale);
    const answered = options.reduce((sum, o) => sum + (counts[o] ?? 0), 0);
    if (suppressed || answered < run.minimumAnswers) {
      return { ...base, answered: null, distribution: null, sharePositive: null };
    }
    const positive = POSITIVE_OPTIONS[item.scale].reduce((sum, o) => sum + (counts[o] ?? 0), 0);
    return {
      ...base,
      answered,
      distribution: options.map((option) => ({
        option,
        label: label(option),
        count: counts[option] ?? 0,
        percent: scorePercent(counts[option] ?? 0, 0, answered),
      })),
      sharePositive: scorePercent(positive, 0, answered),
    };
  });
  const byStandard = new Map<string, string[]>();
  for (const item of questionnaire.items) {
    for (const code of item.standards) byStandard.set(code, [...(byStandard.get(code) ?? []), item.code]);
  }
  return {
    runId: run.id,
    audience: questionnaire.audience,
    title: questionnaire.title,
    minimumAnswers: run.minimumAnswers,
    answers: tally.answers,
    paperAnswers: tally.paperAnswers,
    suppressed,
    items,
    standards: [...byStandard].map(([standardCode, itemCodes]) => ({ standardCode, itemCodes })),
  };
}

/**
 * The free text of a run for the service and its reviewers: nothing while the run is under its minimum (a few
 * comments could say who wrote them), and a hidden comment only as the fact that it was hidden and why.
 */
export function commentViews(
  run: QuestionnaireRun,
  tally: QuestionnaireTally,
  comments: readonly QuestionnaireComment[],
): CommentView[] {
  if (tally.answers < run.minimumAnswers) return [];
  return comments.map((c): CommentView =>
    c.hidden === undefined
      ? { id: c.id, itemCode: c.itemCode, version: c.version, text: c.text }
      : { id: c.id, itemCode: c.itemCode, version: c.version, hidden: { reason: c.hidden.reason, at: c.hidden.at } },
  );
}

/** The shortest reason accepted for hiding a comment: the record must say why. */
export const MIN_HIDE_REASON_LENGTH = 5;

/** What stops a comment being hidden with this reason, in the words the API and the tab both use (none when it will do). */
export function hideReasonProblems(reason: string): string[] {
  return reason.trim().length < MIN_HIDE_REASON_LENGTH
    ? [
        'Say in a few words why the comment is hidden (for example “names a member of staff”); the reason is kept on record.',
      ]
    : [];
}
