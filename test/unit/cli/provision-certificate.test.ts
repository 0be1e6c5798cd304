import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';
import { certificateCredentials } from '../../../src/cli/provision-views';

describe('AAD_APP_CERTIFICATE_FILE for npm run provision', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qin-cert-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the certificate and its private key from one PEM file, with the thumbprint Entra ID checks', async () => {
    const pems = await generate([{ name: 'commonName', value: 'Mind & Body QIN provisioning' }], {
      keySize: 2048,
      algorithm: 'sha256',
    });
    const file = join(dir, 'qin-provision.pem');
    writeFileSync(file, `${pems.private}\n${pems.cert}`);
    const credentials = certificateCredentials('qin-app', file);
    expect(credentials).toMatchObject({
      kind: 'certificate',
      clientId: 'qin-app',
      thumbprintSha256: new X509Certificate(pems.cert).fingerprint256.replaceAll(':', ''),
      privateKeyPem: expect.stringContaining('-----BEGIN PRIVATE KEY-----'),
      x5c: expect.stringContaining('-----BEGIN CERTIFICATE-----'),
    });
  });

  it('says what the file lacks', async () => {
    const pems = await generate([{ name: 'commonName', value: 'x' }], { keySize: 2048, algorithm: 'sha256' });
    const onlyCertificate = join(dir, 'cert.pem');
    writeFileSync(onlyCertificate, pems.cert);
    expect(() => certificateCredentials('qin-app', onlyCertificate)).toThrow(/no unencrypted private key/);
    const onlyKey = join(dir, 'key.pem');
    writeFileSync(onlyKey, pems.private);
    expect(() => certificateCredentials('qin-app', onlyKey)).toThrow(/holds no certificate/);
  });
});
