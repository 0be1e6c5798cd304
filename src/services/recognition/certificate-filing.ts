import type { Assessment } from '../../domain/assessment';
import type { Cycle } from '../../domain/cycle';
import { DomainError } from '../../domain/errors';
import {
  CERTIFICATE_CONTENT_TYPE,
  certificateFileName,
  NETWORK_NAME,
  type CertificateContent,
} from '../../domain/recognition-certificate';
import type { CertificateFile, RecognitionDecision } from '../../domain/recognition-decision';
import type { Ports } from '../context';

async function contentOf(
  ports: Ports,
  assessment: Assessment,
  cycle: Cycle,
  decision: RecognitionDecision,
): Promise<CertificateContent> {
  const subject = assessment.subject;
  const [organisation, service] = await Promise.all([
    ports.store.get('organisation', subject.organisationId),
    subject.kind === 'service' ? ports.store.get('service', subject.serviceId) : undefined,
  ]);
  const organisationName = organisation?.name ?? subject.organisationId;
  return {
    networkName: NETWORK_NAME,
    serviceName: service?.name ?? organisationName,
    organisationName,
    cycleName: cycle.name,
    level: decision.level ?? '',
    decidedOn: decision.decidedOn,
    expiresOn: decision.expiresOn ?? '',
    interimReviewOn: decision.interimReviewOn ?? '',
    decisionNumber: decision.number,
  };
}

/**
 * Records a decision with its certificate, or neither. For a recognition, the certificate is made whole in
 * memory, then filed in the service's folder (where its report is), then `record` commits the decision naming
 * it; a failure at any step removes what was filed, so the folder never holds a certificate of a decision that
 * was not recorded and no decision claims a certificate that is not there.
 */
export async function withCertificate<T>(
  ports: Ports,
  assessment: Assessment,
  cycle: Cycle,
  decision: RecognitionDecision,
  record: (decision: RecognitionDecision) => Promise<T>,
): Promise<T> {
  if (decision.outcome !== 'recognised') return record(decision);
  if (!ports.certificates) {
    throw new DomainError(
      'certificates_unavailable',
      'Certificates cannot be made on this server, so a recognition cannot be recorded. Ask the network admin to check its set-up.',
      'outcome',
    );
  }
  const content = await contentOf(ports, assessment, cycle, decision);
  const bytes = await ports.certificates.certificate(content);
  const subject = assessment.subject;
  const fileName = certificateFileName(content);
  const { storageKey } = await ports.evidence.put(
    {
      cycleId: assessment.cycleId,
      organisationId: subject.organisationId,
      serviceId: subject.kind === 'service' ? subject.serviceId : 'organisation',
      fileName,
    },
    bytes,
    bytes.byteLength,
    CERTIFICATE_CONTENT_TYPE,
  );
  const certificate: CertificateFile = {
    fileName,
    contentType: CERTIFICATE_CONTENT_TYPE,
    sizeBytes: bytes.byteLength,
    storageKey,
  };
  try {
    return await record({ ...decision, certificate });
  } catch (error) {
    await removeQuietly(ports, storageKey);
    throw error;
  }
}

/** Best effort: a file that cannot be removed now is an orphan nothing refers to, never a false certificate. */
async function removeQuietly(ports: Ports, storageKey: string): Promise<void> {
  try {
    await ports.evidence.delete(storageKey);
  } catch {
    // Already gone, or the folder is unreachable: no decision names the file either way.
  }
}
