import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Request, Response, Next } from 'restify';
import { preferredContentCoding, type ContentCoding } from './content-coding';

/** Below this, compressing saves less than it costs (and the answer fits in a packet or two anyway). */
export const COMPRESS_JSON_FROM_BYTES = 1024;

/** JSON and its kinds (application/problem+json): other types (PDFs, Office files, images) are compressed already. */
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * Compressed in step, like the JSON.stringify before it (which costs about as much): restify checks that an answer
 * was written as soon as the handler is done, so the answer cannot wait for a compression in the background.
 * Brotli's quality 4 is as fast as gzip's default and still smaller.
 */
function compress(body: Buffer, coding: Exclude<ContentCoding, 'identity'>): Buffer {
  if (coding === 'gzip') return gzipSync(body, { level: 6 });
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 4,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

function addVary(res: Response): void {
  const vary = res.getHeader('Vary');
  const current = Array.isArray(vary) ? vary.join(', ') : typeof vary === 'string' ? vary : '';
  if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(current))
    res.setHeader('Vary', current ? `${current}, Accept-Encoding` : 'Accept-Encoding');
}

/** Whether an answer sent whole by one `end(body)` is one to compress (the coding is chosen afterwards). */
function worthCompressing(req: Request, res: Response, body: unknown): body is string | Buffer {
  if (typeof body !== 'string' && !Buffer.isBuffer(body)) return false;
  if (req.method === 'HEAD' || res.headersSent || res.getHeader('Content-Encoding') !== undefined) return false;
  const type = res.getHeader('Content-Type');
  if (typeof type !== 'string' || !JSON_TYPE.test(type)) return false;
  return Buffer.byteLength(body) >= COMPRESS_JSON_FROM_BYTES;
}

/**
 * Compresses the API's JSON answers (and problems) of 1 KB or more with brotli or gzip, as the client's
 * Accept-Encoding allows. Only answers sent whole in one `res.end(body)` (every route's JSON and problem) are
 * touched: streamed downloads (evidence) write before they end, and files keep their own types, so neither is.
 */
export function compressJsonAnswers(req: Request, res: Response, next: Next): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  let wroteBefore = false;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  res.write = ((...args: unknown[]) => {
    wroteBefore = true;
    return write(...args);
  }) as Response['write'];
  res.end = ((...args: unknown[]) => {
    const [body, ...rest] = args;
    if (wroteBefore || !worthCompressing(req, res, body)) return end(...args);
    const callback = rest.find((arg): arg is () => void => typeof arg === 'function');
    const raw = Buffer.isBuffer(body)
      ? body
      : Buffer.from(body, typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : 'utf8');
    addVary(res);
    const coding = preferredContentCoding(req.headers['accept-encoding'], ['br', 'gzip']);
    if (coding === 'identity') return end(raw, callback);
    const compressed = compress(raw, coding);
    res.setHeader('Content-Encoding', coding);
    res.setHeader('Content-Length', String(compressed.length));
    return end(compressed, callback);
  }) as Response['end'];
  next();
}
