import { z } from 'zod';
import { Id } from './common';

/** Impact over time: the network's view may be narrowed to a range of cycles (both ends included). */
export const ImpactRangeQuery = z.strictObject({ fromCycleId: Id.optional(), toCycleId: Id.optional() });

export type ImpactRangeQueryString = z.input<typeof ImpactRangeQuery>;
