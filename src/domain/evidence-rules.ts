import { DomainError } from './errors';
import { looksLikePlainText, sniffContent } from './evidence-content';

/** File types people attach as evidence: documents, spreadsheets, slides, text, images. */
export const ALLOWED_EVIDENCE_TYPES: Readonly<Record<string, readonly string[]>> = {
  '.pdf': ['application/pdf'],
  '.docx': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  '.xlsx': ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  '.pptx': ['application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  '.doc': ['application/msword'],
  '.xls': ['application/vnd.ms-excel'],
  '.csv': ['text/csv', 'application/vnd.ms-excel', 'text/plain'],
  '.txt': ['text/plain'],
  '.png': ['image/png'],
  '.jpg': ['image/jpeg'],
  '.jpeg': ['image/jpeg'],
};

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase();
}

/** Checks name, size and type before any byte is stored, with messages that say what to do instead. */
export function checkEvidenceFile(
  file: { fileName: string; contentType: string; sizeBytes: number },
  maxBytes: number,
): { contentType: string } {
  const name = file.fileName.trim();
  if (name.length === 0 || name.length > 200) {
    throw new DomainError('invalid_file_name', 'Give the file a name of 1 to 200 characters.', 'fileName');
  }
  if (!Number.isInteger(file.sizeBytes) || file.sizeBytes <= 0) {
    throw new DomainError('empty_file', `${name} is empty. Choose the file again.`, 'file');
  }
  if (file.sizeBytes > maxBytes) {
    throw new DomainError(
      'file_too_large',
      `${name} is ${(file.sizeBytes / 2 ** 20).toFixed(1)} MiB; evidence files can be at most ${(maxBytes / 2 ** 20).toFixed(0)} MiB. Split it or link the part that matters.`,
      'file',
    );
  }
  const allowed = ALLOWED_EVIDENCE_TYPES[extensionOf(name)];
  if (!allowed) {
    throw new DomainError(
      'file_type_not_allowed',
      `${name} is not a type the network keeps as evidence. Use one of: ${Object.keys(ALLOWED_EVIDENCE_TYPES).join(', ')}.`,
      'file',
    );
  }
  const declared = file.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  // Browsers often send a generic type: trust the extension then, but never a type that contradicts it.
  if (declared && declared !== 'application/octet-stream' && !allowed.includes(declared)) {
    throw new DomainError(
      'file_type_mismatch',
      `${name} was sent as ${declared}, which does not match its extension. Save it in its proper format and try again.`,
      'file',
    );
  }
  return { contentType: allowed[0] ?? 'application/octet-stream' };
}

/** What people call each kept type, for messages. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  '.pdf': 'PDF',
  '.docx': 'Word',
  '.doc': 'Word 97-2003',
  '.xlsx': 'Excel',
  '.xls': 'Excel 97-2003',
  '.pptx': 'PowerPoint',
  '.csv': 'CSV',
  '.txt': 'plain text',
  '.png': 'PNG image',
  '.jpg': 'JPEG image',
  '.jpeg': 'JPEG image',
};

/** Extensions whose content is plain text, with no signature to check. */
const PLAIN_TEXT = new Set(['.csv', '.txt']);

/** Content signatures that stand for each extension (a JPEG may be named .jpg or .jpeg). */
const SIGNATURE_NAMES: Readonly<Record<string, readonly string[]>> = {
  '.jpg': ['jpg', 'jpeg'],
  '.jpeg': ['jpg', 'jpeg'],
};

/**
 * Checks that a file's first bytes are of the type its name claims, so an executable or any other file renamed
 * to `.pdf` is refused before anything is stored. Office files share the zip (or OLE2) signature, so a .docx is
 * accepted when its start is a zip that could be Word; plain text, which has no signature, when its start is
 * nothing binary.
 */
export function checkEvidenceContent(fileName: string, head: Uint8Array): void {
  const name = fileName.trim();
  const extension = extensionOf(name);
  const sniffed = sniffContent(head);
  const expected = SIGNATURE_NAMES[extension] ?? [extension.slice(1)];
  const matches = PLAIN_TEXT.has(extension)
    ? looksLikePlainText(head, sniffed)
    : sniffed.some((t) => expected.includes(t.name));
  if (matches) return;
  const actual = sniffed[0];
  const what =
    actual === undefined
      ? PLAIN_TEXT.has(extension)
        ? 'binary data, not text'
        : 'not a type the network recognises'
      : `${actual.name.toUpperCase()}${actual.mime ? ` (${actual.mime})` : ''}`;
  const allowed = [...new Set(Object.keys(ALLOWED_EVIDENCE_TYPES).map((e) => `${TYPE_NAMES[e] ?? e} (${e})`))];
  throw new DomainError(
    'file_content_mismatch',
    `${name} is named as ${TYPE_NAMES[extension] ?? extension} but its content is ${what}. Evidence can be: ${allowed.join(', ')}. Open the file, save it in one of these formats and upload it again.`,
    'file',
  );
}
