import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Microsoft 365 Agents Toolkit's environment files (`env/.env.<name>`, secrets in `env/.env.<name>.user`)
 * and its `${{VAR}}` placeholders, read the same way the toolkit reads them.
 */

/** `KEY=value` lines; `#` starts a comment line; values may be wrapped in single or double quotes. */
export function parseEnvFile(text: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key = '', rawValue = ''] = match;
    let value = rawValue.trim();
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2] ?? '';
    else value = value.replace(/\s+#.*$/, '');
    vars.set(key, value);
  }
  return vars;
}

/**
 * The variables of one environment: `env/.env.<name>`, then `env/.env.<name>.user` (secrets, git-ignored), then
 * the process environment for names already declared in those files (CI can override a value).
 * TEAMSFX_ENV is always the environment's name, as in the toolkit.
 */
export function loadEnvironment(
  envDir: string,
  name: string,
  processEnv: NodeJS.ProcessEnv = process.env,
): { vars: Map<string, string>; files: string[] } {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`"${name}" is not an environment name (letters, digits, - or _)`);
  const main = path.join(envDir, `.env.${name}`);
  if (!existsSync(main)) {
    throw new Error(`There is no ${path.relative(process.cwd(), main) || main}: create it (copy env/.env.dev) first.`);
  }
  const files = [main];
  const vars = parseEnvFile(readFileSync(main, 'utf8'));
  const user = `${main}.user`;
  if (existsSync(user)) {
    files.push(user);
    for (const [key, value] of parseEnvFile(readFileSync(user, 'utf8'))) vars.set(key, value);
  }
  for (const key of vars.keys()) {
    const override = processEnv[key];
    if (override !== undefined && override !== '') vars.set(key, override);
  }
  vars.set('TEAMSFX_ENV', name);
  return { vars, files };
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Every `${{VAR}}` name in a template, once each, in order of first use. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/**
 * Replaces `${{VAR}}` with its value (through `escape`, e.g. for a JSON string). A variable that is not defined, or empty and not in `mayBeEmpty`, is
 * reported in `unfilled` (and its placeholder left as it was).
 */
export function fillPlaceholders(
  template: string,
  vars: ReadonlyMap<string, string>,
  options: { mayBeEmpty?: ReadonlySet<string>; escape?: (value: string) => string } = {},
): { text: string; unfilled: string[] } {
  const mayBeEmpty = options.mayBeEmpty ?? new Set<string>();
  const escape = options.escape ?? ((value: string) => value);
  const unfilled = new Set<string>();
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars.get(name);
    if (value === undefined || (value === '' && !mayBeEmpty.has(name))) {
      unfilled.add(name);
      return whole;
    }
    return escape(value);
  });
  return { text, unfilled: [...unfilled] };
}
