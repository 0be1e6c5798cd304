import { z } from 'zod';
import { GraphResponseError, graphErrorOf } from '../graph/graph-errors';
import type { GraphCall, GraphResult } from '../graph/graph-http';

/** What the evidence library's walk needs of each child; `$select` keeps the pages small on a big library. */
export const CHILD_SELECT = 'id,name,file,folder,lastModifiedDateTime,parentReference';

const childSchema = z.object({
  id: z.string(),
  name: z.string(),
  lastModifiedDateTime: z.string(),
  file: z.object({}).passthrough().optional(),
  folder: z.object({}).passthrough().optional(),
});
export type DriveChild = z.infer<typeof childSchema>;

const childrenPageSchema = z.object({
  value: z.array(childSchema),
  '@odata.nextLink': z.string().optional(),
});

/**
 * The children of a folder of the drive (`root` or a folder's item id), following `@odata.nextLink` until the
 * last page. `call` is expected to retry throttled answers itself; anything else that is not a 200 is thrown.
 */
export async function* driveChildren(
  call: (request: GraphCall) => Promise<GraphResult>,
  driveId: string,
  folder: 'root' | { readonly id: string },
  pageSize: number,
): AsyncGenerator<DriveChild> {
  const where = folder === 'root' ? 'root' : `items/${encodeURIComponent(folder.id)}`;
  let url: string | undefined =
    `/drives/${encodeURIComponent(driveId)}/${where}/children?$select=${CHILD_SELECT}&$top=${pageSize}`;
  while (url) {
    const result = await call({ method: 'GET', url });
    if (result.status === 404 && folder !== 'root') return; // removed while we walked: nothing left in it to check
    if (result.status !== 200) {
      const { code, message } = graphErrorOf(result.body);
      throw new GraphResponseError(result.status, code, message, 'GET', url);
    }
    const page = childrenPageSchema.parse(result.body);
    yield* page.value;
    url = page['@odata.nextLink'];
  }
}
