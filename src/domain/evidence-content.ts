import { filetypeinfo } from 'magic-bytes.js';

/** Enough of a file's start to recognise every type it could be (the signatures all sit in the first 4 KiB). */
export const CONTENT_SNIFF_BYTES = 4100;

/** A type a file's content could be, from its magic bytes: several when a signature is shared (zip, OLE2). */
export interface SniffedType {
  /** Lower-case short name, as an extension would be: pdf, docx, exe, elf. */
  readonly name: string;
  readonly mime: string | null;
}

/** What the first bytes of a file say it is (magic-bytes.js signatures); empty when they match no known type. */
export function sniffContent(head: Uint8Array): SniffedType[] {
  return filetypeinfo(head).map((t) => ({
    name: (t.extension ?? t.typename).replace(/^\./, '').toLowerCase(),
    mime: t.mime ?? null,
  }));
}

/** Plain text has no signature: it is text when nothing binary is recognised and it holds no NUL byte. */
export function looksLikePlainText(head: Uint8Array, sniffed: readonly SniffedType[]): boolean {
  const binary = sniffed.filter((t) => !(t.mime?.startsWith('text/') ?? false) && !TEXTUAL.has(t.name));
  return binary.length === 0 && !head.includes(0);
}

const TEXTUAL = new Set(['xml', 'json', 'csv', 'txt']);
