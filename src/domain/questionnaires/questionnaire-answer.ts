import type { IsoDate, IsoDateTime, Versioned } from '../ids';
import {
  isChoiceScale,
  MAX_FREE_TEXT_LENGTH,
  optionsOf,
  type AnswerOption,
  type QuestionnaireItem,
} from './questionnaire';

/** How an answer arrived: the public link, a member of staff in Teams, or typed in from paper by staff. */
export const ANSWER_SOURCES = ['online', 'teams', 'paper'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

/**
 * One person's answers to the choice items. It stores no link to a person: no name, account, address or time of
 * day (only the date). Free text is kept apart, one QuestionnaireComment per item answered.
 */
export interface QuestionnaireAnswer extends Versioned {
  readonly runId: string;
  readonly source: AnswerSource;
  readonly answeredOn: IsoDate;
  readonly choices: Readonly<Record<string, AnswerOption>>;
}

/** A free-text answer; the service and its reviewers read it, and may hide one that names someone. */
export interface QuestionnaireComment extends Versioned {
  readonly runId: string;
  readonly itemCode: string;
  readonly text: string;
  readonly answeredOn: IsoDate;
  readonly hidden?: { readonly reason: string; readonly byPersonId: string; readonly at: IsoDateTime };
}

/** For staff only: that a person has answered a run (to stop reminders and a second answer), kept apart from it. */
export interface QuestionnaireAnsweredMarker extends Versioned {
  readonly runId: string;
  readonly personId: string;
}

export function answeredMarkerId(runId: string, personId: string): string {
  return `${runId}:${personId}`;
}

/** What a person sends: option codes of choice items and the text of free-text items, by item code. */
export interface AnswerSubmission {
  readonly choices: Readonly<Record<string, string>>;
  readonly texts: Readonly<Record<string, string>>;
}

/** A submission checked against its questionnaire: only known items, valid options, trimmed non-empty texts. */
export interface ValidAnswer {
  readonly choices: Readonly<Record<string, AnswerOption>>;
  readonly texts: Readonly<Record<string, string>>;
}

export interface AnswerProblem {
  readonly itemCode: string;
  readonly message: string;
}

/** Checks a submission: every required item answered, options of the item's scale, free text within its limit. */
export function checkAnswer(
  // Only the items' codes, scales and whether they are required: the tab checks against the questions it shows.
  questionnaire: { readonly items: readonly Pick<QuestionnaireItem, 'code' | 'scale' | 'required'>[] },
  submission: AnswerSubmission,
): { ok: true; answer: ValidAnswer } | { ok: false; problems: AnswerProblem[] } {
  const problems: AnswerProblem[] = [];
  const choices: Record<string, AnswerOption> = {};
  const texts: Record<string, string> = {};
  const known = new Set(questionnaire.items.map((i) => i.code));
  for (const code of [...Object.keys(submission.choices), ...Object.keys(submission.texts)]) {
    if (!known.has(code)) problems.push({ itemCode: code, message: 'This questionnaire has no such question.' });
  }
  questionnaire.items.forEach((item, index) => {
    const number = index + 1;
    if (isChoiceScale(item.scale)) {
      const given = submission.choices[item.code];
      const option = optionsOf(item.scale).find((o) => o === given);
      if (given === undefined || given === '') {
        if (item.required) problems.push({ itemCode: item.code, message: `Please answer question ${number}.` });
      } else if (option === undefined) {
        problems.push({ itemCode: item.code, message: `Choose one of the answers offered for question ${number}.` });
      } else {
        choices[item.code] = option;
      }
      if (submission.texts[item.code] !== undefined) {
        problems.push({ itemCode: item.code, message: `Question ${number} takes a choice, not your own words.` });
      }
    } else {
      const text = (submission.texts[item.code] ?? '').trim();
      if (text === '') {
        if (item.required) problems.push({ itemCode: item.code, message: `Please answer question ${number}.` });
      } else if (text.length > MAX_FREE_TEXT_LENGTH) {
        problems.push({
          itemCode: item.code,
          message:
            `Your answer to question ${number} is ${text.length} characters long; please shorten it to ` +
            `${MAX_FREE_TEXT_LENGTH.toLocaleString('en-GB')} characters or fewer.`,
        });
      } else {
        texts[item.code] = text;
      }
      if (submission.choices[item.code] !== undefined) {
        problems.push({ itemCode: item.code, message: `Question ${number} asks for your own words, not a choice.` });
      }
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answer: { choices, texts } };
}
