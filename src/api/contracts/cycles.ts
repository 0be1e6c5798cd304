import { z } from 'zod';
import { CYCLE_NAME_MAX_LENGTH } from '../../domain/cycle-phase';
import { Id, Version } from './common';

/** Assessment cycles and their phase windows. */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-04-01');
const Window = z.strictObject({ start: IsoDate, end: IsoDate });
export const CycleBody = z.strictObject({
  name: z.string().trim().min(1).max(CYCLE_NAME_MAX_LENGTH),
  frameworkVersionId: Id,
  windows: z.strictObject({
    self_assessment: Window,
    peer_review: Window,
    reporting: Window,
    action_planning: Window,
  }),
  version: Version,
});

export type SaveCycleRequest = z.input<typeof CycleBody>;
