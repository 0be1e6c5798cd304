import { DomainError } from '../domain/errors';

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
