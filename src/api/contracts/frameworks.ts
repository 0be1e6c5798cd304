import { z } from 'zod';
import { Id, Version } from './common';

/** Frameworks: import (JSON or CSV), export and publishing a draft version. */
export const FrameworkImportBody = z.strictObject({
  format: z.enum(['json', 'csv']),
  content: z.string().min(1, 'is empty: paste or upload the framework file').max(5_000_000),
  key: z.string().min(1).max(100).optional(),
  name: z.string().min(1).max(200).optional(),
  versionNumber: z.number().int().min(1).optional(),
  illustrative: z.boolean().optional(),
  baseFrameworkId: Id.optional(),
});
export const ExportQuery = z.strictObject({ format: z.enum(['json', 'csv']).default('json') });
export const PublishBody = z.strictObject({ version: Version });

export type ImportFrameworkRequest = z.input<typeof FrameworkImportBody>;
export type ExportFrameworkQueryString = z.input<typeof ExportQuery>;
export type PublishFrameworkRequest = z.input<typeof PublishBody>;
