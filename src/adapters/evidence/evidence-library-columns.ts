import type { EvidenceAbout } from '../../services/ports';

/**
 * The evidence library's metadata columns, declared once: `npm run provision` adds them to the library and the
 * Graph drive store fills them in for every file it stores, so people who open the library in SharePoint can
 * filter and sort files by service, cycle and standard, see who added each and where it was copied from.
 */
export interface EvidenceColumn {
  /** Internal name (what Graph's `fields` use). */
  readonly name: string;
  /** What people see in SharePoint. */
  readonly displayName: string;
  readonly description: string;
  /** Single-line text (255 characters, filterable) or plain multi-line text (links can be long). */
  readonly kind: 'text' | 'note';
  readonly valueOf: (about: EvidenceAbout) => string;
}

const SINGLE_LINE_MAX = 255;

export const EVIDENCE_COLUMNS: readonly EvidenceColumn[] = [
  {
    name: 'EvidenceService',
    displayName: 'Service',
    description: 'The service (or organisation) whose evidence this is.',
    kind: 'text',
    valueOf: (a) => a.subjectName,
  },
  {
    name: 'EvidenceCycle',
    displayName: 'Cycle',
    description: 'The assessment cycle the file was added in.',
    kind: 'text',
    valueOf: (a) => a.cycleName,
  },
  {
    name: 'EvidenceStandards',
    displayName: 'Standards',
    description: 'The standards the file was added as evidence for, when it was added.',
    kind: 'text',
    valueOf: (a) => a.standardCodes.join(', '),
  },
  {
    name: 'EvidenceAddedBy',
    displayName: 'Added by',
    description: 'Who added the file in the app.',
    kind: 'text',
    valueOf: (a) => a.addedBy,
  },
  {
    name: 'EvidenceSource',
    displayName: 'Source',
    description: 'The link of the file it was copied from (OneDrive, Teams or SharePoint); empty when uploaded.',
    kind: 'note',
    valueOf: (a) => a.sourceUrl ?? '',
  },
];

/** The Graph column definition `POST /sites/{site}/lists/{library}/columns` takes. */
export function evidenceColumnDefinition(column: EvidenceColumn): Record<string, unknown> {
  const text =
    column.kind === 'text'
      ? { allowMultipleLines: false, maxLength: SINGLE_LINE_MAX }
      : { allowMultipleLines: true, textType: 'plain', linesForEditing: 3 };
  return { name: column.name, displayName: column.displayName, description: column.description, text };
}

/** The `fields` of a stored file's list item; values too long for a single line are cut with an ellipsis. */
export function evidenceFields(about: EvidenceAbout): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const column of EVIDENCE_COLUMNS) {
    const value = column.valueOf(about);
    if (value === '') continue;
    fields[column.name] =
      column.kind === 'text' && value.length > SINGLE_LINE_MAX ? `${value.slice(0, SINGLE_LINE_MAX - 1)}…` : value;
  }
  return fields;
}
