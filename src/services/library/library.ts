import { DomainError } from '../../domain/errors';
import {
  libraryEntryId,
  searchLibrary,
  validateLibraryEntry,
  type LibraryContact,
  type LibraryEntry,
  type LibraryQuery,
} from '../../domain/library';
import { authorize, type Principal } from '../access-policy';
import { loadAssessment } from '../assessment/assessment-context';
import { putOne, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { loadFramework } from '../network/frameworks';
import type { DownloadedFile } from '../reports/reports';

export interface PublishInput {
  readonly findingId: string;
  readonly title: string;
  readonly whatTheyDo: string;
  readonly contact: LibraryContact;
  readonly evidenceIds: readonly string[];
}

/**
 * The service agrees to share a good-practice finding of its agreed review: the service lead (or organisational
 * lead) publishes it in their own words, with a contact and any evidence files, and the bot announces it.
 */
export async function publishGoodPractice(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  input: PublishInput,
): Promise<LibraryEntry> {
  const { assessment, resource } = await loadAssessment(ports, assessmentId);
  authorize(principal, 'library.publish', resource);
  if (assessment.state !== 'agreed' && assessment.state !== 'closed') {
    throw new DomainError(
      'review_not_agreed',
      `Good practice is shared once the review is agreed; this assessment is ${assessment.state.replace(/_/g, ' ')}.`,
      'state',
    );
  }
  const finding = await ports.store.get('finding', input.findingId);
  if (!finding || finding.assessmentId !== assessmentId || finding.kind !== 'good_practice') {
    throw new DomainError(
      'not_good_practice',
      "Only a good-practice finding of this assessment's review can go into the library.",
      'findingId',
    );
  }
  validateLibraryEntry(input);
  const evidence = await ports.store.getMany('evidence', input.evidenceIds);
  const attached = evidence.filter((e) => e.assessmentId === assessmentId);
  const missing = input.evidenceIds.filter((id) => !attached.some((e) => e.id === id));
  if (missing.length > 0) {
    throw new DomainError(
      'unknown_evidence',
      `These files are not evidence of this assessment: ${missing.join(', ')}.`,
      'evidenceIds',
    );
  }
  const [framework, organisation, service] = await Promise.all([
    loadFramework(ports, assessment.frameworkVersionId),
    ports.store.get('organisation', assessment.subject.organisationId),
    assessment.subject.kind === 'service' ? ports.store.get('service', assessment.subject.serviceId) : undefined,
  ]);
  const standard = framework.standards.find((s) => s.code === finding.standardCode);
  const theme = framework.themes.find((t) => t.code === standard?.themeCode);
  const now = ports.clock.now().toISOString();
  const entry: LibraryEntry = {
    id: libraryEntryId(finding.id),
    version: 0,
    findingId: finding.id,
    assessmentId,
    cycleId: assessment.cycleId,
    organisationId: assessment.subject.organisationId,
    serviceId: assessment.subject.kind === 'service' ? assessment.subject.serviceId : null,
    subjectName: service?.name ?? organisation?.name ?? '',
    organisationName: organisation?.name ?? '',
    standardCode: finding.standardCode,
    standardTitle: standard?.title ?? '',
    themeCode: theme?.code ?? '',
    themeTitle: theme?.title ?? '',
    title: input.title.trim(),
    whatTheyDo: input.whatTheyDo.trim(),
    contact: { name: input.contact.name.trim(), email: input.contact.email.trim().toLowerCase() },
    attachments: attached.map((e) => ({ evidenceId: e.id, fileName: e.fileName })),
    status: 'published',
    publishedBy: principal.person.id,
    publishedAt: now,
    announcement: 'pending',
    announcedAt: null,
    updatedAt: now,
  };
  // Version 0: a finding is published once; a second attempt is a conflict carrying the published entry.
  return putOne(ports, principal, 'libraryEntry', entry, 0);
}

/** Search and filter the library across the network (every member may read it). */
export async function searchLibraryEntries(
  ports: Ports,
  principal: Principal,
  query: LibraryQuery,
): Promise<LibraryEntry[]> {
  authorize(principal, 'library.read');
  return searchLibrary(await ports.store.query('libraryEntry', { status: 'published' }), query);
}

export async function getLibraryEntry(ports: Ports, principal: Principal, id: string): Promise<LibraryEntry> {
  authorize(principal, 'library.read');
  const entry = await ports.store.get('libraryEntry', id);
  if (!entry || entry.status !== 'published') throw new NotFoundError('library entry', id);
  return entry;
}

export async function downloadLibraryAttachment(
  ports: Ports,
  principal: Principal,
  id: string,
  evidenceId: string,
): Promise<DownloadedFile> {
  const entry = await getLibraryEntry(ports, principal, id);
  const attachment = entry.attachments.find((a) => a.evidenceId === evidenceId);
  const record = attachment ? await ports.store.get('evidence', evidenceId) : undefined;
  if (!record || !ports.evidence) throw new NotFoundError('attachment of this library entry', evidenceId);
  const { stream } = await ports.evidence.get(record.storageKey);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return { fileName: record.fileName, contentType: record.contentType, body: Buffer.concat(chunks) };
}

/** The service (or the network) takes an entry back out of the library. */
export async function withdrawLibraryEntry(
  ports: Ports,
  principal: Principal,
  id: string,
  version: number,
): Promise<LibraryEntry> {
  authorize(principal, 'library.publish');
  const entry = await ports.store.get('libraryEntry', id);
  if (!entry) throw new NotFoundError('library entry', id);
  authorize(principal, 'library.publish', {
    organisationId: entry.organisationId,
    ...(entry.serviceId ? { serviceId: entry.serviceId } : {}),
    assessmentId: entry.assessmentId,
  });
  const now = ports.clock.now().toISOString();
  return putOne(ports, principal, 'libraryEntry', { ...entry, status: 'withdrawn', updatedAt: now }, version);
}

/** For the bot: published entries not yet announced in the network's Teams channel. */
export async function pendingLibraryAnnouncements(ports: Ports): Promise<LibraryEntry[]> {
  return (await ports.store.query('libraryEntry', { announcement: 'pending' }))
    .filter((e) => e.status === 'published')
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
}

/** For the bot, once the channel accepted the card: each entry is announced once. */
export async function markLibraryAnnounced(ports: Ports, actorId: string, entry: LibraryEntry): Promise<LibraryEntry> {
  const now = ports.clock.now().toISOString();
  const [stored] = await ports.store.commit({ actorId, at: now }, [
    {
      op: 'put',
      kind: 'libraryEntry',
      value: { ...entry, announcement: 'sent', announcedAt: now },
      expectedVersion: entry.version,
    },
  ]);
  return stored;
}
