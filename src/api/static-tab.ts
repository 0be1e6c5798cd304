import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response, Next, Server } from 'restify';

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

/**
 * The tab's paths: everything but the API. A first segment of exactly "api" never matches, so an unknown API path
 * is answered by the router as a 404 (or 405) problem, never with the tab's page.
 */
export const TAB_PATHS = ['/', '/:top(^(?!api$).+$)', '/:top(^(?!api$).+$)/*'] as const;

/**
 * Serves the built tab. Unknown paths outside /api/ fall back to index.html so deep links survive a reload;
 * nothing outside the tab's folder can be read.
 */
export function registerStaticTab(server: Server, root: string): void {
  const base = path.resolve(root);
  const handler = (req: Request, res: Response, next: Next) => {
    const urlPath = decodeURIComponent((req.path() || '/').split('?')[0] ?? '/');
    let file = path.resolve(base, '.' + urlPath);
    if (!file.startsWith(base + path.sep) && file !== base) file = path.join(base, 'index.html');
    if (!existsSync(file) || statSync(file).isDirectory()) file = path.join(base, 'index.html');
    if (!existsSync(file)) {
      res.status(503);
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('The tab has not been built yet. Run `npm run build:tab` (npm start does it for you).');
      return next();
    }
    res.status(200);
    res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    if (file.includes(`${path.sep}assets${path.sep}`))
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    const stream = createReadStream(file);
    stream.on('end', () => next());
    stream.on('error', () => next());
    stream.pipe(res);
  };
  for (const tabPath of TAB_PATHS) server.get(tabPath, handler);
}
