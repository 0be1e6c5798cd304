import { DomainError } from '../../domain/errors';
import { REPORT_CONTENT_TYPES } from '../../domain/report';
import type { Principal } from '../access-policy';
import type { Ports } from '../context';
import { networkReport } from './network-report';
import { networkReportDocument } from './network-report-document';

/** The network report rendered as a Word document or an Excel workbook, made in memory. */
export async function networkReportFile(
  ports: Ports,
  principal: Principal,
  cycleId: string,
  format: 'docx' | 'xlsx',
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const report = await networkReport(ports, principal, cycleId);
  if (!ports.reports)
    throw new DomainError('reports_unavailable', 'Report rendering is not configured on this server.', 'format');
  const document = networkReportDocument(report);
  const bytes = format === 'docx' ? await ports.reports.docx(document) : await ports.reports.xlsx(document);
  return {
    fileName: `${document.fileStem}.${format}`,
    contentType: REPORT_CONTENT_TYPES[format],
    body: Buffer.from(bytes),
  };
}
