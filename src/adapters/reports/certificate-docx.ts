import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { CertificateContent } from '../../domain/recognition-certificate';
import { longDate } from '../../domain/reviewer-training';
import type { CertificateRenderer } from '../../services/ports';
import { xmlSafeText } from './xml-safe-text';

function centred(text: string, options: { bold?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [new TextRun({ text: xmlSafeText(text), ...options })],
  });
}

/**
 * The recognition certificate as a Word document: one page, real headings (so screen readers and the document's
 * outline find it), every fact a board would cite in words (service, trust, level, date, validity).
 */
export async function renderCertificateDocx(c: CertificateContent): Promise<Uint8Array> {
  const doc = new Document({
    title: `Recognition certificate: ${xmlSafeText(c.serviceName)}`,
    creator: c.networkName,
    description: `${c.networkName} recognition of ${xmlSafeText(c.serviceName)}, ${xmlSafeText(c.organisationName)}`,
    sections: [
      {
        children: [
          new Paragraph({
            text: xmlSafeText(c.networkName),
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
          }),
          new Paragraph({
            text: 'Certificate of recognition',
            heading: HeadingLevel.HEADING_1,
            alignment: AlignmentType.CENTER,
          }),
          centred('This is to certify that'),
          centred(c.serviceName, { bold: true, size: 36 }),
          centred(c.organisationName, { size: 28 }),
          centred('is recognised at the level'),
          centred(c.level, { bold: true, size: 36 }),
          centred(`following its peer review in ${c.cycleName}.`),
          new Paragraph({ text: 'Validity', heading: HeadingLevel.HEADING_2, alignment: AlignmentType.CENTER }),
          centred(`Decided by the network's recognition panel on ${longDate(c.decidedOn)}.`),
          centred(`Valid until ${longDate(c.expiresOn)}, with an interim review by ${longDate(c.interimReviewOn)}.`),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The CertificateRenderer port with the `docx` package, made in memory. */
export class DocxCertificateRenderer implements CertificateRenderer {
  certificate(content: CertificateContent): Promise<Uint8Array> {
    return renderCertificateDocx(content);
  }
}
