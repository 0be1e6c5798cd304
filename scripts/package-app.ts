/**
 * `npm run package -- --env <name>`: fills appPackage/manifest.json's `${{VAR}}` placeholders from
 * env/.env.<name> (and env/.env.<name>.user), validates the result against the official manifest schema bundled
 * in @microsoft/app-manifest (offline), checks the icons against Teams' rules, and writes
 * appPackage/build/appPackage.<name>.zip (plus the filled manifest.<name>.json beside it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { fillPlaceholders, loadEnvironment } from './lib/env-file';
import { decodePng } from '../src/adapters/reports/png';

export const PROJECT_ROOT = path.resolve(__dirname, '..');
/** Placeholders that may legitimately be empty (the toolkit's name suffix is empty outside local/dev). */
const MAY_BE_EMPTY = new Set(['APP_NAME_SUFFIX']);
/** A fixed timestamp, so the same inputs give a byte-identical zip. */
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

export interface PackageOptions {
  readonly env: string;
  readonly root?: string;
  /** Values that win over the env files (tests; scripted builds). */
  readonly overrides?: Readonly<Record<string, string>>;
  readonly processEnv?: NodeJS.ProcessEnv;
  /** Write the zip and the filled manifest (default true). */
  readonly write?: boolean;
}

export interface PackageResult {
  readonly zipPath: string;
  readonly manifest: Record<string, unknown>;
  readonly zip: Buffer;
}

/** The official JSON schema of a manifest version, from the copy bundled in @microsoft/app-manifest. */
export function bundledSchema(manifestVersion: string): object {
  let file: string;
  try {
    file = require.resolve(
      `@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`,
    );
  } catch {
    throw new PackageError(`@microsoft/app-manifest bundles no schema for manifestVersion "${manifestVersion}".`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as object;
}

/** Schema errors of a filled manifest (empty when valid). */
export async function schemaErrors(manifest: Record<string, unknown>): Promise<string[]> {
  const version = typeof manifest['manifestVersion'] === 'string' ? manifest['manifestVersion'] : '';
  const schema = bundledSchema(version);
  // The library types the schema by the manifest type; the JSON file is that schema.
  return AppManifestUtils.validateAgainstSchema(
    manifest as unknown as TeamsManifest,
    schema as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1],
  );
}

/** Teams' icon rules: colour 192x192; outline 32x32, white on transparent (anti-aliasing through alpha only). */
export function iconProblems(kind: 'color' | 'outline', file: Buffer): string[] {
  let png;
  try {
    png = decodePng(file);
  } catch (error) {
    return [`the ${kind} icon is not a readable PNG (${(error as Error).message})`];
  }
  const want = kind === 'color' ? 192 : 32;
  const problems: string[] = [];
  if (png.width !== want || png.height !== want) {
    problems.push(`the ${kind} icon is ${png.width}x${png.height}; Teams needs ${want}x${want}`);
  }
  if (kind === 'outline') {
    let transparent = 0;
    let visible = 0;
    let coloured = 0;
    for (let i = 0; i < png.rgba.length; i += 4) {
      const alpha = png.rgba[i + 3] ?? 0;
      if (alpha === 0) transparent++;
      else {
        visible++;
        if (png.rgba[i] !== 255 || png.rgba[i + 1] !== 255 || png.rgba[i + 2] !== 255) coloured++;
      }
    }
    if (png.colourType !== 6 || transparent === 0) problems.push('the outline icon needs a transparent background');
    if (visible === 0) problems.push('the outline icon is empty');
    if (coloured > 0) problems.push(`the outline icon has ${coloured} pixels that are not white`);
  }
  return problems;
}

function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}

type ManifestElement = { readonly name?: unknown; readonly id?: unknown };

/** The ids elementRelationshipSet may name: botId for bots, entityId for static tabs, id for the others. */
function definedElementIds(manifest: Record<string, unknown>, name: unknown): Set<unknown> {
  const items = (manifest[String(name)] as Record<string, unknown>[] | undefined) ?? [];
  const key = name === 'bots' ? 'botId' : name === 'staticTabs' ? 'entityId' : 'id';
  return new Set(items.map((item) => item[key]));
}

/** Every element a dependency names must be defined in the manifest (Microsoft 365 hosts refuse the app otherwise). */
function relationshipProblems(manifest: Record<string, unknown>): string[] {
  const set = (manifest['elementRelationshipSet'] ?? {}) as {
    oneWayDependencies?: { element: ManifestElement; dependsOn: ManifestElement[] }[];
    mutualDependencies?: ManifestElement[][];
  };
  const named = [
    ...(set.oneWayDependencies ?? []).flatMap((d) => [d.element, ...d.dependsOn]),
    ...(set.mutualDependencies ?? []).flat(),
  ];
  return named
    .filter((e) => !definedElementIds(manifest, e.name).has(e.id))
    .map((e) => `elementRelationshipSet names ${String(e.name)} "${String(e.id)}", which the manifest does not define`);
}

