import { z } from 'zod';
import { StoreUnavailableError } from '../../services/ports';

/** The shapes of the Graph JSON the SharePoint adapter reads, checked at the boundary. */

export const listItemSchema = z.object({
  id: z.string(),
  eTag: z.string().optional(),
  '@odata.etag': z.string().optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
});
export type ListItemJson = z.infer<typeof listItemSchema>;

export const itemPageSchema = z.object({
  value: z.array(listItemSchema),
  '@odata.nextLink': z.string().optional(),
});

/** What PATCH .../fields returns: the item's fields, with its new eTag. */
export const fieldValueSetSchema = z.looseObject({ '@odata.etag': z.string() });

export const siteSchema = z.object({
  id: z.string(),
  webUrl: z.string().optional(),
  displayName: z.string().optional(),
});

export const columnSchema = z.object({
  id: z.string(),
  name: z.string(),
  indexed: z.boolean().optional(),
  enforceUniqueValues: z.boolean().optional(),
  readOnly: z.boolean().optional(),
  displayName: z.string().optional(),
  description: z.string().optional(),
  text: z.object({ allowMultipleLines: z.boolean().optional(), maxLength: z.number().optional() }).optional(),
  number: z.object({}).loose().optional(),
  boolean: z.object({}).loose().optional(),
  dateTime: z.object({ format: z.string().optional() }).loose().optional(),
  choice: z
    .object({ choices: z.array(z.string()).optional() })
    .loose()
    .optional(),
});
export type ColumnJson = z.infer<typeof columnSchema>;

export const columnPageSchema = z.object({ value: z.array(columnSchema) });

export const listSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  list: z.object({ template: z.string().optional() }).loose().optional(),
  columns: z.array(columnSchema).optional(),
});
export type ListJson = z.infer<typeof listSchema>;

export const listPageSchema = z.object({ value: z.array(listSchema), '@odata.nextLink': z.string().optional() });

export const driveSchema = z.object({ id: z.string() });

export function parseGraph<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new StoreUnavailableError(
      `Graph returned ${what} in an unexpected shape: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  return parsed.data;
}

/** The eTag of an item: Graph gives it on the item and on its fields. */
export function etagOf(item: {
  eTag?: string | undefined;
  '@odata.etag'?: string | undefined;
  fields?: Record<string, unknown> | undefined;
}): string {
  const fromFields = item.fields?.['@odata.etag'];
  const etag = item.eTag ?? item['@odata.etag'] ?? (typeof fromFields === 'string' ? fromFields : undefined);
  if (!etag) throw new StoreUnavailableError('Graph returned a list item without an eTag');
  return etag;
}
