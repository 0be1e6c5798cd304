import type { DueNext, FormalStatus } from '../../api/types';
import { formatDate } from '../../ui/dates';

const DUE_WORDS: Readonly<Record<DueNext['what'], string>> = {
  appeal_window: 'Appeal window closes',
  conditions: 'Conditions due',
  interim_review: 'Interim review',
  expiry: 'Recognition expires',
  appeal_outcome: "Appeal awaiting the panel's outcome",
};

/** "Interim review 20 Sept 2028"; the appeal outcome has no date of its own. */
export function dueNextText(due: DueNext | null, locale = 'en-GB'): string | null {
  if (due === null) return null;
  return due.on === null ? DUE_WORDS[due.what] : `${DUE_WORDS[due.what]} ${formatDate(due.on, locale)}`;
}

/** The status in words a board reads: "Recognised: Excellent", "Deferred", "Awaiting decision". */
export function formalStatusText(status: FormalStatus): string {
  switch (status.status) {
    case 'recognised':
      return `Recognised: ${status.level ?? ''}`;
    case 'deferred':
      return 'Deferred';
    case 'not_recognised':
      return 'Not recognised';
    case 'awaiting_decision':
      return 'Awaiting decision';
  }
}
