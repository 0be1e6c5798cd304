import contentDisposition from 'content-disposition';

/**
 * The Content-Disposition header for a download, in the RFC 6266 form every browser reads: the real name as
 * UTF-8 (`filename*=UTF-8''...`, RFC 5987) and a plain ASCII `filename` for the few clients that do not read
 * that. Word file names often hold curly apostrophes, en dashes, Welsh or CJK letters; Node refuses a header
 * with characters outside Latin-1, so a name written into the header as it stands breaks the download.
 */
export function attachmentDisposition(fileName: string): string {
  return contentDisposition(fileName, { type: 'attachment', fallback: asciiFallback(fileName) });
}

/** Accents dropped (é -> e), typographic punctuation made plain, anything else outside ASCII an underscore. */
function asciiFallback(fileName: string): string {
  return fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[^\x20-\x7e]/g, '_');
}
