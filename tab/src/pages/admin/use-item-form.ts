import { useState } from 'react';
import type { Confirmation } from '../../ui/ConfirmAction';
import { useSubmit } from './use-submit';

/** What a section passes to the form it opens: the item to edit (null for a new one), and how to close it. */
export interface ItemFormProps<Item> {
  readonly initial: Item | null;
  /** Closes the form: with the notice to show once it saved, or null when cancelled. */
  readonly onDone: (notice: string | null) => void;
}

/** The item a save is for: its id, and the version the form was opened at (0 for a new item). */
export interface SaveTarget {
  readonly id?: string;
  readonly version: number;
}

/**
 * What every add-or-edit form of the admin sections shares. The save sends the version the form was opened at,
 * so the API can refuse an edit made over someone else's; a refusal comes back as messages under the fields it
 * names; a save closes the form with a notice for the section (the form itself is gone by then).
 */
export function useItemForm<Item extends { readonly id: string; readonly version: number }, Saved>({
  initial,
  onDone,
  addTitle,
  nameOf,
  save,
  savedNotice,
  problems,
  confirmBefore,
}: ItemFormProps<Item> & {
  addTitle: string;
  nameOf: (item: Item) => string;
  save: (target: SaveTarget) => Promise<Saved>;
  savedNotice: (saved: Saved) => string;
  /** The browser's check, from the same rules the API applies: every problem at once, by field. */
  problems?: () => Readonly<Record<string, string>>;
  /** What the save would change for other people, to confirm first; null when there is nothing to ask. */
  confirmBefore?: () => Confirmation | null;
}) {
  const submit = useSubmit();
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const run = async () => {
    setConfirmation(null);
    const target: SaveTarget = initial ? { id: initial.id, version: initial.version } : { version: 0 };
    const saved = await submit.run(() => save(target), savedNotice);
    if (saved) onDone(savedNotice(saved));
  };
  const attempt = () => {
    const found = problems?.() ?? {};
    if (Object.keys(found).length > 0) {
      setConfirmation(null);
      submit.showProblems(found);
      return;
    }
    const ask = confirmBefore?.() ?? null;
    if (ask) {
      submit.reset();
      setConfirmation(ask);
      return;
    }
    void run();
  };
  return {
    fieldErrors: submit.fieldErrors,
    /** Spread onto AdminForm. */
    formProps: {
      title: initial ? `Edit ${nameOf(initial)}` : addTitle,
      state: submit,
      onSubmit: attempt,
      onCancel: () => onDone(null),
      confirmation: confirmation
        ? { confirmation, onConfirm: () => void run(), onCancel: () => setConfirmation(null) }
        : null,
    },
  };
}
