import { generate } from 'selfsigned';

export interface SimulatorCertificate {
  readonly key: string;
  readonly cert: string;
}

let cached: Promise<SimulatorCertificate> | undefined;

/**
 * One self-signed certificate per test process, valid for 127.0.0.1 (Graph) and localhost (the
 * pre-authenticated upload and download URLs, a different host as in Graph so no token is sent there).
 */
export function simulatorCertificate(): Promise<SimulatorCertificate> {
  cached ??= generate([{ name: 'commonName', value: 'graph-simulator.test' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          // SharePoint sites' own hosts (the REST API), which tests' connections bring here.
          { type: 2, value: '*.sharepoint.com' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  }).then((pems) => ({ key: pems.private, cert: pems.cert }));
  return cached;
}
