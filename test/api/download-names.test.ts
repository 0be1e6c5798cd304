import { parse as parseDisposition } from 'content-disposition';
import { createServer, type Server } from 'restify';
import { send, sendStream } from '../../src/api/route';

/** Downloads named as people name Word files: curly apostrophes, en dashes, Welsh, Chinese and Japanese. */
const NAMES = [
  'Trust’s wellbeing plan – 2026.docx',
  'Cynllun gofal ŵyr – Gŵyl.pdf',
  "Parent's (draft) * 100% plan.xlsx",
  '心理健康 計画.pdf',
];

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer({ name: 'download-names' });
  server.get('/file/:name', async (req, res) => {
    send(res, { file: { contentType: 'application/pdf', fileName: String(req.params.name), body: Buffer.from('x') } });
  });
  server.get('/stream/:name', async (req, res) => {
    await sendStream(res, {
      stream: (async function* () {
        yield Buffer.from('x');
      })(),
      contentType: 'application/pdf',
      fileName: String(req.params.name),
      sizeBytes: 1,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe.each(['file', 'stream'])('a %s download', (kind) => {
  it.each(NAMES)('is sent as an attachment named %s, with an ASCII fallback name where needed', async (name) => {
    const res = await fetch(`${baseUrl}/${kind}/${encodeURIComponent(name)}`);
    expect(res.status).toBe(200);
    const header = res.headers.get('content-disposition') ?? '';
    const parsed = parseDisposition(header);
    expect(parsed.type).toBe('attachment');
    // The parser prefers the UTF-8 name (filename*) to the ASCII fallback, as browsers do.
    expect(parsed.parameters.filename).toBe(name);
    expect(header).toMatch(/filename="[\x20-\x7e]+"/);
    if (/[^\x20-\x7e]/.test(name)) expect(header).toMatch(/filename\*=UTF-8''/);
  });
});
