import { ACTION_STATUSES } from '../../../src/domain/action-plan';
import { ASSESSMENT_STATES, RATINGS } from '../../../src/domain/assessment';
import { CYCLE_PHASES } from '../../../src/domain/cycle';
import { STANDARD_TYPES } from '../../../src/domain/framework';
import {
  ACTION_STATUS_LABELS,
  ASSESSMENT_STATE_LABELS,
  CYCLE_PHASE_LABELS,
  FINDING_LABELS,
  RATING_LABELS,
  RATING_SHORT_LABELS,
  REPORT_STATE_LABELS,
  ROLE_LABELS,
  STANDARD_TYPE_LABELS,
} from '../../../src/domain/labels';
import { ROLES } from '../../../src/domain/network';
import { REPORT_STATES } from '../../../src/domain/report';
import { FINDING_KINDS } from '../../../src/domain/review';

const tables: [string, readonly string[], Readonly<Record<string, string>>][] = [
  ['rating', RATINGS, RATING_LABELS],
  ['rating (short)', RATINGS, RATING_SHORT_LABELS],
  ['assessment state', ASSESSMENT_STATES, ASSESSMENT_STATE_LABELS],
  ['cycle phase', CYCLE_PHASES, CYCLE_PHASE_LABELS],
  ['standard type', STANDARD_TYPES, STANDARD_TYPE_LABELS],
  ['role', ROLES, ROLE_LABELS],
  ['finding kind', FINDING_KINDS, FINDING_LABELS],
  ['action status', ACTION_STATUSES, ACTION_STATUS_LABELS],
  ['report state', REPORT_STATES, REPORT_STATE_LABELS],
];

describe('the one table of labels', () => {
  it.each(tables)('gives every %s a label people can read, and nothing more', (_name, values, labels) => {
    for (const value of values) {
      expect(labels[value]).toEqual(expect.stringMatching(/^[A-Z][^_]*$/));
    }
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
  });

  it('says "Not met" for a standard that is not met, in developmental words', () => {
    expect(RATING_LABELS.not_met).toBe('Not met');
    expect(Object.values(RATING_LABELS).join(' ')).not.toMatch(/fail/i);
  });
});
