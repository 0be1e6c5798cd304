import type { ColumnDeclarations } from './column-types';
import { ASSESSMENT_COLUMNS } from './assessment-columns';
import { NETWORK_COLUMNS } from './network-columns';
import { QUESTIONNAIRE_COLUMNS } from './questionnaire-columns';
import { REVIEW_COLUMNS } from './review-columns';

/*
 * Which column each field of each kind is shown in on SharePoint, declared once: the list schema, the writer, the
 * reader and docs/sharepoint.md all come from here. Every field is named (the compiler asks for each one); nested
 * structures nobody reports on stay in the item's JSON. Choices are the domain's own lists.
 */

export const KIND_COLUMNS: ColumnDeclarations = {
  ...NETWORK_COLUMNS,
  ...ASSESSMENT_COLUMNS,
  ...REVIEW_COLUMNS,
  ...QUESTIONNAIRE_COLUMNS,
};
