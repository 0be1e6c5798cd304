import type { IsoDate } from './ids';
import { fileStemOf } from './report-document';

/** What a recognition certificate says: enough for a board to cite it, nothing more. */
export interface CertificateContent {
  readonly networkName: string;
  readonly serviceName: string;
  /** The trust the service belongs to. */
  readonly organisationName: string;
  readonly cycleName: string;
  readonly level: string;
  readonly decidedOn: IsoDate;
  readonly expiresOn: IsoDate;
  readonly interimReviewOn: IsoDate;
  /** The decision's number, so a certificate replaced on appeal has a name of its own. */
  readonly decisionNumber: number;
}

export const NETWORK_NAME = 'Mind & Body Quality Improvement Network';

export const CERTIFICATE_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** e.g. "recognition-certificate-rheumatology-service-cycle-2026-27-1.docx". */
export function certificateFileName(content: CertificateContent): string {
  return `${fileStemOf('recognition certificate', content.serviceName, content.cycleName, String(content.decisionNumber))}.docx`;
}
