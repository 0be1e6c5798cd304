import { responseId, type StandardResponse } from '../../domain/assessment';
import { DomainError } from '../../domain/errors';
import { isReviewTeamEvidence, type EvidenceCollection, type EvidenceRecord } from '../../domain/evidence';
import { selfAssessmentLockedBecause } from '../../domain/assessment-state';
import { authorize, type Principal } from '../access-policy';
import { loadAssessment, type LoadedAssessment } from '../assessment/assessment-context';
import { commitContext, putChange, putOne, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { CONTENT_SNIFF_BYTES } from '../../domain/evidence-content';
import { checkEvidenceContent, checkEvidenceFile } from '../../domain/evidence-rules';
import { readHead } from './stream-head';
import type { EvidenceAbout, EvidenceKey } from '../ports';
import type { PickedFileRef } from '../user-files';

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface UploadRequest {
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly content: AsyncIterable<Uint8Array> | Uint8Array;
  /** Standards to link the file to straight away ("collect once, use many"). */
  readonly standardCodes?: readonly string[];
}

/** The review team's files have a folder of their own beside the service's, so nobody mistakes one for the other. */
function evidenceKey(
  loaded: LoadedAssessment,
  fileName: string,
  collection: EvidenceCollection,
  about: EvidenceAbout,
): EvidenceKey {
  const subject = loaded.assessment.subject;
  const folder = subject.kind === 'service' ? subject.serviceId : 'organisation';
  return {
    cycleId: loaded.assessment.cycleId,
    organisationId: subject.organisationId,
    serviceId: collection === 'review_team' ? `${folder}-review-team` : folder,
    fileName,
    about,
  };
}

/** The file described for people who find it in the network's library: whose, which cycle, standards, who, from where. */
async function describeEvidence(
  ports: Ports,
  principal: Principal,
  loaded: LoadedAssessment,
  standardCodes: readonly string[],
  source: EvidenceRecord['source'],
  collection: EvidenceCollection,
): Promise<EvidenceAbout> {
  const subject = loaded.assessment.subject;
  const named =
    subject.kind === 'service'
      ? await ports.store.get('service', subject.serviceId)
      : await ports.store.get('organisation', subject.organisationId);
  const subjectName = named?.name ?? (subject.kind === 'service' ? subject.serviceId : subject.organisationId);
  return {
    subjectName: collection === 'review_team' ? `${subjectName} (review team)` : subjectName,
    cycleName: loaded.cycle.name,
    standardCodes: [...new Set(standardCodes)],
    addedBy: principal.person.displayName,
    sourceUrl: source?.webUrl ?? null,
  };
}

/** The service's own evidence file of this assessment; the review team's files are not found here. */
async function loadServiceEvidence(ports: Ports, assessmentId: string, evidenceId: string): Promise<EvidenceRecord> {
  const record = await ports.store.get('evidence', evidenceId);
  if (!record || record.assessmentId !== assessmentId || isReviewTeamEvidence(record)) {
    throw new NotFoundError('evidence file', evidenceId);
  }
  return record;
}

async function loadForUpload(ports: Ports, principal: Principal, assessmentId: string): Promise<LoadedAssessment> {
  const loaded = await loadAssessment(ports, assessmentId);
  authorize(principal, 'evidence.upload', loaded.resource);
  const locked = selfAssessmentLockedBecause(loaded.assessment.state);
  if (locked) throw new DomainError('assessment_locked', locked, 'state');
  return loaded;
}

/**
 * Stores the bytes first, then the record (and links) in one commit. If the commit fails the bytes are deleted,
 * so a failed upload leaves nothing behind.
 */
export async function storeEvidence(
  ports: Ports,
  principal: Principal,
  loaded: LoadedAssessment,
  request: UploadRequest,
  source: EvidenceRecord['source'],
  collection: EvidenceCollection = 'service',
): Promise<EvidenceRecord> {
  const { contentType } = checkEvidenceFile(request, ports.maxEvidenceBytes ?? DEFAULT_MAX_BYTES);
  const links = await linkChanges(ports, loaded.assessment.id, request.standardCodes ?? []);
  // The content must be what the name says before a byte is stored; only its first bytes are read for that.
  const { head, content } = await readHead(request.content, CONTENT_SNIFF_BYTES);
  checkEvidenceContent(request.fileName, head);
  const about = await describeEvidence(ports, principal, loaded, request.standardCodes ?? [], source, collection);
  const { storageKey } = await ports.evidence.put(
    evidenceKey(loaded, request.fileName.trim(), collection, about),
    content,
    request.sizeBytes,
    contentType,
  );
  const record: EvidenceRecord = {
    id: ports.ids.newId(),
    version: 0,
    assessmentId: loaded.assessment.id,
    fileName: request.fileName.trim(),
    contentType,
    sizeBytes: request.sizeBytes,
    storageKey,
    source,
    uploadedBy: principal.person.id,
    uploadedAt: ports.clock.now().toISOString(),
    ...(collection === 'review_team' ? { collection } : {}),
  };
  try {
    const [stored] = await ports.store.commit(commitContext(ports, principal), [
      putChange('evidence', record, 0),
      ...links.map((r) => putChange('response', { ...r, evidenceIds: [...r.evidenceIds, record.id] }, r.version)),
    ]);
    return stored;
  } catch (error) {
    await ports.evidence.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

export async function uploadEvidence(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  request: UploadRequest,
): Promise<EvidenceRecord> {
  const loaded = await loadForUpload(ports, principal, assessmentId);
  return storeEvidence(ports, principal, loaded, request, null);
}

/** Copies a file the person picked from their own OneDrive/SharePoint into the network's evidence library. */
export async function copyInPickedFile(
  ports: Ports,
  principal: Principal,
  userToken: string,
  assessmentId: string,
  ref: PickedFileRef,
  standardCodes: readonly string[],
): Promise<EvidenceRecord> {
  const loaded = await loadForUpload(ports, principal, assessmentId);
  return copyInto(ports, principal, userToken, loaded, ref, standardCodes, 'service');
}

/** Reads a picked file on the person's behalf (OBO) and stores it in the given collection, keeping its source link. */
export async function copyInto(
  ports: Ports,
  principal: Principal,
  userToken: string,
  loaded: LoadedAssessment,
  ref: PickedFileRef,
  standardCodes: readonly string[],
  collection: EvidenceCollection,
): Promise<EvidenceRecord> {
  if (!ports.userFiles) {
    throw new DomainError(
      'picker_unavailable',
      'Picking from OneDrive or SharePoint needs the app to run in Teams with Entra ID configured. Upload the file instead.',
      'driveId',
    );
  }
  const file = await ports.userFiles.open(userToken, ref);
  return storeEvidence(
    ports,
    principal,
    loaded,
    {
      fileName: file.fileName,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
      content: file.content,
      standardCodes,
    },
    { webUrl: file.webUrl, versionId: file.versionId },
    collection,
  );
}

async function linkChanges(ports: Ports, assessmentId: string, codes: readonly string[]): Promise<StandardResponse[]> {
  const unique = [...new Set(codes)];
  const responses = await ports.store.getMany(
    'response',
    unique.map((c) => responseId(assessmentId, c)),
  );
  const missing = unique.filter((c) => !responses.some((r) => r.standardCode === c));
  if (missing.length > 0) {
    throw new DomainError(
      'unknown_standard',
      `These standards are not in this assessment: ${missing.join(', ')}.`,
      'standardCodes',
    );
  }
  return responses;
}

/** Links one evidence file to several standards at once (collect once, use many). */
export async function linkEvidence(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  evidenceId: string,
  standardCodes: readonly string[],
): Promise<StandardResponse[]> {
  await loadForUpload(ports, principal, assessmentId);
  await loadServiceEvidence(ports, assessmentId, evidenceId);
  const responses = (await linkChanges(ports, assessmentId, standardCodes)).filter(
    (r) => !r.evidenceIds.includes(evidenceId),
  );
  if (responses.length === 0) return [];
  const changes = responses.map((r) =>
    putChange('response', { ...r, evidenceIds: [...r.evidenceIds, evidenceId] }, r.version),
  );
  return ports.store.commit(commitContext(ports, principal), changes);
}

export async function listEvidence(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
): Promise<EvidenceRecord[]> {
  const { resource } = await loadAssessment(ports, assessmentId);
  authorize(principal, 'assessment.read', resource);
  const records = (await ports.store.query('evidence', { assessmentId })).filter((e) => !isReviewTeamEvidence(e));
  return records.sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt));
}

/** Downloads go through the API so a reviewer from another trust needs no guest account in the host tenant. */
export async function openEvidence(ports: Ports, principal: Principal, assessmentId: string, evidenceId: string) {
  const { resource } = await loadAssessment(ports, assessmentId);
  authorize(principal, 'assessment.read', resource);
  const record = await loadServiceEvidence(ports, assessmentId, evidenceId);
  const file = await ports.evidence.get(record.storageKey);
  return { record, stream: file.stream };
}

export async function renameEvidence(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  evidenceId: string,
  fileName: string,
  version: number,
): Promise<EvidenceRecord> {
  await loadForUpload(ports, principal, assessmentId);
  const record = await loadServiceEvidence(ports, assessmentId, evidenceId);
  return putOne(ports, principal, 'evidence', { ...record, fileName: fileName.trim() }, version);
}
