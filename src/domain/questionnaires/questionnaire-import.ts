import type { FieldError } from '../framework-draft';
import type { QuestionnaireDraft } from './questionnaire';

/** The outcome of reading a questionnaire file: the draft, or every problem found, each with its line where known. */
export type QuestionnaireParseResult =
  { readonly ok: true; readonly draft: QuestionnaireDraft } | { readonly ok: false; readonly errors: FieldError[] };
