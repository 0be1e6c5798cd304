import { DomainError } from '../../domain/errors';
import {
  checkLibraryStep,
  libraryEntryFromStore,
  libraryEntryId,
  validateLibraryEntry,
  validateReason,
  type LibraryContact,
  type LibraryDecision,
  type LibraryEntry,
} from '../../domain/library';
import type { ServiceType } from '../../domain/service-types';
import { authorize, type Principal } from '../access-policy';
import { loadAssessment } from '../assessment/assessment-context';
import { putOne, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { loadFramework } from '../network/frameworks';
import { permission, type Permission } from '../permission';
import { checkReviewAgreed, entryResource } from './library-views';

export interface ProposeInput {
  readonly findingId: string;
  readonly title?: string | undefined;
  readonly whatTheyDo?: string | undefined;
  readonly note?: string | undefined;
}

export interface AgreeInput {
  readonly version: number;
  readonly title: string;
  readonly whatTheyDo: string;
  readonly contact: LibraryContact;
  readonly serviceType: ServiceType;
  readonly evidenceIds: readonly string[];
}

/** A good-practice finding of a review, with where it stands in the library and whether it may be proposed. */
export interface GoodPracticeFinding {
  readonly findingId: string;
  readonly standardCode: string;
  readonly text: string;
  readonly entry: Pick<LibraryEntry, 'id' | 'status' | 'version'> | null;
  readonly allowed: { readonly propose: Permission };
}

function decision(principal: Principal, step: LibraryDecision['step'], at: string, reason = ''): LibraryDecision {
  return { step, by: principal.person.id, byName: principal.person.displayName, at, reason };
}

/** The good-practice findings of an assessment's review, for the pages where the team proposes them. */
export async function goodPracticeFindings(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
): Promise<GoodPracticeFinding[]> {
  const { resource } = await loadAssessment(ports, assessmentId);
  // Everyone who may publish for the service may also propose: one action covers who sees this list.
  authorize(principal, 'library.propose', resource);
  const findings = (await ports.store.query('finding', { assessmentId })).filter((f) => f.kind === 'good_practice');
  const entries = await ports.store.getMany(
    'libraryEntry',
    findings.map((f) => libraryEntryId(f.id)),
  );
  return findings
    .sort((a, b) => a.standardCode.localeCompare(b.standardCode, 'en-GB', { numeric: true }))
    .map((f) => {
      const entry = entries.find((e) => e.findingId === f.id);
      return {
        findingId: f.id,
        standardCode: f.standardCode,
        text: f.text,
        entry: entry ? { id: entry.id, status: entry.status, version: entry.version } : null,
        allowed: {
          propose: permission(
            principal,
            'library.propose',
            resource,
            entry ? 'This finding has already been put forward for the library.' : null,
          ),
        },
      };
    });
}

/**
 * Puts a good-practice finding forward for the library. Nothing is published yet: the service's lead reads the
 * proposal and agrees (writing it up in the service's own words) or declines.
 */
export async function proposeGoodPractice(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  input: ProposeInput,
): Promise<LibraryEntry> {
  const { assessment, resource } = await loadAssessment(ports, assessmentId);
  authorize(principal, 'library.propose', resource);
  const finding = await ports.store.get('finding', input.findingId);
  if (!finding || finding.assessmentId !== assessmentId || finding.kind !== 'good_practice') {
    throw new DomainError(
      'not_good_practice',
      "Only a good-practice finding of this assessment's review can go into the library.",
      'findingId',
    );
  }
  const existing = await ports.store.get('libraryEntry', libraryEntryId(finding.id));
  if (existing) {
    throw new DomainError(
      'library_step_not_possible',
      'This finding has already been put forward for the library; open its entry to see where it stands.',
      'findingId',
      { entryStatus: existing.status, entryId: existing.id },
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
    title: input.title?.trim() || `${finding.standardCode} ${standard?.title ?? ''}`.trim(),
    whatTheyDo: input.whatTheyDo?.trim() || finding.text,
    contact: { name: '', email: '' },
    attachments: [],
    serviceType: null,
    status: 'proposed',
    publishedBy: null,
    publishedAt: null,
    history: [decision(principal, 'proposed', now, input.note?.trim() ?? '')],
    announcement: 'pending',
    announcedAt: null,
    updatedAt: now,
  };
  return putOne(ports, principal, 'libraryEntry', entry, 0);
}

async function loadEntry(ports: Ports, id: string): Promise<LibraryEntry> {
  const entry = await ports.store.get('libraryEntry', id);
  if (!entry) throw new NotFoundError('library entry', id);
  return libraryEntryFromStore(entry);
}

/**
 * The service agrees to share a proposed finding: its lead writes it up in the service's own words, with a
 * contact and any evidence files, and it is published (the bot then announces it). The agreement is recorded
 * on the entry and in the assessment's audit trail.
 */
export async function agreeToPublish(
  ports: Ports,
  principal: Principal,
  id: string,
  input: AgreeInput,
): Promise<LibraryEntry> {
  authorize(principal, 'library.publish');
  const entry = await loadEntry(ports, id);
  authorize(principal, 'library.publish', entryResource(entry));
  checkLibraryStep(entry, 'agree');
  const assessment = await ports.store.get('assessment', entry.assessmentId);
  if (!assessment) throw new NotFoundError('assessment', entry.assessmentId);
  checkReviewAgreed(assessment);
  validateLibraryEntry(input);
  const evidence = await ports.store.getMany('evidence', input.evidenceIds);
  const attached = evidence.filter((e) => e.assessmentId === entry.assessmentId);
  const missing = input.evidenceIds.filter((eid) => !attached.some((e) => e.id === eid));
  if (missing.length > 0) {
    throw new DomainError(
      'unknown_evidence',
      `These files are not evidence of this assessment: ${missing.join(', ')}.`,
      'evidenceIds',
    );
  }
  const now = ports.clock.now().toISOString();
  const published: LibraryEntry = {
    ...entry,
    title: input.title.trim(),
    whatTheyDo: input.whatTheyDo.trim(),
    contact: { name: input.contact.name.trim(), email: input.contact.email.trim().toLowerCase() },
    attachments: attached.map((e) => ({ evidenceId: e.id, fileName: e.fileName })),
    serviceType: input.serviceType,
    status: 'published',
    publishedBy: principal.person.id,
    publishedAt: now,
    history: [...entry.history, decision(principal, 'agreed', now)],
    announcement: 'pending',
    announcedAt: null,
    updatedAt: now,
  };
  return putOne(ports, principal, 'libraryEntry', published, input.version);
}

/** The service declines to share a proposed finding, saying why; nothing is published and the record stays. */
export function declineToPublish(
  ports: Ports,
  principal: Principal,
  id: string,
  input: { readonly version: number; readonly reason: string },
): Promise<LibraryEntry> {
  return endWithReason(ports, principal, id, input, 'decline');
}

/** The service (or the network) takes an entry back out of the library, with a reason that stays on record. */
export function withdrawLibraryEntry(
  ports: Ports,
  principal: Principal,
  id: string,
  input: { readonly version: number; readonly reason: string },
): Promise<LibraryEntry> {
  return endWithReason(ports, principal, id, input, 'withdraw');
}

/** Declining and withdrawing: the same checks, a reason on record, and the entry out of sight. */
async function endWithReason(
  ports: Ports,
  principal: Principal,
  id: string,
  input: { readonly version: number; readonly reason: string },
  step: 'decline' | 'withdraw',
): Promise<LibraryEntry> {
  authorize(principal, 'library.publish');
  const entry = await loadEntry(ports, id);
  authorize(principal, 'library.publish', entryResource(entry));
  checkLibraryStep(entry, step);
  const reason = validateReason(input.reason, step);
  const now = ports.clock.now().toISOString();
  const status = step === 'decline' ? 'declined' : 'withdrawn';
  const ended: LibraryEntry = {
    ...entry,
    status,
    history: [...entry.history, decision(principal, status, now, reason)],
    updatedAt: now,
  };
  return putOne(ports, principal, 'libraryEntry', ended, input.version);
}
