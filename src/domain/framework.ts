import type { IsoDateTime, Versioned } from './ids';

export const STANDARD_LEVELS = ['service', 'organisation', 'both'] as const;
export type StandardLevel = (typeof STANDARD_LEVELS)[number];

/** CCQI types: essential = type 1, expected = type 2, desirable = type 3. */
export const STANDARD_TYPES = ['essential', 'expected', 'desirable'] as const;
export type StandardType = (typeof STANDARD_TYPES)[number];

export const FRAMEWORK_STATUSES = ['draft', 'published', 'retired'] as const;
export type FrameworkStatus = (typeof FRAMEWORK_STATUSES)[number];

export interface Theme {
  /** "1" to "5" in the starter framework; a standard's code starts with its theme's code. */
  readonly code: string;
  readonly title: string;
  readonly description: string;
}

export interface Standard {
  /** Stable within a framework version, e.g. "1.4". Used as the standard's id in responses. */
  readonly code: string;
  readonly themeCode: string;
  readonly title: string;
  readonly text: string;
  /**
   * The standard in everyday words, for experts by experience and anyone new to the field: short, no
   * abbreviations. Optional: frameworks made before it existed have none, and the full text then stands alone.
   */
  readonly plainEnglish?: string;
  readonly guidance: string;
  readonly evidenceExamples: readonly string[];
  readonly level: StandardLevel;
  readonly type: StandardType;
  /**
   * The code(s) of the previous version of this framework that this standard takes over, when a revision renamed,
   * renumbered, split or merged standards, so the standard keeps its history (see framework-lineage.ts). Absent:
   * the standard continues the previous version's standard of the same code, if there is one.
   */
  readonly replaces?: readonly string[];
}

/** A requirement of a recognition level: at least `minMetPercent` of the applicable standards of `type` rated met. */
export interface RecognitionRequirement {
  readonly type: StandardType;
  readonly minMetPercent: number;
}

/**
 * Recognition levels are data, stored with the framework version. They are tried in the order given (highest
 * first); the first whose requirements all hold is awarded. The last level should have no requirements.
 */
export interface RecognitionLevel {
  readonly name: string;
  readonly description: string;
  readonly requirements: readonly RecognitionRequirement[];
}

export interface FrameworkVersion extends Versioned {
  /** Groups the versions of one framework, e.g. "mind-body-qin". */
  readonly key: string;
  readonly name: string;
  /** 1, 2, 3 ... within the key. */
  readonly versionNumber: number;
  readonly status: FrameworkStatus;
  /** True for the starter framework: "illustrative, for the network to replace". */
  readonly illustrative: boolean;
  readonly themes: readonly Theme[];
  readonly standards: readonly Standard[];
  readonly recognitionLevels: readonly RecognitionLevel[];
  readonly createdAt: IsoDateTime;
}
