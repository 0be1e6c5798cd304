import { EVIDENCE_COLUMNS, evidenceColumnDefinition } from '../evidence/evidence-library-columns';
import type { GraphHttp } from '../graph/graph-http';
import type { ListJson } from './graph-json';
import { listUrl } from './odata';
import { checkOk } from './store-errors';

/**
 * Adds the evidence library's metadata columns (EVIDENCE_COLUMNS) that it lacks; what is there is left alone, so a
 * library provisioned before the columns existed is upgraded in place and its files stay as they are. Returns
 * the columns added. Version history needs nothing: SharePoint Online document libraries keep major versions from
 * the start, and provisioning never turns that off.
 */
export async function upgradeEvidenceLibraryColumns(
  graph: GraphHttp,
  siteId: string,
  library: ListJson,
): Promise<string[]> {
  const added: string[] = [];
  for (const column of EVIDENCE_COLUMNS) {
    if (library.columns?.some((c) => c.name === column.name)) continue;
    const label = `${column.name} of "${library.displayName}"`;
    const result = await graph.call({
      method: 'POST',
      url: `${listUrl(siteId, library.id)}/columns`,
      body: evidenceColumnDefinition(column),
    });
    checkOk(result, `adding column ${label}`);
    added.push(label);
  }
  return added;
}
