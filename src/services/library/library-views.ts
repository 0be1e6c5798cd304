import { DomainError } from '../../domain/errors';
import type { Assessment } from '../../domain/assessment';
import type { LibraryEntry } from '../../domain/library';
import type { ServiceType } from '../../domain/service-types';
import type { Principal, Resource } from '../access-policy';
import { permission, type Permissions } from '../permission';

export type LibraryAct = 'agree' | 'decline' | 'withdraw';

/** An entry as the tab shows it: with what the person may do with it, and why not. */
export interface LibraryEntryView extends LibraryEntry {
  readonly allowed: Permissions<LibraryAct>;
}

export interface LibraryFilterOptions {
  readonly themes: readonly { readonly code: string; readonly title: string }[];
  readonly standards: readonly { readonly code: string; readonly title: string }[];
  readonly organisations: readonly { readonly id: string; readonly name: string }[];
  readonly serviceTypes: readonly ServiceType[];
}

/** The library page: what matches the search, proposals waiting for the person's agreement, and the filters. */
export interface LibraryPage {
  readonly entries: readonly LibraryEntryView[];
  readonly awaitingAgreement: readonly LibraryEntryView[];
  readonly filters: LibraryFilterOptions;
}

/** The service an entry belongs to, as the access policy sees it (library rules hold in every phase). */
export function entryResource(entry: LibraryEntry): Resource {
  return {
    organisationId: entry.organisationId,
    ...(entry.serviceId ? { serviceId: entry.serviceId } : {}),
    assessmentId: entry.assessmentId,
  };
}

/** Good practice is shared once the review is agreed: its ratings and findings no longer change. */
export function reviewNotAgreedReason(assessment: Pick<Assessment, 'state'> | undefined): string | null {
  if (!assessment || assessment.state === 'agreed' || assessment.state === 'closed') return null;
  return `Good practice is shared once the review is agreed; this assessment is ${assessment.state.replace(/_/g, ' ')}.`;
}

export function checkReviewAgreed(assessment: Pick<Assessment, 'state'>): void {
  const reason = reviewNotAgreedReason(assessment);
  if (reason) throw new DomainError('review_not_agreed', reason, 'state');
}

export function entryView(
  principal: Principal,
  entry: LibraryEntry,
  assessment: Pick<Assessment, 'state'> | undefined,
): LibraryEntryView {
  const resource = entryResource(entry);
  const waiting = entry.status === 'proposed' ? null : 'This entry is not waiting for the service to agree.';
  return {
    ...entry,
    allowed: {
      agree: permission(principal, 'library.publish', resource, waiting, reviewNotAgreedReason(assessment)),
      decline: permission(principal, 'library.publish', resource, waiting),
      withdraw: permission(
        principal,
        'library.publish',
        resource,
        entry.status === 'published' ? null : 'Only a published entry can be withdrawn.',
      ),
    },
  };
}

function byText<T>(key: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => key(a).localeCompare(key(b), 'en-GB', { numeric: true });
}

/** The filters offer only what the published library holds, so no choice leads to an empty page. */
export function filterOptions(published: readonly LibraryEntry[]): LibraryFilterOptions {
  const themes = new Map<string, string>();
  const standards = new Map<string, string>();
  const organisations = new Map<string, string>();
  const serviceTypes = new Set<ServiceType>();
  for (const e of published) {
    if (e.themeCode) themes.set(e.themeCode, e.themeTitle);
    standards.set(e.standardCode, e.standardTitle);
    organisations.set(e.organisationId, e.organisationName);
    if (e.serviceType) serviceTypes.add(e.serviceType);
  }
  return {
    themes: [...themes].map(([code, title]) => ({ code, title })).sort(byText((t) => t.code)),
    standards: [...standards].map(([code, title]) => ({ code, title })).sort(byText((s) => s.code)),
    organisations: [...organisations].map(([id, name]) => ({ id, name })).sort(byText((o) => o.name)),
    serviceTypes: [...serviceTypes].sort(),
  };
}
