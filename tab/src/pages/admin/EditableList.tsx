import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';
import { useResultFocus } from '../../ui/use-result-focus';
import { SectionNotice } from './SectionNotice';
import type { ItemEditing } from './use-item-editing';

const useStyles = makeStyles({ addBar: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalM}` } });

/**
 * An admin section whose items are added and edited in a form under the table: the last change's notice, the
 * add button, the table (children), the open form, then anything the section shows below it.
 */
export function EditableList<Item extends { readonly id: string }>({
  editing,
  addLabel,
  form,
  children,
  below,
}: {
  editing: ItemEditing<Item>;
  addLabel: string;
  form: (initial: Item | null, onDone: (notice: string | null) => void) => ReactNode;
  children: ReactNode;
  below?: ReactNode;
}) {
  const styles = useStyles();
  const open = editing.editing;
  // A cancelled form disappears with the focus in it: the button that opened it takes the focus back.
  const { ref: addButtonRef, focusResult: focusAddButton } = useResultFocus<HTMLButtonElement>();
  const close = (notice: string | null) => {
    editing.close(notice);
    if (notice === null) focusAddButton();
  };
  return (
    <>
      <SectionNotice text={editing.notice} />
      <div className={styles.addBar}>
        <Button appearance="primary" onClick={editing.add} ref={addButtonRef}>
          {addLabel}
        </Button>
      </div>
      {children}
      {open ? (
        // Keyed by item, so editing another row starts its form afresh instead of keeping what was typed.
        <Fragment key={open === 'new' ? 'new' : open.id}>{form(open === 'new' ? null : open, close)}</Fragment>
      ) : null}
      {below}
    </>
  );
}
