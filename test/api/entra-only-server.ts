import pino from 'pino';
import type { Server } from 'restify';
import { createApiServer } from '../../src/api/app';
import { TokenValidator } from '../../src/auth/token-validator';
import type { Harness } from './harness';

export interface EntraOnlyServer {
  readonly server: Server;
  readonly baseUrl: string;
  close(): void;
}

/**
 * The API as deployed (Entra ID sign-in only, no local sign-in routes) over a harness's ports, serving the built
 * tab found in `tabRoot`: what the tab's files and the API's fall-through look like in production.
 */
export async function startEntraOnlyServer(h: Harness, tabRoot: string): Promise<EntraOnlyServer> {
  const server = createApiServer({
    ports: h.app.ports,
    verifier: new TokenValidator([
      {
        kind: 'entra',
        loginHost: 'https://login.microsoftonline.com',
        allowedTenantIds: [],
        audience: '00000000-0000-4000-8000-000000000001',
      },
    ]),
    logger: pino({ level: 'silent' }),
    publicUrl: 'https://qin.example',
    tabRoot,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, baseUrl: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
