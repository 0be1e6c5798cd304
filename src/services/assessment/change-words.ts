import type { Assessment, StandardResponse } from '../../domain/assessment';
import { changedValueOf, type AuditEvent } from '../../domain/audit';
import type { EvidenceRecord } from '../../domain/evidence';
import { ASSESSMENT_STATE_LABELS, NOT_RATED_LABEL, RATING_LABELS } from '../../domain/labels';
import type { EntityKind } from '../ports';

/** What the history needs to put names to ids. */
export interface HistoryNames {
  /** A person's name, or words for someone the network no longer lists. */
  personName(id: string): string;
  /** "1.1 Physical health checks", or the code alone when the framework does not have it. */
  standardName(code: string): string;
}

/**
 * The things, besides the assessment, its responses and its evidence, that an assessment's trail holds, in words for
 * "Added …", "Changed …" and "Removed …". Every kind that belongs to an assessment's trail (AUDIT_TRAIL_OF) has words
 * here; test/unit/services/change-words.test.ts names any that is missing.
 */
export const TRAIL_THING_WORDS: Readonly<Partial<Record<EntityKind, string>>> = {
  reviewTeam: 'the review team',
  reviewRating: 'a reviewer’s rating',
  agreedRating: 'an agreed rating',
  finding: 'a finding',
  action: 'an action',
  libraryEntry: 'a good-practice library entry',
  reportComment: 'a comment on the draft report',
  recognition: 'the recognition record',
};

const VERBS = { create: 'Added', update: 'Changed', delete: 'Removed' } as const;

const ratingWords = (rating: StandardResponse['rating'] | undefined) =>
  rating ? RATING_LABELS[rating] : NOT_RATED_LABEL;

/**
 * One change to an assessment in words people read on its history page, e.g. "1.1 Physical health checks: rated
 * Partly met (was Not rated); notes edited". Null for what changed nothing people see: a standard's empty response
 * written when the assessment starts, or a save that changed only what the app keeps for itself.
 */
export function changeInWords(event: AuditEvent, names: HistoryNames): string | null {
  switch (event.entityKind) {
    case 'assessment':
      return assessmentChange(event);
    case 'response':
      return responseChange(event, names);
    case 'evidence': {
      const record = changedValueOf(event) as Partial<EvidenceRecord> | null;
      return `${VERBS[event.action]} evidence “${record?.fileName ?? 'a file'}”`;
    }
    default: {
      const thing = TRAIL_THING_WORDS[event.entityKind as EntityKind] ?? 'a record';
      const code = standardCodeOf(event);
      return `${VERBS[event.action]} ${thing}${code === null ? '' : ` for ${names.standardName(code)}`}`;
    }
  }
}

/** The standard a change was about, if any. */
export function standardCodeOf(event: AuditEvent): string | null {
  const code = (changedValueOf(event) as { standardCode?: unknown } | null)?.standardCode;
  return typeof code === 'string' ? code : null;
}

function assessmentChange(event: AuditEvent): string {
  if (event.action !== 'update') return event.action === 'create' ? 'Created the assessment' : 'Deleted the assessment';
  const before = event.before as Partial<Assessment> | null;
  const after = event.after as Partial<Assessment> | null;
  if (before?.state && after?.state && before.state !== after.state) {
    return `Moved the assessment from ${ASSESSMENT_STATE_LABELS[before.state]} to ${ASSESSMENT_STATE_LABELS[after.state]}`;
  }
  return 'Changed the assessment’s details';
}

function responseChange(event: AuditEvent, names: HistoryNames): string | null {
  const before = event.before as Partial<StandardResponse> | null;
  const after = event.after as Partial<StandardResponse> | null;
  const code = after?.standardCode ?? before?.standardCode ?? '';
  const standard = names.standardName(code);
  if (event.action === 'delete') return `Removed ${standard} from the assessment`;
  // A response is created empty when the assessment starts (nothing to say), or with what a copy or import held.
  const parts: string[] = [];
  if ((before?.rating ?? null) !== (after?.rating ?? null)) {
    parts.push(`rated ${ratingWords(after?.rating)} (was ${ratingWords(before?.rating)})`);
  }
  if ((before?.naReason ?? '') !== (after?.naReason ?? '')) parts.push('reason it does not apply changed');
  if ((before?.narrative ?? '') !== (after?.narrative ?? '')) parts.push('notes edited');
  if ((before?.assigneeId ?? null) !== (after?.assigneeId ?? null)) {
    parts.push(after?.assigneeId ? `given to ${names.personName(after.assigneeId)}` : 'no longer assigned');
  }
  const was = new Set(before?.evidenceIds ?? []);
  const now = new Set(after?.evidenceIds ?? []);
  const linked = [...now].filter((id) => !was.has(id)).length;
  const unlinked = [...was].filter((id) => !now.has(id)).length;
  if (linked > 0) parts.push(`${filesOf(linked)} of evidence linked`);
  if (unlinked > 0) parts.push(`${filesOf(unlinked)} of evidence unlinked`);
  return parts.length === 0 ? null : `${standard}: ${parts.join('; ')}`;
}

const filesOf = (count: number) => (count === 1 ? '1 file' : `${count} files`);
