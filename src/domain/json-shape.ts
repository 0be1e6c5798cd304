import type { FieldError } from './framework-draft';

type Obj = Record<string, unknown>;

/**
 * Reads an import file's JSON text: a byte order mark is allowed, and a syntax error is reported on its line (V8
 * gives a character position for most syntax errors; an early end of input is on the last line).
 */
export function readJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: FieldError } {
  try {
    return { ok: true, value: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: { line: syntaxErrorLine(text, detail), field: 'file', message: `This is not valid JSON: ${detail}` },
    };
  }
}

function syntaxErrorLine(text: string, message: string): number | null {
  const lineColumn = /line (\d+) column \d+/.exec(message);
  if (lineColumn !== null) return Number(lineColumn[1]);
  const position = /at position (\d+)/.exec(message);
  const offset = position !== null ? Number(position[1]) : /end of JSON input/.test(message) ? text.length : null;
  if (offset === null) return null;
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text[i] === '\n') line += 1;
  return line;
}

/**
 * Checks the shape of imported JSON field by field and collects every problem with its path (e.g. `items[3].scale`):
 * missing fields, wrong JSON types and unknown fields (which usually mean a typo). Rules checked afterwards skip a
 * field whose shape was already wrong (`isUnderBadPath`), so nothing is reported twice.
 */
export class JsonShapeReader {
  readonly errors: FieldError[] = [];
  private readonly badPaths: string[] = [];

  /** `ignored`: storage fields of an exported record, accepted and dropped (an import is a new draft). */
  constructor(private readonly ignored: readonly string[] = []) {}

  isUnderBadPath(field: string): boolean {
    return this.badPaths.some((p) => field === p || field.startsWith(`${p}.`) || field.startsWith(`${p}[`));
  }

  fail(field: string, message: string): void {
    this.errors.push({ line: null, field: field === '' ? 'file' : field, message });
    this.badPaths.push(field);
  }

  object(value: unknown, path: string, known: readonly string[]): Obj {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, 'Expected an object ({ ... }).');
      return {};
    }
    const o = value as Obj;
    for (const key of Object.keys(o)) {
      if (!known.includes(key) && !(path === '' && this.ignored.includes(key))) {
        const fields = known.filter((k) => !this.ignored.includes(k)).join(', ');
        this.fail(joinPath(path, key), `Unknown field "${key}". The fields here are ${fields}.`);
      }
    }
    return o;
  }

  string(o: Obj, key: string, path: string, optional = false): string {
    const v = o[key];
    if (v === undefined && optional) return '';
    return this.text(v, joinPath(path, key));
  }

  text(v: unknown, field: string): string {
    if (typeof v === 'string') return v;
    this.fail(field, v === undefined ? 'This field is missing.' : 'Expected text (a string in quotes).');
    return '';
  }

  number(o: Obj, key: string, path: string): number {
    const v = o[key];
    if (typeof v === 'number') return v;
    this.fail(joinPath(path, key), v === undefined ? 'This field is missing.' : 'Expected a number.');
    return Number.NaN;
  }

  boolean(o: Obj, key: string, path: string): boolean {
    const v = o[key];
    if (typeof v === 'boolean') return v;
    this.fail(joinPath(path, key), v === undefined ? 'This field is missing.' : 'Expected true or false.');
    return false;
  }

  /** The items of an array field, each with its own path. */
  array(o: Obj, key: string, path: string): [unknown, string][] {
    const v = o[key];
    const field = joinPath(path, key);
    if (!Array.isArray(v)) {
      this.fail(field, v === undefined ? 'This field is missing.' : 'Expected a list ([ ... ]).');
      return [];
    }
    return v.map((item: unknown, i): [unknown, string] => [item, `${field}[${i}]`]);
  }
}

export function joinPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
