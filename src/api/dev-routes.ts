import type { Server } from 'restify';
import { z } from 'zod';
import type { LocalIssuer } from '../auth/local-issuer';
import type { Ports } from '../services/context';
import { problem, toProblem } from './problem';
import { send, sendProblem } from './route';

const SignInBody = z.strictObject({ personId: z.string().min(1).optional(), email: z.string().min(1).optional() });

/**
 * Local mode only: "sign in as" one of the seeded people. The token is signed by the server's own issuer and
 * checked by the same validator as an Entra token.
 */
export function registerDevRoutes(server: Server, ports: Ports, issuer: LocalIssuer): void {
  server.get('/dev/jwks', (_req, res, next) => {
    send(res, { json: issuer.jwks() });
    next();
  });
  server.get('/api/v1/dev/people', (_req, res, next) => {
    void (async () => {
      const [people, roles] = await Promise.all([
        ports.store.query('person', {}),
        ports.store.query('roleAssignment', {}),
      ]);
      const rolesOf = (id: string) =>
        roles.filter((r) => r.personId === id).map((r) => ({ role: r.role, scope: r.scope }));
      send(res, {
        json: people
          .filter((p) => p.tenantId && p.objectId)
          .sort((a, b) => a.displayName.localeCompare(b.displayName))
          .map((p) => ({
            id: p.id,
            displayName: p.displayName,
            email: p.email,
            jobTitle: p.jobTitle,
            organisationId: p.organisationId,
            roles: rolesOf(p.id),
          })),
      });
      next();
    })().catch((error: unknown) => {
      sendProblem(res, toProblem(error));
      next();
    });
  });
  server.post('/api/v1/dev/sign-in', (req, res, next) => {
    void (async () => {
      let raw: unknown;
      try {
        raw = JSON.parse(String(req.body ?? '{}'));
      } catch {
        return sendProblem(
          res,
          problem(400, 'malformed_json', 'Send JSON like {"email": "..."} or {"personId": "..."}.'),
        );
      }
      const body = SignInBody.safeParse(raw);
      if (!body.success || (!body.data.personId && !body.data.email)) {
        return sendProblem(
          res,
          problem(400, 'invalid_input', 'Give "personId" or "email" of a person from GET /api/v1/dev/people.', {
            field: 'personId',
          }),
        );
      }
      const person = body.data.personId
        ? await ports.store.get('person', body.data.personId)
        : (await ports.store.query('person', { email: (body.data.email ?? '').trim().toLowerCase() }))[0];
      if (!person || !person.tenantId || !person.objectId) {
        return sendProblem(
          res,
          problem(404, 'not_found', 'No such person to sign in as. GET /api/v1/dev/people lists who you can be.'),
        );
      }
      const token = await issuer.issueToken({
        tenantId: person.tenantId,
        objectId: person.objectId,
        name: person.displayName,
        email: person.email,
      });
      send(res, { json: { token, tokenType: 'Bearer', person: { id: person.id, displayName: person.displayName } } });
    })()
      .catch((error: unknown) => sendProblem(res, toProblem(error)))
      .finally(() => next());
  });
}
