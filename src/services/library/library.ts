import { libraryEntryFromStore, searchLibrary, type LibraryEntry, type LibraryQuery } from '../../domain/library';
import { authorize, isAllowed, type Principal } from '../access-policy';
import type { Ports } from '../context';
import { NotFoundError } from '../errors';
import type { DownloadedFile } from '../reports/reports';
import { entryResource, entryView, filterOptions, type LibraryEntryView, type LibraryPage } from './library-views';

/**
 * Search and filter the library across the network (every member may read it), with the proposals waiting for
 * this person's agreement. One indexed read per status: filters narrow the published entries in memory.
 */
export async function searchLibraryEntries(
  ports: Ports,
  principal: Principal,
  query: LibraryQuery,
): Promise<LibraryPage> {
  authorize(principal, 'library.read');
  const [publishedStored, proposedStored] = await Promise.all([
    ports.store.query('libraryEntry', { status: 'published' }),
    ports.store.query('libraryEntry', { status: 'proposed' }),
  ]);
  const published = publishedStored.map(libraryEntryFromStore);
  const proposed = proposedStored.map(libraryEntryFromStore);
  const mine = proposed.filter((e) => isAllowed(principal, 'library.publish', entryResource(e)));
  const assessments = await ports.store.getMany('assessment', [...new Set(mine.map((e) => e.assessmentId))]);
  return {
    entries: searchLibrary(published, query).map((e) => entryView(principal, e, undefined)),
    awaitingAgreement: mine
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
      .map((e) =>
        entryView(
          principal,
          e,
          assessments.find((a) => a.id === e.assessmentId),
        ),
      ),
    filters: filterOptions(published),
  };
}

/**
 * One entry. Published entries are the network's; a proposal, a declined or a withdrawn entry is seen only by the
 * service that decides on it and by those who may propose it, so a "no" stays with the service.
 */
export async function getLibraryEntry(ports: Ports, principal: Principal, id: string): Promise<LibraryEntryView> {
  authorize(principal, 'library.read');
  const entry = await readableEntry(ports, principal, id);
  const assessment = entry.status === 'proposed' ? await ports.store.get('assessment', entry.assessmentId) : undefined;
  return entryView(principal, entry, assessment);
}

async function readableEntry(ports: Ports, principal: Principal, id: string): Promise<LibraryEntry> {
  const stored = await ports.store.get('libraryEntry', id);
  const entry = stored ? libraryEntryFromStore(stored) : undefined;
  const resource = entry ? entryResource(entry) : {};
  const readable =
    entry !== undefined &&
    (entry.status === 'published' ||
      isAllowed(principal, 'library.publish', resource) ||
      isAllowed(principal, 'library.propose', resource));
  if (!entry || !readable) throw new NotFoundError('library entry', id);
  return entry;
}

export async function downloadLibraryAttachment(
  ports: Ports,
  principal: Principal,
  id: string,
  evidenceId: string,
): Promise<DownloadedFile> {
  authorize(principal, 'library.read');
  const entry = await readableEntry(ports, principal, id);
  const attachment = entry.attachments.find((a) => a.evidenceId === evidenceId);
  const record = attachment ? await ports.store.get('evidence', evidenceId) : undefined;
  if (!record || !ports.evidence) throw new NotFoundError('attachment of this library entry', evidenceId);
  const { stream } = await ports.evidence.get(record.storageKey);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return { fileName: record.fileName, contentType: record.contentType, body: Buffer.concat(chunks) };
}

/** For the bot: published entries not yet announced in the network's Teams channel. */
export async function pendingLibraryAnnouncements(ports: Ports): Promise<LibraryEntry[]> {
  return (await ports.store.query('libraryEntry', { announcement: 'pending' }))
    .filter((e) => e.status === 'published')
    .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
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

export type { LibraryEntryView };
