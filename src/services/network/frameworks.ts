import { importRefusedMessage } from '../../domain/import-refused';
import type { FrameworkVersion } from '../../domain/framework';
import { exportFrameworkCsv, parseFrameworkCsv } from '../../domain/framework-csv';
import { exportFrameworkJson, parseFrameworkJson } from '../../domain/framework-json';
import { validateFramework, type FieldError, type FrameworkDraft } from '../../domain/framework-rules';
import { DomainError } from '../../domain/errors';
import { lineageErrors, previousVersion } from '../../domain/framework-lineage';
import { authorize, type Principal } from '../access-policy';
import { putOne, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { cachedRead, forgetCached } from '../read-cache';
import { frameworkIdFor } from '../unique-ids';

export interface FrameworkSummary {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly versionNumber: number;
  readonly status: FrameworkVersion['status'];
  readonly illustrative: boolean;
  readonly standardCount: number;
}

/** Published framework versions never change, so a short-lived cache saves a storage read per request. */
const FRAMEWORK_CACHE_MS = 60_000;

export async function loadFramework(ports: Ports, id: string): Promise<FrameworkVersion> {
  const framework = await cachedRead(
    ports,
    `framework:${id}`,
    FRAMEWORK_CACHE_MS,
    () => ports.store.get('framework', id),
    (f) => f.status === 'published',
  );
  if (!framework) throw new NotFoundError('framework version', id);
  return framework;
}

export function summariseFramework(f: FrameworkVersion): FrameworkSummary {
  return {
    id: f.id,
    key: f.key,
    name: f.name,
    versionNumber: f.versionNumber,
    status: f.status,
    illustrative: f.illustrative,
    standardCount: f.standards.length,
  };
}

export async function listFrameworks(ports: Ports, principal: Principal): Promise<FrameworkSummary[]> {
  authorize(principal, 'framework.read');
  const all = await ports.store.query('framework', {});
  const visible = all.filter((f) => f.status !== 'draft' || isAdmin(principal));
  return visible
    .map(summariseFramework)
    .sort((a, b) => a.key.localeCompare(b.key) || a.versionNumber - b.versionNumber);
}

export async function getFramework(ports: Ports, principal: Principal, id: string): Promise<FrameworkVersion> {
  authorize(principal, 'framework.read');
  const framework = await loadFramework(ports, id);
  if (framework.status === 'draft' && !isAdmin(principal)) throw new NotFoundError('framework version', id);
  return framework;
}

function isAdmin(principal: Principal): boolean {
  return principal.roles.some((r) => r.role === 'network_admin');
}

export type FrameworkFormat = 'json' | 'csv';

export class FrameworkImportError extends DomainError {
  constructor(readonly errors: readonly FieldError[]) {
    super('invalid_framework', importRefusedMessage('framework', errors.length), undefined, { errors });
  }
}

export interface ImportRequest {
  readonly format: FrameworkFormat;
  readonly content: string;
  /** For CSV, which carries standards only: the framework name, key and version to give them. */
  readonly key?: string;
  readonly name?: string;
  readonly versionNumber?: number;
  readonly illustrative?: boolean;
  /** For CSV: recognition levels and theme descriptions are copied from this framework version. */
  readonly baseFrameworkId?: string;
}

/** Imports a framework as a new draft version. Every row is checked; any error means nothing is stored. */
export async function importFramework(
  ports: Ports,
  principal: Principal,
  request: ImportRequest,
): Promise<FrameworkVersion> {
  authorize(principal, 'framework.manage');
  const draft = request.format === 'json' ? parseFrameworkJson(request.content) : await parseCsv(ports, request);
  if (!draft.ok) throw new FrameworkImportError(draft.errors);
  const errors = validateFramework(draft.draft);
  if (errors.length > 0) throw new FrameworkImportError(errors);
  const existing = await ports.store.query('framework', { key: draft.draft.key });
  if (existing.some((f) => f.versionNumber === draft.draft.versionNumber)) {
    throw new DomainError(
      'version_exists',
      `Version ${draft.draft.versionNumber} of "${draft.draft.key}" already exists. Give the import a new version number; published versions are never overwritten.`,
      'versionNumber',
    );
  }
  const lineage = lineageErrors(draft.draft, previousVersion(existing, draft.draft.key, draft.draft.versionNumber));
  if (lineage.length > 0) throw new FrameworkImportError(lineage);
  const framework: FrameworkVersion = {
    ...draft.draft,
    id: frameworkIdFor(draft.draft.key, draft.draft.versionNumber),
    version: 0,
    status: 'draft',
    createdAt: ports.clock.now().toISOString(),
  };
  return putOne(ports, principal, 'framework', framework, 0);
}

async function parseCsv(ports: Ports, request: ImportRequest): Promise<ReturnType<typeof parseFrameworkJson>> {
  const base = request.baseFrameworkId ? await loadFramework(ports, request.baseFrameworkId) : undefined;
  if (!base || !request.key || !request.name || request.versionNumber === undefined) {
    throw new DomainError(
      'csv_needs_base',
      'A CSV import carries standards only: give key, name, versionNumber and baseFrameworkId (the version whose recognition levels and theme descriptions to use).',
      'baseFrameworkId',
    );
  }
  return parseFrameworkCsv(request.content, {
    key: request.key,
    name: request.name,
    versionNumber: request.versionNumber,
    illustrative: request.illustrative ?? false,
    recognitionLevels: [...base.recognitionLevels],
    themeDescriptions: Object.fromEntries(base.themes.map((t) => [t.code, t.description])),
  });
}

export async function exportFramework(
  ports: Ports,
  principal: Principal,
  id: string,
  format: FrameworkFormat,
): Promise<{ fileName: string; contentType: string; content: string }> {
  const framework = await getFramework(ports, principal, id);
  const draft: FrameworkDraft = {
    key: framework.key,
    name: framework.name,
    versionNumber: framework.versionNumber,
    illustrative: framework.illustrative,
    themes: framework.themes,
    standards: framework.standards,
    recognitionLevels: framework.recognitionLevels,
  };
  const base = `${framework.key}-v${framework.versionNumber}`;
  return format === 'json'
    ? { fileName: `${base}.json`, contentType: 'application/json', content: exportFrameworkJson(draft) }
    : { fileName: `${base}.csv`, contentType: 'text/csv; charset=utf-8', content: exportFrameworkCsv(draft) };
}

/** Publishing makes a draft usable by cycles; it cannot be edited after. */
export async function publishFramework(ports: Ports, principal: Principal, id: string, expectedVersion: number) {
  authorize(principal, 'framework.manage');
  const framework = await ports.store.get('framework', id);
  if (!framework) throw new NotFoundError('framework version', id);
  if (framework.status !== 'draft') {
    throw new DomainError('not_a_draft', `Only a draft can be published; this version is ${framework.status}.`);
  }
  forgetCached(ports, `framework:${id}`);
  return putOne(ports, principal, 'framework', { ...framework, status: 'published' }, expectedVersion);
}
