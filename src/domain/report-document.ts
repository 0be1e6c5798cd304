import type { AgreementReport } from './agreement';
import type { Rating } from './assessment';
import { NOT_RATED_LABEL, RATING_SHORT_LABELS, STANDARD_TYPE_LABELS } from './labels';
import type { StandardType } from './framework';
import type { FindingLine } from './report-model';
import type { RecognitionResult, ScoreBucket } from './scoring';

/**
 * A report laid out as data: sections of headings, paragraphs, bullet lists, tables and bar charts. The Word and
 * Excel renderers (adapters) draw the same document, so both files always carry the same figures, and tests can
 * compare what they read back with this document and with the store.
 */
export type Cell = string | number | null;

export interface TableBlock {
  readonly kind: 'table';
  readonly title: string;
  /** The Excel worksheet the table goes on (unique within a document, at most 31 characters). */
  readonly sheet: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

export interface ChartBlock {
  readonly kind: 'chart';
  readonly title: string;
  /** Alternative text: the figures in words, for screen readers. */
  readonly description: string;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[] }[];
  /** Percentages: the axis runs 0 to 100. */
  readonly max: 100;
  /** The worksheet whose table the chart illustrates. */
  readonly sheet: string;
}

export type ReportBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | TableBlock
  | ChartBlock;

export interface ReportSection {
  readonly heading: string;
  readonly blocks: readonly ReportBlock[];
}

/** One line of a report's cover: "Cycle" and "Cycle 2026/27". */
export interface CoverFact {
  readonly label: string;
  readonly value: string;
}

/**
 * The first page of a report that is sent on (to a trust board, to the network): who it is about, which cycle,
 * when it was made and the recognition level, so a reader knows what they hold before they turn the page.
 */
export interface ReportCover {
  /** Who issues the report: the network. */
  readonly publisher: string;
  /** What kind of report it is, e.g. "Peer review report". */
  readonly kind: string;
  /** Who or what it is about, in large type, e.g. the service's name. */
  readonly subject: string;
  readonly facts: readonly CoverFact[];
}

export interface ReportDocument {
  readonly title: string;
  readonly subtitle: string;
  /** File name without extension, safe on every file system. */
  readonly fileStem: string;
  /** A report to send on has a cover and contents; working papers (an agenda, a claims list) have none. */
  readonly cover?: ReportCover;
  readonly sections: readonly ReportSection[];
}

export const NETWORK_NAME = 'Mind & Body Quality Improvement Network';

/** "1 February 2027": the day an ISO timestamp falls on in the UK. */
export { longDate } from './formatting/uk-dates';

/** A theme as a chart names it: "1. Integrated patient care". */
export function themeName(code: string, title: string): string {
  return `${code}. ${title}`;
}

export function ratingWord(rating: Rating | null): string {
  return rating === null ? NOT_RATED_LABEL : RATING_SHORT_LABELS[rating];
}

/** A file stem from words: lower case, hyphens, nothing a file system or URL would object to. */
export function fileStemOf(...parts: string[]): string {
  return parts
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

/** Ends a text with exactly one full stop (descriptions may or may not carry their own). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export function paragraph(text: string): ReportBlock {
  return { kind: 'paragraph', text };
}

/** Findings as bullets; an empty list says so rather than leaving a bare heading. */
export function findingBullets(lines: readonly FindingLine[], withSubject: boolean, none: string): ReportBlock {
  if (lines.length === 0) return paragraph(none);
  return {
    kind: 'bullets',
    items: lines.map(
      (f) => `${withSubject ? `${f.subjectName}, ` : ''}${f.standardCode} ${f.standardTitle}: ${f.text.trim()}`,
    ),
  };
}

export function bucketCells(b: ScoreBucket): Cell[] {
  return [b.percent, b.met, b.partlyMet, b.notMet, b.notApplicable];
}
export const BUCKET_COLUMNS = [
  'Score %',
  RATING_SHORT_LABELS.met,
  RATING_SHORT_LABELS.partly_met,
  RATING_SHORT_LABELS.not_met,
  RATING_SHORT_LABELS.not_applicable,
] as const;

export function recognitionBlocks(recognition: RecognitionResult, description: string): ReportBlock[] {
  return [
    paragraph(`Recognition level: ${recognition.level}.${description ? ` ${sentence(description)}` : ''}`),
    paragraph(`Why: ${recognition.summary}`),
    {
      kind: 'table',
      title: 'Recognition checks',
      sheet: 'Recognition',
      columns: ['Level', 'Type', 'Required %', 'Achieved %', 'Passed', 'Held back by'],
      rows: recognition.checks.map((c) => [
        c.levelName,
        c.type,
        c.requiredPercent,
        c.achievedPercent,
        c.passed ? 'Yes' : 'No',
        c.heldBackBy.join(', '),
      ]),
    },
  ];
}

export function agreementBlocks(agreement: AgreementReport): ReportBlock[] {
  const row = (label: string, m: AgreementReport['overall']): Cell[] => [
    label,
    m.pairs,
    m.matching,
    m.sharePercent,
    m.kappa,
  ];
  return [
    paragraph(
      'How closely the self-assessment matched the ratings the review team agreed: the share of standards rated the ' +
        'same, and a weighted kappa (1 = full agreement, 0 = what chance alone would give; near misses count half). ' +
        'Standards rated not applicable on either side are left out.',
    ),
    {
      kind: 'table',
      title: 'Self-assessment and review agreement',
      sheet: 'Agreement',
      columns: ['Theme', 'Standards compared', 'Same rating', 'Share %', 'Weighted kappa'],
      rows: [
        ...agreement.byTheme.map((t) => row(`${t.themeCode}. ${t.title}`, t.measure)),
        row('All themes', agreement.overall),
      ],
    },
  ];
}

/** "+4.5", "-2", or null when either side is missing. */
export function change(now: number | null, before: number | null): string | null {
  if (now === null || before === null) return null;
  const d = Math.round((now - before) * 10) / 10;
  return d > 0 ? `+${d}` : String(d);
}

/** The types by name (essential, expected, desirable), as a board reads them. */
export function typeChart(
  byType: readonly { type: StandardType; percent: number | null }[][],
  seriesNames: readonly string[],
  sheet: string,
): ChartBlock {
  const types = byType[0]?.map((t) => t.type) ?? [];
  return {
    kind: 'chart',
    title: 'Scores by type (%)',
    sheet,
    description: `Bar chart of scores by type of standard. ${seriesNames
      .map((name, i) => `${name}: ${(byType[i] ?? []).map((t) => `${t.type} ${t.percent ?? 'none'}`).join(', ')}`)
      .join('; ')}.`,
    categories: types.map((t) => STANDARD_TYPE_LABELS[t]),
    series: seriesNames.map((name, i) => ({ name, values: (byType[i] ?? []).map((t) => t.percent) })),
    max: 100,
  };
}