/** Rules the schema cannot express that Teams enforces on upload. */
export function teamsRuleProblems(manifest: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const domains = Array.isArray(manifest['validDomains']) ? (manifest['validDomains'] as unknown[]) : [];
  for (const domain of domains) {
    if (typeof domain !== 'string' || /[:/]/.test(domain.replace(/:\d+$/, ''))) {
      problems.push(`validDomains entry "${String(domain)}" must be a host name, without https:// or a path`);
    }
  }
  const allowed = new Set(domains.map((d) => String(d).toLowerCase()));
  const tabs = [
    ...((manifest['staticTabs'] as Record<string, unknown>[] | undefined) ?? []),
    ...((manifest['configurableTabs'] as Record<string, unknown>[] | undefined) ?? []),
  ];
  for (const tab of tabs) {
    for (const field of ['contentUrl', 'websiteUrl', 'configurationUrl']) {
      const host = hostOf(tab[field]);
      if (tab[field] !== undefined && (host === undefined || !allowed.has(host))) {
        problems.push(`${field} ${String(tab[field])} is not on a domain listed in validDomains`);
      }
    }
  }
  return [...problems, ...relationshipProblems(manifest)];
}

export async function buildAppPackage(options: PackageOptions): Promise<PackageResult> {
  const root = options.root ?? PROJECT_ROOT;
  const appDir = path.join(root, 'appPackage');
  const { vars, files } = loadEnvironment(path.join(root, 'env'), options.env, options.processEnv ?? process.env);
  for (const [key, value] of Object.entries(options.overrides ?? {})) vars.set(key, value);

  const template = readFileSync(path.join(appDir, 'manifest.json'), 'utf8');
  const filled = fillPlaceholders(template, vars, {
    mayBeEmpty: MAY_BE_EMPTY,
    escape: (value) => JSON.stringify(value).slice(1, -1),
  });
  if (filled.unfilled.length > 0) {
    const where = files.map((f) => path.relative(root, f)).join(' / ');
    throw new PackageError(
      `appPackage/manifest.json has placeholders with no value for "${options.env}": ${filled.unfilled.join(', ')}. ` +
        `Set them in ${where}; the ids (TEAMS_APP_ID, AAD_APP_CLIENT_ID, BOT_ID) and TAB_DOMAIN/TAB_ENDPOINT are ` +
        'written there by the Agents Toolkit\'s "provision" (see docs/deploy.md).',
    );
  }
  const manifest = JSON.parse(filled.text) as Record<string, unknown>;

  const problems = [
    ...(await schemaErrors(manifest)).map((e) => `schema: ${e.trim()}`),
    ...teamsRuleProblems(manifest),
  ];
  const icons = (manifest['icons'] ?? {}) as Record<string, string>;
  const iconFiles = new Map<string, Buffer>();
  for (const kind of ['color', 'outline'] as const) {
    const name = icons[kind];
    if (!name) continue;
    const bytes = readFileSync(path.join(appDir, name));
    iconFiles.set(name, bytes);
    problems.push(...iconProblems(kind, bytes));
  }
  if (problems.length > 0) {
    throw new PackageError(`The app package for "${options.env}" is not valid:\n- ${problems.join('\n- ')}`);
  }

  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: ZIP_DATE });
  for (const [name, bytes] of iconFiles) zip.file(name, bytes, { date: ZIP_DATE });
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const outDir = path.join(appDir, 'build');
  const zipPath = path.join(outDir, `appPackage.${options.env}.zip`);
  if (options.write !== false) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(zipPath, buffer);
    writeFileSync(path.join(outDir, `manifest.${options.env}.json`), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  return { zipPath, manifest, zip: buffer };
}

function envArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--env') return argv[i + 1];
    if (arg.startsWith('--env=')) return arg.slice('--env='.length);
  }
  return undefined;
}

if (require.main === module) {
  const env = envArgument(process.argv.slice(2));
  if (!env) {
    console.error('Usage: npm run package -- --env <name>   (reads env/.env.<name>, e.g. --env dev)');
    process.exit(2);
  }
  buildAppPackage({ env })
    .then((result) => console.log(`Wrote ${path.relative(process.cwd(), result.zipPath)}`))
    .catch((error: unknown) => {
      console.error(error instanceof PackageError ? error.message : error);
      process.exit(1);
    });
}
