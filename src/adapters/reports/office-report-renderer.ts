import type { ReportDocument } from '../../domain/report-document';
import type { ReportRenderer } from '../../services/ports';
import { renderDocx } from './docx-renderer';
import { renderXlsx } from './xlsx-renderer';

/** The ReportRenderer port with the `docx` and `exceljs` packages: Word and Excel files made in memory. */
export class OfficeReportRenderer implements ReportRenderer {
  docx(document: ReportDocument): Promise<Uint8Array> {
    return renderDocx(document);
  }

  xlsx(document: ReportDocument): Promise<Uint8Array> {
    return renderXlsx(document);
  }
}
