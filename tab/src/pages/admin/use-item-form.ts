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
}: ItemFormProps<Item> & {
  addTitle: string;
  nameOf: (item: Item) => string;
  save: (target: SaveTarget) => Promise<Saved>;
  savedNotice: (saved: Saved) => string;
}) {
  const submit = useSubmit();
  const run = async () => {
    const target: SaveTarget = initial ? { id: initial.id, version: initial.version } : { version: 0 };
    const saved = await submit.run(() => save(target), savedNotice);
    if (saved) onDone(savedNotice(saved));
  };
  return {
    fieldErrors: submit.fieldErrors,
    /** Spread onto AdminForm. */
    formProps: {
      title: initial ? `Edit ${nameOf(initial)}` : addTitle,
      state: submit,
      onSubmit: () => void run(),
      onCancel: () => onDone(null),
    },
  };
}
