import { ROLE_LABELS } from '../../../../../src/domain/labels';
import { REVIEWER_ROLES } from '../../../../../src/domain/review';

/** The roles a person can take on a review team, for a select. */
export const ROLE_OPTIONS = REVIEWER_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
