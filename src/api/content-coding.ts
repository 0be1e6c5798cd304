/** The content codings this server can send, in the order it prefers them when a client likes several equally. */
export type ContentCoding = 'br' | 'gzip' | 'identity';

/**
 * An unlisted identity is still acceptable (RFC 9110, 12.5.3), but any coding the client does list, however low its
 * q-value, is preferred to it: q-values have at most three decimals, so this is below all of them but zero.
 */
const UNLISTED_IDENTITY = 0.0001;

function weights(header: string): Map<string, number> {
  const byCoding = new Map<string, number>();
  for (const entry of header.split(',')) {
    const [name = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    if (name === '') continue;
    let q = 1;
    for (const param of params) {
      const match = /^q\s*=\s*([01](?:\.\d{0,3})?)$/.exec(param);
      if (match) q = Math.min(1, Number(match[1]));
    }
    // "x-gzip" is an old name for gzip that a recipient should treat as the same (RFC 9110, 8.4.1.3).
    byCoding.set(name === 'x-gzip' ? 'gzip' : name, q);
  }
  return byCoding;
}

function weightOf(coding: ContentCoding, byCoding: ReadonlyMap<string, number>): number {
  const listed = byCoding.get(coding);
  if (listed !== undefined) return listed;
  const anyOther = byCoding.get('*');
  if (anyOther !== undefined) return anyOther;
  return coding === 'identity' ? UNLISTED_IDENTITY : 0;
}

/**
 * The coding to send, given the request's Accept-Encoding and the codings on offer (identity is always on offer):
 * the one with the highest q-value, the server's order breaking ties (br before gzip). Without the header the answer
 * is sent as it is. When the client refuses everything, it is sent as it is too: an answer it may not expect is
 * more use than none.
 */
export function preferredContentCoding(
  acceptEncoding: string | undefined,
  offered: readonly ContentCoding[],
): ContentCoding {
  if (acceptEncoding === undefined || acceptEncoding.trim() === '') return 'identity';
  const byCoding = weights(acceptEncoding);
  let best: ContentCoding = 'identity';
  let bestWeight = 0;
  for (const coding of [...offered.filter((c) => c !== 'identity'), 'identity'] as const) {
    const weight = weightOf(coding, byCoding);
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}
