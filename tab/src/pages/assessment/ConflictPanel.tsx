import type { StandardResponse } from '../../api/types';
import { NOT_RATED_LABEL, RATING_LABELS } from '../../../../src/domain/labels';
import type { ConflictChoice } from '../shared/autosave/autosave-drafts';
import { ConflictPanel as VersionsSideBySide, type VersionRows } from '../shared/autosave/ConflictPanel';
import { primaryConflictChoice } from './conflict-primary-choice';
import type { ResponseFields } from './response-fields';

function rowsOf(fields: ResponseFields): VersionRows {
  return [
    { label: 'Rating', value: fields.rating ? RATING_LABELS[fields.rating] : NOT_RATED_LABEL },
    ...(fields.rating === 'not_applicable'
      ? [{ label: 'Why it does not apply', value: fields.naReason || '(no reason given)' }]
      : []),
    { label: 'Narrative', value: fields.narrative || '(empty)' },
  ];
}

/** Two versions of a self-assessment response: rating, reason and narrative side by side. */
export function ConflictPanel({
  code,
  mine,
  theirs,
  theirName,
  onChoose,
}: {
  code: string;
  mine: ResponseFields;
  theirs: StandardResponse;
  theirName: string;
  onChoose: (choice: ConflictChoice) => void;
}) {
  return (
    <VersionsSideBySide
      code={code}
      mine={rowsOf(mine)}
      theirs={rowsOf(theirs)}
      theirUpdatedAt={theirs.updatedAt}
      theirName={theirName}
      onChoose={onChoose}
      primary={primaryConflictChoice(mine, theirs)}
    />
  );
}
