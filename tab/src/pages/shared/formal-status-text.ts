import type { DueNext, FormalStatus } from '../../api/types';
import { formatDate } from '../../ui/dates';

const DUE_WORDS: Readonly<Record<DueNext['what'], string>> = {
  appeal_window: 'Appeal window closes',
  conditions: 'Conditions due',
  interim_review: 'Interim review',
  expiry: 'Recognition expires',
  appeal_outcome: "Appeal awaiting the panel's outcome",
};

/**
 * "Interim review 20 September 2028" in text, "Interim review 20/09/2028" in a table (`writeDate`); the appeal
 * outcome has no date of its own.
 */
export function dueNextText(due: DueNext | null, writeDate: (date: string) => string = formatDate): string | null {
  if (due === null) return null;
  return due.on === null ? DUE_WORDS[due.what] : `${DUE_WORDS[due.what]} ${writeDate(due.on)}`;
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
