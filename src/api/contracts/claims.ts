import { z } from 'zod';
import { CLAIM_ACTIVITIES, CLAIM_STATUSES, EXPENSE_CATEGORIES } from '../../domain/reviewer-claim';
import { Id, Version } from './common';

/** Time and expenses of experts by experience: what they claim, and the network team's steps. */
export const ExpenseLineBody = z.strictObject({
  category: z.enum(EXPENSE_CATEGORIES, { message: `must be one of ${EXPENSE_CATEGORIES.join(', ')}` }),
  amountPence: z.number().int('must be whole pence').positive('must be more than £0.00').max(1_000_000),
  note: z.string().max(500).default(''),
});

export const ClaimBody = z.strictObject({
  assessmentId: Id.nullable().default(null),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2027-01-25'),
  hours: z.number().min(0).max(24),
  activity: z.enum(CLAIM_ACTIVITIES, { message: `must be one of ${CLAIM_ACTIVITIES.join(', ')}` }),
  expenses: z.array(ExpenseLineBody).max(20).default([]),
});

export const ClaimStatusBody = z.strictObject({ to: z.enum(['approved', 'paid']), version: Version });

export const ClaimsQuery = z.strictObject({ everyone: z.enum(['true', 'false']).optional() });
export const ClaimsExportQuery = z.strictObject({
  status: z.enum(CLAIM_STATUSES).optional(),
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

export type ClaimRequest = z.input<typeof ClaimBody>;
export type ExpenseLineRequest = z.input<typeof ExpenseLineBody>;
export type ClaimStatusRequest = z.input<typeof ClaimStatusBody>;
