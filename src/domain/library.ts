import { DomainError } from './errors';
import type { IsoDateTime, Versioned } from './ids';

export const LIBRARY_STATUSES = ['published', 'withdrawn'] as const;
export type LibraryStatus = (typeof LIBRARY_STATUSES)[number];

export interface LibraryContact {
  readonly name: string;
  readonly email: string;
}

export interface LibraryAttachment {
  readonly evidenceId: string;
  readonly fileName: string;
}

/**
 * A piece of good practice shared across the network. It comes from a good-practice finding of an agreed
 * review, and exists only because the service agreed to share it (the service lead publishes it).
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
  readonly status: LibraryStatus;
  readonly publishedBy: string;
  readonly publishedAt: IsoDateTime;
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
    .sort((a, b) => b.score - a.score || b.entry.publishedAt.localeCompare(a.entry.publishedAt))
    .map((s) => s.entry);
}
