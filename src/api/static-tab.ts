import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response, Next, Server } from 'restify';
import { preferredContentCoding, type ContentCoding } from './content-coding';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** The files the tab build compresses ahead of time (scripts/precompress-tab.mjs), by the suffix it gives them. */
const PRECOMPRESSED: readonly { readonly coding: Exclude<ContentCoding, 'identity'>; readonly suffix: string }[] = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
];

/** Vite names every file under assets/ by a hash of its content: a changed file is a new name, so keep it a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html (and every deep link, which is index.html too) is checked each time, so a new deployment shows. */
const REVALIDATE = 'no-cache';

function isHashedAsset(base: string, file: string): boolean {
  return path.relative(base, file).startsWith(`assets${path.sep}`);
}

/**
 * The tab's paths: everything but the API. A first segment of exactly "api" never matches, so an unknown API path
 * is answered by the router as a 404 (or 405) problem, never with the tab's page.
 */
export const TAB_PATHS = ['/', '/:top(^(?!api$).+$)', '/:top(^(?!api$).+$)/*'] as const;

function isFile(file: string): boolean {
  return existsSync(file) && !statSync(file).isDirectory();
}

/** The best copy of `file` the client accepts: brotli, then gzip, then the file as it is. */
function chooseCopy(
  file: string,
  acceptEncoding: string | undefined,
): { path: string; coding: ContentCoding; hasCompressedCopies: boolean } {
  const copies = PRECOMPRESSED.filter((copy) => isFile(file + copy.suffix));
  const coding = preferredContentCoding(
    acceptEncoding,
    copies.map((copy) => copy.coding),
  );
  const chosen = copies.find((copy) => copy.coding === coding);
  const hasCompressedCopies = copies.length > 0;
  return chosen
    ? { path: file + chosen.suffix, coding, hasCompressedCopies }
    : { path: file, coding: 'identity', hasCompressedCopies };
}

/**
 * Serves the built tab. Unknown paths outside /api/ fall back to index.html so deep links survive a reload;
 * nothing outside the tab's folder can be read. Text files are sent as the build compressed them (brotli or gzip,
 * whichever the client accepts), so nothing is compressed again on each request.
 */
export function registerStaticTab(server: Server, root: string): void {
  const base = path.resolve(root);
  const handler = (req: Request, res: Response, next: Next) => {
    const urlPath = decodeURIComponent((req.path() || '/').split('?')[0] ?? '/');
    let file = path.resolve(base, '.' + urlPath);
    if (!file.startsWith(base + path.sep) && file !== base) file = path.join(base, 'index.html');
    if (!isFile(file)) file = path.join(base, 'index.html');
    if (!existsSync(file)) {
      res.status(503);
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('The tab has not been built yet. Run `npm run build:tab` (npm start does it for you).');
      return next();
    }
    const copy = chooseCopy(file, req.headers['accept-encoding']);
    res.status(200);
    res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(statSync(copy.path).size));
    if (copy.coding !== 'identity') res.setHeader('Content-Encoding', copy.coding);
    // A cache must keep each coding apart, whichever one this client got.
    if (copy.hasCompressedCopies) res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', isHashedAsset(base, file) ? IMMUTABLE : REVALIDATE);
    const stream = createReadStream(copy.path);
    stream.on('end', () => next());
    stream.on('error', () => next());
    stream.pipe(res);
  };
  for (const tabPath of TAB_PATHS) server.get(tabPath, handler);
}
