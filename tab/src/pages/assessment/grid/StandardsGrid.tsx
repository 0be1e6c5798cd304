import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { AssessmentPerson, Permission, Standard } from '../../../api/types';
import { NOT_RATED_LABEL, RATING_LABELS } from '../../../../../src/domain/labels';
import { saveStatusText } from '../../shared/autosave/SaveStatusText';
import { RATINGS } from '../ratings';
import { currentFields, type ConflictChoice, type DraftEntry } from '../response-drafts';
import type { ResponseFields } from '../response-fields';
import { StandardCard } from '../StandardCard';
import { moveInGrid, RATING_KEYS, ratingForKey, type GridCell } from './grid-keys';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  keys: { margin: 0, color: tokens.colorNeutralForeground2 },
  // The grid scrolls inside its own labelled region on a narrow screen, never the page (WCAG 1.4.10).
  region: { overflowX: 'auto', maxWidth: '100%' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    minWidth: '46rem',
    fontSize: tokens.fontSizeBase300,
  },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    paddingBottom: tokens.spacingVerticalS,
  },
  header: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  cell: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    verticalAlign: 'top',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  rating: { whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  editable: { cursor: 'pointer' },
  muted: { color: tokens.colorNeutralForeground2 },
  attention: { color: tokens.colorPaletteDarkOrangeForeground1 },
  // The title reads as the row's text (same size and weight as its neighbours), while being the button that opens it.
  title: {
    textAlign: 'start',
    justifyContent: 'flex-start',
    minWidth: 0,
    minHeight: 'auto',
    padding: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
  },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  opened: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'stretch' },
  back: { alignSelf: 'flex-start' },
});

export interface StandardsGridProps {
  readonly caption: string;
  /** A standard a link asked for (`?standard=1.4`): it opens in full below the grid, focused. */
  readonly focusStandard?: string | undefined;
  readonly standards: readonly Standard[];
  readonly entries: ReadonlyMap<string, DraftEntry>;
  /** Whether the person may rate each standard, and why not (from the API). */
  readonly rateOf: (code: string) => Permission;
  readonly nameOf: (personId: string | null) => string;
  readonly assignable: readonly AssessmentPerson[] | null;
  readonly onEdit: (code: string, patch: Partial<ResponseFields>, quick?: boolean) => void;
  readonly onLeaveField: (code: string) => void;
  readonly onResolve: (code: string, choice: ConflictChoice) => void;
  readonly onAssign: (code: string, personId: string | null) => Promise<void>;
}

const COLUMNS = ['Standard', 'Title', 'Rating', 'Notes', 'Evidence', 'Assigned to', 'Saved'] as const;
const TITLE_COLUMN = COLUMNS.indexOf('Title');
const RATING_COLUMN = COLUMNS.indexOf('Rating');

/** The keys a rating cell takes, in words, from the one list of keys. */
const KEYS_TEXT = `In a rating cell, type ${RATINGS.map(
  (r) => `${RATING_KEYS[r].letter} for ${RATING_LABELS[r].toLowerCase()}`,
).join(
  ', ',
)}, or press Space to go to the next rating. Arrow keys move between cells; Enter on a title opens the standard in full.`;

function notesText(fields: ResponseFields): { text: string; attention: boolean } {
  if (fields.rating === 'not_applicable') {
    return fields.naReason.trim() === ''
      ? { text: 'Reason needed', attention: true }
      : { text: 'Reason given', attention: false };
  }
  return fields.narrative.trim() === ''
    ? { text: 'No notes yet', attention: false }
    : { text: 'Notes written', attention: false };
}

function evidenceText(count: number): string {
  return count === 0 ? 'None' : count === 1 ? '1 file' : `${count} files`;
}

/**
 * Every standard of a theme (or of the assessment) in one compact grid to scan and rate by keyboard (the ARIA
 * grid pattern: one Tab stop, arrow keys between cells, letters or Space set a rating). Ratings go through the
 * page's autosave drafts like the cards' own; a standard opens in full below the grid for its reason, narrative,
 * evidence or a conflict.
 */
