import { toFrameworkDraft, type FieldError, type FrameworkDraft, type FrameworkParseResult } from './framework-draft';
import {
  toTypedDraft,
  validateFramework,
  type LooseFrameworkDraft,
  type LooseRecognitionLevel,
  type LooseStandard,
} from './framework-rules';

/** Pretty JSON of the draft's fields only, so an export of a stored version imports as a fresh draft. */
export function exportFrameworkJson(framework: FrameworkDraft): string {
  return `${JSON.stringify(toFrameworkDraft(framework), null, 2)}\n`;
}

type Obj = Record<string, unknown>;

/** Storage fields of an exported FrameworkVersion: accepted and dropped, since an import is a new draft. */
const IGNORED_TOP_LEVEL = ['id', 'version', 'status', 'createdAt'];

/**
 * Reads a framework from JSON and reports every problem with its path (e.g. `standards[3].type`): first
 * the shape (missing fields, wrong JSON types, unknown fields, which usually mean a typo), then the
 * framework rules, without repeating a rule's complaint about a field whose shape was already wrong.
 */
export function parseFrameworkJson(text: string): FrameworkParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [{ line: syntaxErrorLine(text, detail), field: 'file', message: `This is not valid JSON: ${detail}` }],
    };
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ line: 1, field: 'file', message: 'Expected one framework object ({ ... }).' }] };
  }
  const shape = new ShapeReader();
  const loose = shape.framework(value);
  const errors: FieldError[] = [...shape.errors];
  for (const e of validateFramework(loose)) {
    if (!shape.isUnderBadPath(e.field)) errors.push(e);
  }
  if (errors.length > 0) return { ok: false, errors };
  const draft = toTypedDraft(loose);
  if (draft === undefined) throw new Error('A validated JSON framework still has invalid values');
  return { ok: true, draft };
}

/** V8 gives a character position for most syntax errors; an early end of input is on the last line. */
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

class ShapeReader {
  readonly errors: FieldError[] = [];
  private readonly badPaths: string[] = [];

  isUnderBadPath(field: string): boolean {
    return this.badPaths.some((p) => field === p || field.startsWith(`${p}.`) || field.startsWith(`${p}[`));
  }

  framework(value: unknown): LooseFrameworkDraft {
    const o = this.object(value, '', [
      'key',
      'name',
      'versionNumber',
      'illustrative',
      'themes',
      'standards',
      'recognitionLevels',
      ...IGNORED_TOP_LEVEL,
    ]);
    return {
      key: this.string(o, 'key', ''),
      name: this.string(o, 'name', ''),
      versionNumber: this.number(o, 'versionNumber', ''),
      illustrative: this.boolean(o, 'illustrative', ''),
      themes: this.array(o, 'themes', '').map(([item, path]) => {
        const t = this.object(item, path, ['code', 'title', 'description']);
        return {
          code: this.string(t, 'code', path),
          title: this.string(t, 'title', path),
          description: this.string(t, 'description', path, true),
        };
      }),
      standards: this.array(o, 'standards', '').map(([item, path]) => this.standard(item, path)),
      recognitionLevels: this.array(o, 'recognitionLevels', '').map(([item, path]) => this.level(item, path)),
    };
  }

  private standard(item: unknown, path: string): LooseStandard {
    const fields = [
      'code',
      'themeCode',
      'title',
      'text',
      'plainEnglish',
      'guidance',
      'evidenceExamples',
      'level',
      'type',
      'replaces',
    ];
    const s = this.object(item, path, fields);
    const examples = s['evidenceExamples'] === undefined ? [] : this.array(s, 'evidenceExamples', path);
    return {
      code: this.string(s, 'code', path),
      themeCode: this.string(s, 'themeCode', path),
      title: this.string(s, 'title', path),
      text: this.string(s, 'text', path),
      ...(s['plainEnglish'] === undefined ? {} : { plainEnglish: this.string(s, 'plainEnglish', path, true) }),
      guidance: this.string(s, 'guidance', path, true),
      evidenceExamples: examples.map(([e, p]) => this.text(e, p)),
      level: this.string(s, 'level', path),
      type: this.string(s, 'type', path),
      ...(s['replaces'] === undefined
        ? {}
        : { replaces: this.array(s, 'replaces', path).map(([code, p]) => this.text(code, p)) }),
    };
  }

  private level(item: unknown, path: string): LooseRecognitionLevel {
    const l = this.object(item, path, ['name', 'description', 'requirements']);
    const requirements = l['requirements'] === undefined ? [] : this.array(l, 'requirements', path);
    return {
      name: this.string(l, 'name', path),
      description: this.string(l, 'description', path, true),
      requirements: requirements.map(([r, p]) => {
        const req = this.object(r, p, ['type', 'minMetPercent']);
        return { type: this.string(req, 'type', p), minMetPercent: this.number(req, 'minMetPercent', p) };
      }),
    };
  }

  private fail(field: string, message: string): void {
    this.errors.push({ line: null, field: field === '' ? 'file' : field, message });
    this.badPaths.push(field);
  }

  private object(value: unknown, path: string, known: readonly string[]): Obj {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, 'Expected an object ({ ... }).');
      return {};
    }
    const o = value as Obj;
    for (const key of Object.keys(o)) {
      if (!known.includes(key)) {
        const fields = known.filter((k) => !IGNORED_TOP_LEVEL.includes(k)).join(', ');
        this.fail(join(path, key), `Unknown field "${key}". The fields here are ${fields}.`);
      }
    }
    return o;
  }

  private string(o: Obj, key: string, path: string, optional = false): string {
    const v = o[key];
    if (v === undefined && optional) return '';
    return this.text(v, join(path, key));
  }

  private text(v: unknown, field: string): string {
    if (typeof v === 'string') return v;
    this.fail(field, v === undefined ? 'This field is missing.' : 'Expected text (a string in quotes).');
    return '';
  }

  private number(o: Obj, key: string, path: string): number {
    const v = o[key];
    if (typeof v === 'number') return v;
    this.fail(join(path, key), v === undefined ? 'This field is missing.' : 'Expected a number.');
    return Number.NaN;
  }

  private boolean(o: Obj, key: string, path: string): boolean {
    const v = o[key];
    if (typeof v === 'boolean') return v;
    this.fail(join(path, key), v === undefined ? 'This field is missing.' : 'Expected true or false.');
    return false;
  }

  /** The items of an array field, each with its own path. */
  private array(o: Obj, key: string, path: string): [unknown, string][] {
    const v = o[key];
    const field = join(path, key);
    if (!Array.isArray(v)) {
      this.fail(field, v === undefined ? 'This field is missing.' : 'Expected a list ([ ... ]).');
      return [];
    }
    return v.map((item: unknown, i): [unknown, string] => [item, `${field}[${i}]`]);
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
