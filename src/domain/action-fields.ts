import { isIsoDate } from './cycle-phase';
import type { ProblemCode } from './problem-codes';
import { textFieldProblem, type TextFieldRule } from './text-field-rules';

/**
 * The rules of an action's fields and of its completion, declared once: the API's input schemas take their lengths
 * from here (src/api/contracts/actions.ts), the domain refuses with the first problem, and the tab shows every
 * problem at once, in the same words, before anything is sent.
 */
export const ACTION_TEXT_FIELDS = {
  // What is missing is said in one sentence for the whole action (actionFieldRefusals), so none is "required" here.
  title: { enter: 'what will be done', required: false, maxLength: 300 },
  description: { enter: 'the details', required: false, maxLength: 5000 },
  completionNote: { enter: 'how the action was completed', required: false, maxLength: 5000 },
} as const satisfies Record<string, TextFieldRule>;

/** One reason the domain refuses an action's fields, as its DomainError carries it. */
export interface ActionFieldRefusal {
  readonly code: Extract<ProblemCode, 'action_incomplete' | 'invalid_due_date'>;
  readonly message: string;
  readonly field: 'title' | 'ownerId' | 'dueDate';
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface ActionFields {
  readonly title: string;
  readonly ownerId: string | null;
  readonly dueDate: string | null;
}

const blank = (value: string | null) => value === null || value.trim() === '';

/** What an action must have before it is stored: a title, an owner and a real due date; in order, none when ready. */
export function actionFieldRefusals(input: ActionFields): ActionFieldRefusal[] {
  const missing: string[] = [];
  if (blank(input.title)) missing.push('a title (what will be done)');
  if (blank(input.ownerId)) missing.push('an owner (who will do it)');
  if (blank(input.dueDate)) missing.push('a due date (by when)');
  const refusals: ActionFieldRefusal[] = [];
  if (missing.length > 0) {
    refusals.push({
      code: 'action_incomplete',
      message: `An action needs ${missing.join(', ')}. Add ${missing.length === 1 ? 'it' : 'them'} and save again.`,
      field: blank(input.ownerId) ? 'ownerId' : blank(input.title) ? 'title' : 'dueDate',
      details: { missing },
    });
  }
  if (!blank(input.dueDate) && !isIsoDate(input.dueDate ?? '')) {
    refusals.push({
      code: 'invalid_due_date',
      message: 'The due date must be a date like 2027-06-30.',
      field: 'dueDate',
    });
  }
  return refusals;
}

/** Every problem of a new or changed action at once, in the API's words: lengths first, then what is missing. */
export function actionFieldProblems(input: ActionFields & { readonly description: string }): string[] {
  const lengths = [
    textFieldProblem(ACTION_TEXT_FIELDS.title, input.title),
    textFieldProblem(ACTION_TEXT_FIELDS.description, input.description),
  ].filter((problem): problem is string => problem !== null);
  return [...lengths, ...actionFieldRefusals(input).map((r) => r.message)];
}

/** What an action marked completed must come with. */
export const COMPLETION_NEEDED =
  'Say how the action was completed, or attach evidence that shows it, before marking it completed.';

/** Why an action cannot be marked completed with this note and evidence; null when it can. */
export function completionRefusal(completion: {
  readonly note: string;
  readonly evidenceIds: readonly string[];
}): string | null {
  return completion.note.trim() === '' && completion.evidenceIds.length === 0 ? COMPLETION_NEEDED : null;
}

/** Every problem of a completion at once, in the API's words. */
export function completionProblems(completion: { readonly note: string; readonly evidenceIds: readonly string[] }) {
  return [textFieldProblem(ACTION_TEXT_FIELDS.completionNote, completion.note), completionRefusal(completion)].filter(
    (problem): problem is string => problem !== null,
  );
}
