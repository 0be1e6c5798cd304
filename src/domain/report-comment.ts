import { DomainError } from './errors';
import type { IsoDateTime, Versioned } from './ids';
import type { ReportState } from './report';
import type { ReportBlock, ReportDocument } from './report-document';

export const REPORT_COMMENT_STATUSES = ['open', 'accepted', 'rejected'] as const;
export type ReportCommentStatus = (typeof REPORT_COMMENT_STATUSES)[number];

/**
 * A comment of the service's factual-accuracy check on one passage of its report: what is wrong, what it should
 * say and, if there is one, a link to the evidence. The lead reviewer accepts it (the report is then regenerated
 * with the passage corrected) or rejects it, each with a reason.
 */
export interface ReportComment extends Versioned {
  readonly assessmentId: string;
  readonly cycleId: string;
  /** The section of the report the passage is in, by its heading. */
  readonly section: string;
  /** The passage as the report has it (a paragraph, or a bullet). */
  readonly passage: string;
  readonly whatIsWrong: string;
  readonly shouldSay: string;
  readonly evidenceUrl: string | null;
  readonly status: ReportCommentStatus;
  readonly commentedBy: string;
  readonly commentedAt: IsoDateTime;
  readonly decision: {
    readonly by: string;
    readonly at: IsoDateTime;
    readonly reason: string;
  } | null;
}

/** A comment is taken only while the service checks the facts: before, there is nothing to check; after, it is too late. */
export function checkCommentWindow(state: ReportState): void {
  if (state === 'factual_accuracy_check') return;
  throw new DomainError(
    'report_not_in_check',
    state === 'draft'
      ? 'The report is still a draft: comments open when the lead reviewer sends it to the service for its factual-accuracy check.'
      : 'The factual-accuracy check is over, so the report takes no more comments. Contact the lead reviewer if a fact is still wrong.',
    'state',
    { state },
  );
}

/** The passage must be in the section named, word for word, so the correction lands where the service meant. */
export function checkPassage(document: ReportDocument, section: string, passage: string): void {
  const found = document.sections.find((s) => s.heading === section);
  if (!found) {
    throw new DomainError(
      'passage_not_found',
      `The report has no section called "${section}". Choose one of: ${document.sections.map((s) => s.heading).join(', ')}.`,
      'section',
    );
  }
  if (!found.blocks.some((b) => passagesOf(b).includes(passage))) {
    throw new DomainError(
      'passage_not_found',
      `The section "${section}" has no paragraph or point that reads exactly like that. Copy the passage from the report as it stands.`,
      'passage',
    );
  }
}

function passagesOf(block: ReportBlock): readonly string[] {
  if (block.kind === 'paragraph') return [block.text];
  if (block.kind === 'bullets') return block.items;
  return [];
}

export function checkDecisionReason(reason: string): void {
  if (reason.trim() !== '') return;
  throw new DomainError(
    'note_required',
    'Give the reason for accepting or rejecting the comment: the service reads it on the report.',
    'reason',
  );
}

/**
 * The report with each accepted correction applied to its passage (in its section), so the Word file, the Excel
 * workbook and the page all carry the corrected words.
 */
export function applyCorrections(document: ReportDocument, comments: readonly ReportComment[]): ReportDocument {
  const accepted = comments.filter((c) => c.status === 'accepted');
  if (accepted.length === 0) return document;
  const corrected = (section: string, text: string) =>
    accepted.find((c) => c.section === section && c.passage === text)?.shouldSay ?? text;
  return {
    ...document,
    sections: document.sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b): ReportBlock => {
        if (b.kind === 'paragraph') return { ...b, text: corrected(s.heading, b.text) };
        if (b.kind === 'bullets') return { ...b, items: b.items.map((i) => corrected(s.heading, i)) };
        return b;
      }),
    })),
  };
}
