import type { Server } from 'restify';
import type { LocalIssuer } from '../auth/local-issuer';
import { findSignInPerson, signInCandidates } from '../services/identity/dev-sign-in';
import { SignInBody } from './contracts';
import { HttpProblem, problem } from './problem';
import { addPublicRoute, type RouteDeps } from './route';

/**
 * Local mode only: "sign in as" one of the seeded people. The token is signed by the server's own issuer and
 * checked by the same validator as an Entra token.
 */
export function registerDevRoutes(server: Server, deps: RouteDeps, issuer: LocalIssuer): void {
  addPublicRoute(server, deps, {
    method: 'get',
    path: '/dev/jwks',
    summary: "Local mode only: the local issuer's signing keys (JWKS)",
    handler: async () => ({ json: issuer.jwks() }),
  });
  addPublicRoute(server, deps, {
    method: 'get',
    path: '/api/v1/dev/people',
    summary: 'Local mode only: the seeded people one can sign in as',
    handler: async ({ ports }) => ({ json: await signInCandidates(ports) }),
  });
  addPublicRoute(server, deps, {
    method: 'post',
    path: '/api/v1/dev/sign-in',
    summary: 'Local mode only: sign in as a seeded person and get a bearer token',
    body: SignInBody,
    handler: async ({ ports, body }) => {
      const person = await findSignInPerson(ports, body);
      if (!person) {
        throw new HttpProblem(
          problem(404, 'not_found', 'No such person to sign in as. GET /api/v1/dev/people lists who you can be.'),
        );
      }
      const token = await issuer.issueToken({
        tenantId: person.tenantId,
        objectId: person.objectId,
        name: person.displayName,
        email: person.email,
      });
      return { json: { token, tokenType: 'Bearer', person: { id: person.id, displayName: person.displayName } } };
    },
  });
}
