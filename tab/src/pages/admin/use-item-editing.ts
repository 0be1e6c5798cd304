import { useState } from 'react';

/**
 * What an admin section keeps around its table: whose form is open (an item, a new one, or none) and the notice
 * of the last change. The notice lives here rather than in the form because a save closes the form.
 */
export interface ItemEditing<Item> {
  readonly editing: Item | 'new' | null;
  readonly notice: string | null;
  readonly setNotice: (notice: string | null) => void;
  readonly add: () => void;
  readonly edit: (item: Item) => void;
  /** Closes the form; a notice means it saved, so the section's data is stale. */
  readonly close: (notice: string | null) => void;
}

export function useItemEditing<Item>(onSaved: () => void): ItemEditing<Item> {
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return {
    editing,
    notice,
    setNotice,
    add: () => setEditing('new'),
    edit: (item) => setEditing(item),
    close: (saved) => {
      setEditing(null);
      setNotice(saved);
      if (saved) onSaved();
    },
  };
}
