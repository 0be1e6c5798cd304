import { toFrameworkDraft, type FieldError, type FrameworkDraft, type FrameworkParseResult } from './framework-draft';
import { JsonShapeReader, readJsonText } from './json-shape';
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

/** Storage fields of an exported FrameworkVersion: accepted and dropped, since an import is a new draft. */
const IGNORED_TOP_LEVEL = ['id', 'version', 'status', 'createdAt'];

/**
 * Reads a framework from JSON and reports every problem with its path (e.g. `standards[3].type`): first
 * the shape (missing fields, wrong JSON types, unknown fields, which usually mean a typo), then the
 * framework rules, without repeating a rule's complaint about a field whose shape was already wrong.
 */
export function parseFrameworkJson(text: string): FrameworkParseResult {
  const read = readJsonText(text);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const { value } = read;

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ line: 1, field: 'file', message: 'Expected one framework object ({ ... }).' }] };
  }
  const shape = new FrameworkShapeReader(IGNORED_TOP_LEVEL);
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

class FrameworkShapeReader extends JsonShapeReader {
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
}
