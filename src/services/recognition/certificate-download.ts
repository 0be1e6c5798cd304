import { currentDecision } from '../../domain/recognition-decision';
import { authorize, type Principal } from '../access-policy';
import { loadAssessment } from '../assessment/assessment-context';
import type { Ports } from '../context';
import { NotFoundError } from '../errors';
import type { DownloadedFile } from '../reports/reports';
import { loadRecognitionState } from './recognition-context';

/** The certificate of the decision that stands, for everyone who may read the decision. */
export async function downloadCertificate(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
): Promise<DownloadedFile> {
  const loaded = await loadAssessment(ports, assessmentId);
  authorize(principal, 'recognition.read', loaded.resource);
  const { record } = await loadRecognitionState(ports, assessmentId);
  const certificate = currentDecision(record)?.certificate ?? null;
  if (certificate === null) throw new NotFoundError('recognition certificate for this assessment', assessmentId);
  const { stream } = await ports.evidence.get(certificate.storageKey);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return { fileName: certificate.fileName, contentType: certificate.contentType, body: Buffer.concat(chunks) };
}
