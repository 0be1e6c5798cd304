import type { VisitFormat } from '../../../api/types';
import { VISIT_FORMAT_LABELS } from '../../../../../src/domain/labels';
import { formatDate } from '../../../ui/dates';

/** "27 Jan 2027 at 09:30 (UK time), Online (in Teams)": a visit in words. */
export function visitText(visit: {
  readonly visitDate: string;
  readonly startTime: string | null;
  readonly format: VisitFormat;
}): string {
  const when = formatDate(visit.visitDate);
  const at = visit.startTime ? ` at ${visit.startTime} (UK time)` : '';
  return `${when}${at}, ${VISIT_FORMAT_LABELS[visit.format]}`;
}