export function StandardsGrid(props: StandardsGridProps) {
  const { standards, entries, rateOf } = props;
  const styles = useStyles();
  const ids = useId();
  const [active, setActive] = useState<GridCell>({ row: 0, column: RATING_COLUMN });
  // The standard shown in full below the grid, and whether focus goes to it (not when N/A opened it).
  const [shown, setShown] = useState<{ readonly code: string; readonly focus: boolean } | null>(
    props.focusStandard === undefined ? null : { code: props.focusStandard, focus: true },
  );
  const openCode = shown?.code ?? null;
  const [announcement, setAnnouncement] = useState('');
  const rows = standards.filter((s) => entries.has(s.code));
  const current = { row: Math.min(active.row, Math.max(rows.length - 1, 0)), column: active.column };
  const opened = rows.find((s) => s.code === openCode);
  const openedEntry = opened ? entries.get(opened.code) : undefined;

  // A new link to a standard (`?standard=`) opens it, as the first one did (state adjusted while rendering).
  const [linked, setLinked] = useState(props.focusStandard);
  if (linked !== props.focusStandard) {
    setLinked(props.focusStandard);
    if (props.focusStandard !== undefined) setShown({ code: props.focusStandard, focus: true });
  }

  useEffect(() => {
    if (shown?.focus) document.getElementById(`standard-${shown.code}`)?.focus();
  }, [shown]);

  const cellId = (row: number, column: number) => `${ids}-${row}-${column}`;
  const focusCell = (cell: GridCell) => {
    setActive(cell);
    document.getElementById(cellId(cell.row, cell.column))?.focus();
  };
  const open = (code: string, focus: boolean) => setShown({ code, focus });

  const rate = (standard: Standard, key: string) => {
    const entry = entries.get(standard.code);
    if (!entry) return false;
    const rating = ratingForKey(key, currentFields(entry).rating);
    if (rating === undefined) return false;
    const permission = rateOf(standard.code);
    if (!permission.allowed) {
      setAnnouncement(`You cannot rate standard ${standard.code}. ${permission.reason}`);
      return true;
    }
    props.onEdit(standard.code, { rating }, true);
    setAnnouncement(`Standard ${standard.code}: ${RATING_LABELS[rating]}.`);
    // Not applicable needs a reason: the standard opens below the grid to write it, focus staying in the grid.
    if (rating === 'not_applicable' && currentFields(entry).naReason.trim() === '') open(standard.code, false);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-grid-row]');
    if (!cell) return;
    const from = { row: Number(cell.dataset['gridRow']), column: Number(cell.dataset['gridColumn']) };
    const to = moveInGrid(from, event.key, event.ctrlKey || event.metaKey, rows.length, COLUMNS.length);
    if (to) {
      event.preventDefault();
      focusCell(to);
      return;
    }
    const standard = rows[from.row];
    if (from.column !== RATING_COLUMN || !standard || event.altKey || event.ctrlKey || event.metaKey) return;
    if (rate(standard, event.key)) event.preventDefault();
  };

  const cellProps = (row: number, column: number) => ({
    id: cellId(row, column),
    'data-grid-row': row,
    'data-grid-column': column,
    tabIndex: current.row === row && current.column === column ? 0 : -1,
    onFocus: () => setActive({ row, column }),
  });

  return (
    <div className={styles.box}>
      <Text block as="p" id={`${ids}-keys`} className={styles.keys}>
        {KEYS_TEXT}
      </Text>
      <div role="region" aria-labelledby={`${ids}-caption`} className={styles.region}>
        <table
          role="grid"
          className={styles.table}
          aria-labelledby={`${ids}-caption`}
          aria-describedby={`${ids}-keys`}
          aria-rowcount={rows.length + 1}
          onKeyDown={onKeyDown}
        >
          <caption id={`${ids}-caption`} className={styles.caption}>
            {props.caption}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" role="columnheader" className={styles.header}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((standard, row) => {
              const entry = entries.get(standard.code);
              if (!entry) return null;
              const fields = currentFields(entry);
              const permission = rateOf(standard.code);
              const notes = notesText(fields);
              const statusId = `${ids}-status-${row}`;
              const attention =
                entry.status === 'waiting' || entry.status === 'conflict' || entry.status === 'rejected';
              return (
                <tr key={standard.code} data-testid={`grid-row-${standard.code}`}>
                  <th scope="row" role="rowheader" className={styles.cell} {...cellProps(row, 0)}>
                    {standard.code}
                  </th>
                  <td role="gridcell" className={styles.cell}>
                    <Button
                      appearance="transparent"
                      size="small"
                      className={styles.title}
                      aria-expanded={openCode === standard.code}
                      onClick={() => open(standard.code, true)}
                      {...cellProps(row, TITLE_COLUMN)}
                    >
                      {standard.title}
                    </Button>
                  </td>
                  <td
                    role="gridcell"
                    className={mergeClasses(styles.cell, styles.rating, permission.allowed && styles.editable)}
                    aria-readonly={!permission.allowed}
                    aria-describedby={permission.allowed ? `${ids}-keys` : statusId}
                    data-testid={`grid-rating-${standard.code}`}
                    {...cellProps(row, RATING_COLUMN)}
                  >
                    {fields.rating ? RATING_LABELS[fields.rating] : NOT_RATED_LABEL}
                  </td>
                  <td
                    role="gridcell"
                    className={mergeClasses(styles.cell, notes.attention && styles.attention)}
                    {...cellProps(row, 3)}
                  >
                    {notes.text}
                  </td>
                  <td role="gridcell" className={styles.cell} {...cellProps(row, 4)}>
                    {evidenceText(fields.evidenceIds.length)}
                  </td>
                  <td role="gridcell" className={styles.cell} {...cellProps(row, 5)}>
                    {entry.server.assigneeId ? props.nameOf(entry.server.assigneeId) : 'Nobody'}
                  </td>
                  <td
                    role="gridcell"
                    className={mergeClasses(styles.cell, attention ? styles.attention : styles.muted)}
                    data-save-status={entry.status}
                    {...cellProps(row, 6)}
                  >
                    <span id={statusId}>
                      {permission.allowed ? saveStatusText(entry) : `Read only: ${permission.reason}`}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div role="status" className={styles.visuallyHidden}>
        {announcement}
      </div>
      {opened && openedEntry ? (
        <div className={styles.opened}>
          <Button
            className={styles.back}
            onClick={() => {
              const row = rows.indexOf(opened);
              setShown(null);
              focusCell({ row, column: TITLE_COLUMN });
            }}
          >
            Close standard {opened.code} and go back to the grid
          </Button>
          <StandardCard
            standard={opened}
            entry={openedEntry}
            rate={rateOf(opened.code)}
            nameOf={props.nameOf}
            assignable={props.assignable}
            onEdit={(patch, quick) => props.onEdit(opened.code, patch, quick)}
            onLeaveField={() => props.onLeaveField(opened.code)}
            onResolve={(choice) => props.onResolve(opened.code, choice)}
            onAssign={(personId) => props.onAssign(opened.code, personId)}
          />
        </div>
      ) : null}
    </div>
  );
}
