import type { Server } from 'restify';
import { z } from 'zod';
import { PROBLEM_CODES, problemCodes } from '../domain/problem-codes';
import { documentedRoutes, type DocumentedRoute } from './documented-routes';
import { TAB_PATHS } from './static-tab';

type JsonSchema = Record<string, unknown>;

/** Routes registered on the server directly rather than through addRoute, documented here by hand. */
const DIRECT_ROUTES: readonly DocumentedRoute[] = [
  { method: 'get', path: '/healthz', summary: 'Liveness: the process answers', signIn: false },
  { method: 'get', path: '/readyz', summary: 'Readiness: the store and the other dependencies answer', signIn: false },
  {
    method: 'post',
    path: '/api/messages',
    summary: 'The Bot Framework endpoint: Teams sends the bot its activities here (Bot Connector token)',
    signIn: false,
  },
];

/** The tab's static files (every GET outside /api/) are not an operation of the API, so the document leaves them out. */
export const UNDOCUMENTED_PATHS: readonly string[] = TAB_PATHS;

/** restify's `/a/:id` -> OpenAPI's `/a/{id}`. */
export function openApiPath(restifyPath: string): string {
  return restifyPath.replace(/:(\w+)/g, '{$1}');
}

/** What a client sends: JSON Schema 2020-12 (OpenAPI 3.1's dialect), without the per-schema `$schema`. */
function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema);
  const properties = (object['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }));
}

function operationId(route: DocumentedRoute): string {
  const words = `${route.method} ${route.path}`.split(/[^A-Za-z0-9]+/).filter((w) => w && w !== 'api' && w !== 'v1');
  return words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
}

function operation(route: DocumentedRoute): JsonSchema {
  const params = [...parameters(route.params, 'path'), ...parameters(route.query, 'query')];
  return {
    operationId: operationId(route),
    summary: route.summary,
    security: route.signIn ? [{ bearer: [] }] : [],
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body) } } } }
      : {}),
    responses: {
      '2XX': { description: 'Done: JSON (the shapes are in src/api/contracts), a file, or no content.' },
      default: {
        description: 'A problem (RFC 9457); `code` says which, from the catalogue in the Problem schema.',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    },
  };
}

const problemSchema: JsonSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'What went wrong and what to do about it, in plain British English.' },
    code: {
      type: 'string',
      enum: problemCodes(),
      description: problemCodes()
        .map((code) => `- \`${code}\`: ${PROBLEM_CODES[code]}`)
        .join('\n'),
    },
    field: { type: 'string', description: 'The input at fault, when there is one.' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: {
          field: { type: 'string' },
          message: { type: 'string' },
          line: { type: ['integer', 'null'] },
        },
      },
    },
  },
};

/**
 * The OpenAPI 3.1 document of this server: every route it registered, with the zod schemas its routes validate
 * with, and every problem code. Built from what is registered, so it cannot drift from the routes.
 */
export function openApiDocument(server: Server): JsonSchema {
  const registered = new Set(Object.values(server.router.getRoutes()).map((r) => `${r.method} ${String(r.path)}`));
  const direct = DIRECT_ROUTES.filter((r) => registered.has(`${httpMethod(r)} ${r.path}`));
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of [...direct, ...documentedRoutes(server)]) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method === 'del' ? 'delete' : route.method]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mind & Body Quality Improvement Network API',
      // The API's version, as in /api/v1: it changes only with a change that breaks clients.
      version: '1',
      description:
        'The JSON API the Teams tab calls. Sign in with a bearer token (Entra ID, or the local issuer in local mode). Errors are application/problem+json.',
    },
    paths,
    components: {
      schemas: { Problem: problemSchema },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}

/** restify's name for a method in its route table (`del` is registered as DELETE). */
export function httpMethod(route: Pick<DocumentedRoute, 'method'>): string {
  return route.method === 'del' ? 'DELETE' : route.method.toUpperCase();
}
