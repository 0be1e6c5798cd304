import type { ReviewTeamRow } from '../../../api/types';

/** What an assessment is called in the list and the editor: the service, or the organisation itself. */
export function subjectName(row: Pick<ReviewTeamRow, 'serviceName' | 'organisationName'>): string {
  return row.serviceName ?? `${row.organisationName} (organisation)`;
}
