// Writes a brotli (.br) and a gzip (.gz) copy beside each text file of the built tab, so the server sends them as
// they are instead of compressing on every request. Run on its own: node scripts/precompress-tab.mjs <folder>
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** What the browser loads; source maps (only opened by developer tools) and images (already compressed) are not. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json']);

async function filesUnder(folder) {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath ?? e.path, e.name));
}

/**
 * Compresses every compressible file under `folder` at the strongest settings (they are compressed once, at build
 * time, and sent many times). A copy that would not be smaller than the file is not written, so the server sends
 * the file as it is. Answers the bytes before and after (brotli), for the build's log.
 */
export async function precompressTab(folder) {
  const files = (await filesUnder(folder)).filter((f) => COMPRESSIBLE.has(path.extname(f)));
  let original = 0;
  let compressed = 0;
  await Promise.all(
    files.map(async (file) => {
      const body = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
        gzipAsync(body, { level: 9 }),
      ]);
      if (br.length < body.length) await writeFile(`${file}.br`, br);
      if (gz.length < body.length) await writeFile(`${file}.gz`, gz);
      original += body.length;
      compressed += Math.min(br.length, body.length);
    }),
  );
  return { files: files.length, originalBytes: original, brotliBytes: compressed };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('Usage: node scripts/precompress-tab.mjs <folder>');
    process.exit(2);
  }
  const result = await precompressTab(folder);
  console.log(JSON.stringify(result));
}
