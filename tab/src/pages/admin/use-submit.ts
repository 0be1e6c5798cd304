import { useState } from 'react';
import { fieldMessages, messageOf } from '../../api/errors';

export interface SubmitState {
  readonly busy: boolean;
  /** API messages by the field they name (e.g. `name`, `windows.peer_review.end`). */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** A message for the whole form when no field is named. */
  readonly formError: string | null;
  readonly done: string | null;
  /** The last refusal itself, for forms that show more of it (framework import errors line by line). */
  readonly error: unknown;
}

/** Runs a save, and turns a refusal into messages next to the fields it names. */
export function useSubmit() {
  const [state, setState] = useState<SubmitState>({
    busy: false,
    fieldErrors: {},
    formError: null,
    done: null,
    error: null,
  });
  const run = async <T>(action: () => Promise<T>, doneMessage: (result: T) => string): Promise<T | null> => {
    setState({ busy: true, fieldErrors: {}, formError: null, done: null, error: null });
    try {
      const result = await action();
      setState({ busy: false, fieldErrors: {}, formError: null, done: doneMessage(result), error: null });
      return result;
    } catch (error) {
      const fields = fieldMessages(error);
      setState({
        busy: false,
        fieldErrors: fields,
        formError: Object.keys(fields).length > 0 ? 'Please correct the fields marked below.' : messageOf(error),
        done: null,
        error,
      });
      return null;
    }
  };
  /** Problems found in the browser before anything is sent: all of them at once, each under its field. */
  const showProblems = (fieldErrors: Readonly<Record<string, string>>) => {
    const count = Object.keys(fieldErrors).length;
    setState({
      busy: false,
      fieldErrors,
      formError: `${count === 1 ? 'One field needs' : `${count} fields need`} correcting (marked below). Nothing has been saved yet.`,
      done: null,
      error: null,
    });
  };
  const reset = () => setState({ busy: false, fieldErrors: {}, formError: null, done: null, error: null });
  return { ...state, run, reset, showProblems };
}
