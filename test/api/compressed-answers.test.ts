import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { COMPRESS_JSON_FROM_BYTES } from '../../src/api/compress-json';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { rawRequest, type RawResponse } from './raw-http';

const A = '/api/v1/assessments/a-cur-svc-slam-coast';
const BROWSER = 'gzip, deflate, br, zstd';
let h: Harness;
let lead: Client;
beforeAll(async () => {
  h = await startHarness();
  lead = await h.signIn(EMAILS.coastLead);
});
afterAll(() => h.close());

const get = (urlPath: string, acceptEncoding?: string): Promise<RawResponse> =>
  rawRequest(`${h.baseUrl}${urlPath}`, {
    authorization: `Bearer ${lead.token}`,
    ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }),
  });

describe('large JSON answers are compressed as the client accepts', () => {
  it('sends the API description (public, and large) in brotli, gzip or as it is, the same JSON each way', async () => {
    const plain = await get('/api/v1/openapi.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(COMPRESS_JSON_FROM_BYTES);
    const document: unknown = JSON.parse(plain.body.toString());

    const br = await get('/api/v1/openapi.json', BROWSER);
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(document);

    const gzip = await get('/api/v1/openapi.json', 'gzip, deflate');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length);
    expect(JSON.parse(gunzipSync(gzip.body).toString())).toEqual(document);

    const identity = await get('/api/v1/openapi.json', 'identity');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers['vary']).toBe('Accept-Encoding');
    expect(JSON.parse(identity.body.toString())).toEqual(document);
  });

  it('compresses a signed-in answer too, which fetch unpacks to the same assessment', async () => {
    const raw = await get(A, BROWSER);
    expect(raw.headers['content-encoding']).toBe('br');
    const viaFetch = await lead.get<{ id: string }>(A);
    expect(viaFetch.status).toBe(200);
    expect(JSON.parse(brotliDecompressSync(raw.body).toString())).toEqual(viaFetch.body);
  });

  it('sends a small answer as it is: compressing it would save nothing', async () => {
    const res = await get('/api/v1/frameworks', BROWSER);
    expect(res.status).toBe(200);
    expect(res.body.length).toBeLessThan(COMPRESS_JSON_FROM_BYTES);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(res.body.toString())).toEqual([expect.objectContaining({ id: 'fw-mind-body-v1' })]);
  });

  it('keeps a problem a problem: small ones as they are, large ones compressed but the same problem', async () => {
    const small = await get(`${A}-gone`, BROWSER);
    expect(small.status).toBe(404);
    expect(small.headers['content-type']).toBe('application/problem+json');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toMatchObject({ status: 404, code: 'not_found' });

    // Every wrong item of a long list is a line of the problem.
    const large = await rawRequest(
      `${h.baseUrl}${A}/evidence/e-any/links`,
      { authorization: `Bearer ${lead.token}`, 'content-type': 'application/json', 'accept-encoding': BROWSER },
      'POST',
      JSON.stringify({ standardCodes: Array.from({ length: 60 }, (_, i) => i) }),
    );
    expect(large.status).toBe(400);
    expect(large.headers['content-type']).toBe('application/problem+json');
    expect(large.headers['content-encoding']).toBe('br');
    const problem = JSON.parse(brotliDecompressSync(large.body).toString()) as { code: string; errors: unknown[] };
    expect(problem).toMatchObject({ status: 400, code: 'invalid_input' });
    expect(problem.errors).toHaveLength(60);
  });

  it('never compresses an evidence download: it streams the file as it was uploaded, with its own length', async () => {
    const text = 'Minutes of the physical health clinic meeting.\n'.repeat(200);
    const up = await lead.sendRaw<{ id: string }>('POST', `${A}/evidence?fileName=minutes.txt`, text, 'text/plain');
    expect(up.status).toBe(201);
    const res = await get(`${A}/evidence/${up.body.id}/content`, BROWSER);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(text));
    expect(res.body.toString()).toBe(text);
  });
});
