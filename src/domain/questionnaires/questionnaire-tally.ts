import type { Versioned } from '../ids';
import type { AnswerOption } from './questionnaire';
import type { AnswerSource, ValidAnswer } from './questionnaire-answer';

/**
 * The counts of a run, kept up to date in the same commit as each answer, so results never read the answers:
 * how many answered, how many of them on paper, and per item how many chose each option or wrote something.
 */
export interface QuestionnaireTally extends Versioned {
  /** The run's id (one tally per run). */
  readonly runId: string;
  readonly answers: number;
  readonly paperAnswers: number;
  readonly choices: Readonly<Record<string, Readonly<Partial<Record<AnswerOption, number>>>>>;
  readonly texts: Readonly<Record<string, number>>;
}

export function emptyTally(runId: string): QuestionnaireTally {
  return { id: runId, version: 0, runId, answers: 0, paperAnswers: 0, choices: {}, texts: {} };
}

/** The tally with one more answer; the input is left alone. */
export function addToTally(tally: QuestionnaireTally, answer: ValidAnswer, source: AnswerSource): QuestionnaireTally {
  const choices: Record<string, Partial<Record<AnswerOption, number>>> = { ...tally.choices };
  for (const [code, option] of Object.entries(answer.choices)) {
    const counts = { ...(choices[code] ?? {}) };
    counts[option] = (counts[option] ?? 0) + 1;
    choices[code] = counts;
  }
  const texts: Record<string, number> = { ...tally.texts };
  for (const code of Object.keys(answer.texts)) texts[code] = (texts[code] ?? 0) + 1;
  return {
    ...tally,
    answers: tally.answers + 1,
    paperAnswers: tally.paperAnswers + (source === 'paper' ? 1 : 0),
    choices,
    texts,
  };
}
