import { z } from 'zod';
import { StoreUnavailableError } from '../../services/ports';
import { LIST_VIEWS, type ListViewSpec } from './list-views';
import { DEFAULT_LIST_PREFIX, entityListSpec, type ListSpec } from './schema';
import { restErrorMessage, type RestResponse, type SharePointRest } from './sharepoint-rest';
import { sameQuery, viewDefinition, type ViewDefinition } from './view-caml';
import { viewSettingsInWords } from './view-words';

/*
 * Makes the declared views (list-views.ts) on the site through SharePoint's REST API, and brings a declared view
 * that differs (a changed declaration, or a hand edit) back to its declaration. Views people add themselves, under
 * other names, are left alone. Running it again changes nothing.
 */

export interface ViewProvisionOptions {
  readonly rest: SharePointRest;
  /** The site's URL, on its SharePoint host (the webUrl Graph gives). */
  readonly siteUrl: string;
  readonly listPrefix?: string;
  readonly log?: (line: string) => void;
}

export interface ViewProvisionReport {
  /** `"<list>" › "<view>"` */
  readonly created: readonly string[];
  readonly updated: readonly string[];
}

/** SharePoint refused to make views: no grant for its REST API, or a credential it does not take. */
export class ViewsRefusedError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ViewsRefusedError';
  }
}

const existingViewsSchema = z.object({
  value: z.array(
    z.object({
      Id: z.string(),
      Title: z.string(),
      ViewQuery: z.string().nullish(),
      RowLimit: z.number().nullish(),
      ViewFields: z.object({ Items: z.array(z.string()) }).nullish(),
    }),
  ),
});
type ExistingView = z.infer<typeof existingViewsSchema>['value'][number];

export async function provisionViews(options: ViewProvisionOptions): Promise<ViewProvisionReport> {
  const log = options.log ?? (() => undefined);
  const prefix = options.listPrefix ?? DEFAULT_LIST_PREFIX;
  const created: string[] = [];
  const updated: string[] = [];
  for (const [list, views] of viewsByList(prefix)) {
    const base = `${options.siteUrl.replace(/\/+$/, '')}/_api/web/lists/getbytitle('${odataString(list.displayName)}')`;
    const read = await options.rest.call('GET', `${base}/views?$select=Id,Title,ViewQuery,RowLimit&$expand=ViewFields`);
    const existing = existingViewsSchema.parse(ok(read, `reading the views of "${list.displayName}"`)).value;
    for (const view of views) {
      const wanted = viewDefinition(view, list);
      const label = `"${list.displayName}" › "${view.name}"`;
      const found = existing.find((v) => v.Title === view.name);
      // Made by an earlier release under another name: renamed in place, so the list does not keep both.
      const former = found ? undefined : existing.find((v) => (view.formerNames ?? []).includes(v.Title));
      if (former) {
        await bringBack(options.rest, `${base}/views(guid'${odataString(former.Id)}')`, wanted, label);
        updated.push(label);
        log(`~ renamed the view "${list.displayName}" › "${former.Title}" to "${view.name}"`);
      } else if (!found) {
        ok(await options.rest.call('POST', `${base}/views/add`, creation(wanted)), `making the view ${label}`);
        created.push(label);
        log(`+ made the view ${label}`);
      } else if (!matches(found, wanted)) {
        await bringBack(options.rest, `${base}/views(guid'${odataString(found.Id)}')`, wanted, label);
        updated.push(label);
        log(`~ brought the view ${label} back to its declaration`);
      }
    }
  }
  log(
    created.length + updated.length === 0
      ? 'Views: every view was already in place; nothing changed.'
      : `Views: made ${created.length}, brought ${updated.length} back to their declaration.`,
  );
  return { created, updated };
}

/** What to do by hand when the app cannot make the views: one line per view, with the list's link. */
export function viewStepsByHand(siteUrl: string, listPrefix = DEFAULT_LIST_PREFIX): string[] {
  const lines: string[] = [];
  for (const [list, views] of viewsByList(listPrefix)) {
    for (const view of views) {
      lines.push(`- "${list.displayName}" › "${view.name}": ${viewSettingsInWords(view, list, 'plain')}`);
    }
  }
  return [
    `Open each list in ${siteUrl.replace(/\/+$/, '')} (Site contents), choose "+ Add view" (or "All items" › "Create new`,
    'view", then "Edit current view" for filters, sorting and grouping), make it public, and set:',
    ...lines,
  ];
}

function viewsByList(prefix: string): Map<ListSpec, ListViewSpec[]> {
  const byKind = new Map<string, { list: ListSpec; views: ListViewSpec[] }>();
  for (const view of LIST_VIEWS) {
    const entry = byKind.get(view.kind) ?? { list: entityListSpec(view.kind, prefix), views: [] };
    entry.views.push(view);
    byKind.set(view.kind, entry);
  }
  return new Map([...byKind.values()].map((e) => [e.list, e.views]));
}

function matches(found: ExistingView, wanted: ViewDefinition): boolean {
  const fields = found.ViewFields?.Items ?? [];
  return (
    sameQuery(found.ViewQuery ?? '', wanted.query) &&
    found.RowLimit === wanted.rowLimit &&
    fields.length === wanted.fields.length &&
    fields.every((f, i) => f === wanted.fields[i])
  );
}

/** The body of `views/add` (SP.ViewCreationInformation): a public, paged view. */
function creation(view: ViewDefinition): object {
  return {
    parameters: {
      __metadata: { type: 'SP.ViewCreationInformation' },
      Title: view.title,
      ViewFields: { __metadata: { type: 'Collection(Edm.String)' }, results: [...view.fields] },
      Query: view.query,
      RowLimit: view.rowLimit,
      Paged: true,
      PersonalView: false,
    },
  };
}

/** Sets a view's name, query, page size and columns to the declaration (SharePoint has no call that does all). */
async function bringBack(rest: SharePointRest, viewUrl: string, view: ViewDefinition, label: string): Promise<void> {
  const what = `changing the view ${label}`;
  ok(
    await rest.call(
      'POST',
      viewUrl,
      { __metadata: { type: 'SP.View' }, Title: view.title, ViewQuery: view.query, RowLimit: view.rowLimit },
      { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
    ),
    what,
  );
  ok(await rest.call('POST', `${viewUrl}/ViewFields/removeallviewfields`), what);
  for (const field of view.fields) {
    ok(await rest.call('POST', `${viewUrl}/ViewFields/addviewfield('${odataString(field)}')`), what);
  }
}

function ok(response: RestResponse, what: string): unknown {
  if (response.status >= 200 && response.status < 300) return response.body;
  const message = `SharePoint answered ${response.status} ${what}: ${restErrorMessage(response.body) || 'no reason given'}`;
  if (response.status === 401 || response.status === 403) throw new ViewsRefusedError(message, response.status);
  throw new StoreUnavailableError(message);
}

/** A string inside an OData literal ('…') in a URL. */
function odataString(value: string): string {
  return encodeURIComponent(value.replaceAll("'", "''"));
}
