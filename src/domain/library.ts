import { DomainError } from './errors';
import type { IsoDateTime, Versioned } from './ids';
import type { ServiceType } from './service-types';

/**
 * proposed: put forward from a good-practice finding, waiting for the service's agreement; declined: the service
 * said no (with its reason); published: the service agreed and the network can find it; withdrawn: taken back out.
 */
export const LIBRARY_STATUSES = ['proposed', 'declined', 'published', 'withdrawn'] as const;
export type LibraryStatus = (typeof LIBRARY_STATUSES)[number];

/** One step in an entry's life, kept on the entry so the library shows who decided what, when and why. */
export interface LibraryDecision {
  readonly step: 'proposed' | 'agreed' | 'declined' | 'withdrawn';
  readonly by: string;
  readonly byName: string;
  readonly at: IsoDateTime;
  /** Why it was proposed (optional), declined or withdrawn (required). */
  readonly reason: string;
}

export interface LibraryContact {
  readonly name: string;
  readonly email: string;
}

export interface LibraryAttachment {
  readonly evidenceId: string;
  readonly fileName: string;
}

/**
 * A piece of good practice shared across the network. It comes from a good-practice finding of a review: someone
 * proposes it, and it is published only once the service agrees (its lead writes it up in its own words).
 */
export interface LibraryEntry extends Versioned {
  readonly findingId: string;
  readonly assessmentId: string;
  readonly cycleId: string;
  readonly organisationId: string;
  readonly serviceId: string | null;
  readonly subjectName: string;
  readonly organisationName: string;
  readonly standardCode: string;
  readonly standardTitle: string;
  readonly themeCode: string;
  readonly themeTitle: string;
  readonly title: string;
  /** What the service does, in its own words. */
  readonly whatTheyDo: string;
  readonly contact: LibraryContact;
  readonly attachments: readonly LibraryAttachment[];
  /** The kind of service, chosen by the service when it agrees; null while only proposed. */
  readonly serviceType: ServiceType | null;
  readonly status: LibraryStatus;
  /** Who agreed on the service's behalf, and when (null until published). */
  readonly publishedBy: string | null;
  readonly publishedAt: IsoDateTime | null;
  /** Every proposal, agreement, decline and withdrawal, oldest first. */
  readonly history: readonly LibraryDecision[];
  /** The bot announces each new entry in the network's Teams channel once: pending until it has. */
  readonly announcement: 'pending' | 'sent';
  readonly announcedAt: IsoDateTime | null;
  readonly updatedAt: IsoDateTime;
}

export function libraryEntryId(findingId: string): string {
  return `library:${findingId}`;
}

export function validateLibraryEntry(input: { title: string; whatTheyDo: string; contact: LibraryContact }): void {
  const missing: string[] = [];
  if (input.title.trim() === '') missing.push('a title');
  if (input.whatTheyDo.trim() === '') missing.push('what the service does');
  if (input.contact.name.trim() === '' || input.contact.email.trim() === '') missing.push('a contact name and e-mail');
  if (missing.length > 0) {
    throw new DomainError(
      'library_entry_incomplete',
      `A library entry needs ${missing.join(', ')}, so that others can learn from it and get in touch.`,
      missing[0] === 'a title' ? 'title' : missing[0] === 'what the service does' ? 'whatTheyDo' : 'contact',
      { missing },
    );
  }
}

export interface LibraryQuery {
  /** Free text: every word must appear somewhere in the entry. */
  readonly q?: string;
  readonly themeCode?: string;
  readonly standardCode?: string;
  readonly organisationId?: string;
  readonly serviceType?: ServiceType;
}

/** A decline or a withdrawal says why, so the person who proposed it (or reads the record later) understands. */
export function validateReason(reason: string, what: 'decline' | 'withdraw'): string {
  const trimmed = reason.trim();
  if (trimmed === '') {
    throw new DomainError(
      'library_reason_required',
      what === 'decline'
        ? 'Say why the service does not want to share this, so the reviewers understand. Add a reason and try again.'
        : 'Say why this entry is being taken out of the library, so there is a record. Add a reason and try again.',
      'reason',
    );
  }
  return trimmed;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9.]+/)
    .filter((w) => w.length > 0);
}

/**
 * Published entries that match the filters and every word of the text, best first: entries whose title holds
 * the words come before those that hold them only in the body; then the newest first.
 */
export function searchLibrary(entries: readonly LibraryEntry[], query: LibraryQuery): LibraryEntry[] {
  const wanted = words(query.q ?? '');
  const scored: { entry: LibraryEntry; score: number }[] = [];
  for (const entry of entries) {
    if (entry.status !== 'published') continue;
    if (query.themeCode && entry.themeCode !== query.themeCode) continue;
    if (query.standardCode && entry.standardCode !== query.standardCode) continue;
    if (query.organisationId && entry.organisationId !== query.organisationId) continue;
    if (query.serviceType && entry.serviceType !== query.serviceType) continue;
    const title = words(entry.title).join(' ');
    const body = words(
      [
        entry.whatTheyDo,
        entry.standardCode,
        entry.standardTitle,
        entry.themeTitle,
        entry.subjectName,
        entry.organisationName,
      ].join(' '),
    ).join(' ');
    if (!wanted.every((w) => title.includes(w) || body.includes(w))) continue;
    scored.push({ entry, score: wanted.filter((w) => title.includes(w)).length });
  }
  return scored
    .sort((a, b) => b.score - a.score || (b.entry.publishedAt ?? '').localeCompare(a.entry.publishedAt ?? ''))
    .map((s) => s.entry);
}

/** An agreement or a decline answers a proposal; a withdrawal takes back a published entry. */
export function checkLibraryStep(entry: LibraryEntry, step: 'agree' | 'decline' | 'withdraw'): void {
  const needed: LibraryStatus = step === 'withdraw' ? 'published' : 'proposed';
  if (entry.status === needed) return;
  const now = LIBRARY_STATUS_PHRASES[entry.status];
  throw new DomainError(
    'library_step_not_possible',
    step === 'withdraw'
      ? `Only a published entry can be withdrawn; this one ${now}.`
      : `Only a proposal waiting for the service can be ${step === 'agree' ? 'agreed' : 'declined'}; this one ${now}.`,
    'status',
    { entryStatus: entry.status },
  );
}

const LIBRARY_STATUS_PHRASES: Readonly<Record<LibraryStatus, string>> = {
  proposed: 'is waiting for the service to agree',
  declined: 'was declined by the service',
  published: 'is already published',
  withdrawn: 'was withdrawn',
};

/** An entry as stored by a release before proposals: published directly, with no history or type of service. */
export type StoredLibraryEntry = Omit<LibraryEntry, 'history' | 'serviceType'> &
  Partial<Pick<LibraryEntry, 'history' | 'serviceType'>>;

/** Reads an entry written by any release: an earlier one lacks the history and the type of service. */
export function libraryEntryFromStore(stored: StoredLibraryEntry): LibraryEntry {
  return { ...stored, history: stored.history ?? [], serviceType: stored.serviceType ?? null };
}
