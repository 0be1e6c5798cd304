import type { FrameworkVersion, RecognitionLevel, Standard, Theme } from './framework';

/**
 * The content of a framework version without its storage identity: what admins import, export and edit
 * before it is stored. Kept apart from `FrameworkVersion` so that an import can be checked before any id
 * or status exists; a `FrameworkVersion` is structurally a `FrameworkDraft`, so rules written for drafts
 * apply to stored versions too.
 */
export interface FrameworkDraft {
  readonly key: string;
  readonly name: string;
  readonly versionNumber: number;
  readonly illustrative: boolean;
  readonly themes: readonly Theme[];
  readonly standards: readonly Standard[];
  readonly recognitionLevels: readonly RecognitionLevel[];
}

/**
 * One problem found in a framework or an import file. `line` is the 1-based line of the file when the
 * source has lines that mean something to the user (CSV rows), else null; `field` is a column name (CSV)
 * or a path such as `standards[3].type` (JSON and drafts).
 */
export interface FieldError {
  readonly line: number | null;
  readonly field: string;
  readonly message: string;
}

export type FrameworkParseResult =
  { readonly ok: true; readonly draft: FrameworkDraft } | { readonly ok: false; readonly errors: FieldError[] };

/** Strips the storage identity so a stored version can be exported or copied into a new draft. */
export function toFrameworkDraft(framework: FrameworkVersion | FrameworkDraft): FrameworkDraft {
  return {
    key: framework.key,
    name: framework.name,
    versionNumber: framework.versionNumber,
    illustrative: framework.illustrative,
    themes: framework.themes.map((t) => ({ code: t.code, title: t.title, description: t.description })),
    standards: framework.standards.map((s) => ({
      code: s.code,
      themeCode: s.themeCode,
      title: s.title,
      text: s.text,
      ...(s.plainEnglish ? { plainEnglish: s.plainEnglish } : {}),
      guidance: s.guidance,
      evidenceExamples: [...s.evidenceExamples],
      level: s.level,
      type: s.type,
      ...(s.replaces && s.replaces.length > 0 ? { replaces: [...s.replaces] } : {}),
    })),
    recognitionLevels: framework.recognitionLevels.map((l) => ({
      name: l.name,
      description: l.description,
      requirements: l.requirements.map((r) => ({ type: r.type, minMetPercent: r.minMetPercent })),
    })),
  };
}
