import type { Request } from 'restify';
import type { VerifiedIdentity } from '../auth/token-validator';
import { resolvePrincipal } from '../services/identity/identity';
import type { Ports } from '../services/context';
import type { Authenticator } from './route';

export interface BearerVerifier {
  verify(authorizationHeader: string | undefined): Promise<VerifiedIdentity>;
}

/** Bearer token -> validated identity -> the network's record of the person and their roles. */
export function bearerAuthenticator(ports: Ports, verifier: BearerVerifier): Authenticator {
  return {
    async authenticate(req: Request) {
      const header = req.header('authorization');
      const identity = await verifier.verify(header);
      const principal = await resolvePrincipal(ports, identity);
      return { principal, token: header.replace(/^Bearer\s+/i, '') };
    },
  };
}
