import type { RoleTraining } from '../../api/types';
import { ROLE_LABELS } from '../../../../src/domain/labels';
import { formatDate } from '../../ui/dates';

/** "Peer reviewer: trained 3 Mar 2026, renew by 3 Mar 2028", or when it lapsed, or that no date is on record. */
export function trainingText(t: RoleTraining): string {
  const role = ROLE_LABELS[t.role];
  if (t.trainedOn === null || t.expiresOn === null) return `${role}: no date of training on record`;
  const trained = formatDate(t.trainedOn);
  const expires = formatDate(t.expiresOn);
  return t.valid
    ? `${role}: trained ${trained}, renew by ${expires}`
    : `${role}: trained ${trained}, expired ${expires}: needs renewing`;
}
