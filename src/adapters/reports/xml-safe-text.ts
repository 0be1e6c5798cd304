import type { ReportDocument } from '../../domain/report-document';

/**
 * Code points XML 1.0 does not allow anywhere in a document (C0 controls other than tab and line ends, U+FFFE,
 * U+FFFF, lone surrogates). Text pasted from other systems can carry them; a Word or Excel file holding one is
 * malformed and will not open, and neither `docx` nor `exceljs` removes them all.
 */
const XML_FORBIDDEN = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafeText(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** The same document with every text stripped of code points XML forbids; numbers and nulls unchanged. */
export function xmlSafeDocument(doc: ReportDocument): ReportDocument {
  return stripStrings(doc);
}

function stripStrings<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => stripStrings(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stripStrings(item)])) as T;
  }
  return value;
}
