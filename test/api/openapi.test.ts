import { PROBLEM_CODES } from '../../src/domain/problem-codes';
import { httpMethod, openApiPath, UNDOCUMENTED_PATHS } from '../../src/api/openapi-document';
import { request, startHarness, type Harness } from './harness';

type Json = Record<string, unknown>;
interface Document {
  readonly openapi: string;
  readonly info: { readonly title: string; readonly version: string };
  readonly paths: Record<string, Record<string, Json>>;
  readonly components: Json;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

let harness: Harness;
let document: Document;

beforeAll(async () => {
  harness = await startHarness({ seed: false });
  const res = await request<Document>(harness.baseUrl, 'GET', '/api/v1/openapi.json');
  expect(res.status).toBe(200);
  document = res.body;
});
afterAll(() => harness.close());

function operations(doc: Document): { key: string; path: string; method: string; op: Json }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, path, method, op })),
  );
}

/** Structural checks of what OpenAPI 3.1 requires, for what can be checked without the official schema. */
function structuralProblems(doc: Document): string[] {
  const problems: string[] = [];
  if (doc.openapi !== '3.1.0') problems.push(`openapi is ${doc.openapi}`);
  if (!doc.info.title || !doc.info.version) problems.push('info needs a title and a version');
  const ids = new Set<string>();
  const refs: string[] = [];
  JSON.stringify(doc, (key, value: unknown) => {
    if (key === '$ref' && typeof value === 'string') refs.push(value);
    return value;
  });
  for (const ref of refs) {
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, part) => (node as Json | undefined)?.[part], doc);
    if (target === undefined) problems.push(`${ref} resolves to nothing`);
  }
  const schemes = Object.keys(doc.components['securitySchemes'] ?? {});
  for (const { key, path, op } of operations(doc)) {
    if (!path.startsWith('/')) problems.push(`${key}: a path starts with /`);
    const id = op['operationId'] as string;
    if (ids.has(id)) problems.push(`${key}: operationId ${id} is used twice`);
    ids.add(id);
    if (!op['summary']) problems.push(`${key}: no summary`);
    if (Object.keys(op['responses'] ?? {}).length === 0) problems.push(`${key}: no responses`);
    const parameters = (op['parameters'] ?? []) as Json[];
    const pathNames = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const declared = parameters.filter((p) => p['in'] === 'path').map((p) => p['name']);
    if ([...pathNames].sort().join() !== [...declared].sort().join()) {
      problems.push(`${key}: path parameters ${declared.join()} do not match the template`);
    }
    for (const p of parameters) {
      if (!['path', 'query', 'header', 'cookie'].includes(p['in'] as string)) problems.push(`${key}: bad "in"`);
      if (p['in'] === 'path' && p['required'] !== true) problems.push(`${key}: ${String(p['name'])} must be required`);
      if (typeof p['schema'] !== 'object') problems.push(`${key}: ${String(p['name'])} has no schema`);
    }
    const body = op['requestBody'] as { content?: Record<string, { schema?: unknown }> } | undefined;
    if (body && !Object.values(body.content ?? {}).every((c) => typeof c.schema === 'object')) {
      problems.push(`${key}: request body without a schema`);
    }
    for (const requirement of (op['security'] ?? []) as Json[]) {
      for (const scheme of Object.keys(requirement)) {
        if (!schemes.includes(scheme)) problems.push(`${key}: unknown security scheme ${scheme}`);
      }
    }
  }
  return problems;
}

describe('the OpenAPI document at /api/v1/openapi.json', () => {
  it('has an operation for every route the server registered, and none for a route it did not', () => {
    const registered = Object.values(harness.app.server.router.getRoutes())
      .filter((route) => !UNDOCUMENTED_PATHS.includes(String(route.path)))
      .map((route) => `${route.method} ${openApiPath(String(route.path))}`)
      .sort();
    const documented = operations(document)
      .map(({ key }) => key)
      .sort();

    expect(documented).toEqual(registered);
    expect(registered).toEqual(expect.arrayContaining(['PUT /api/v1/assessments/{id}/responses/{standardId}']));
  });

  it('is valid OpenAPI 3.1 as far as its structure can be checked offline', () => {
    expect(structuralProblems(document)).toEqual([]);
  });

  it('describes request bodies and parameters with the schemas the routes validate with', () => {
    const save = document.paths['/api/v1/assessments/{id}/responses/{standardId}']!['put']!;
    const body = (save['requestBody'] as { content: Record<string, { schema: Json }> }).content['application/json']!
      .schema;
    expect(body['required']).toEqual(['rating', 'version']);
    expect(body['additionalProperties']).toBe(false);
    expect(JSON.stringify(body['properties'])).toContain('"not_applicable"');
    const parameters = (save['parameters'] as Json[]).map((p) => `${String(p['in'])}:${String(p['name'])}`);
    expect(parameters).toEqual(['path:id', 'path:standardId']);
    expect(save['security']).toEqual([{ bearer: [] }]);

    const summary = document.paths['/api/v1/public/services/{id}/summary']!['get']!;
    expect(summary['security']).toEqual([]);
    expect(summary['parameters']).toContainEqual(expect.objectContaining({ in: 'query', name: 'format' }));
  });

  it('lists every problem code, with its meaning, as the enum of the Problem schema', async () => {
    const problem = (document.components['schemas'] as Record<string, { properties: Record<string, Json> }>)[
      'Problem'
    ]!;
    const code = problem.properties['code']!;
    expect(code['enum']).toEqual(Object.keys(PROBLEM_CODES));
    expect(code['description']).toContain(`\`token_expired\`: ${PROBLEM_CODES.token_expired}`);

    const refused = await request<{ code: string }>(harness.baseUrl, 'GET', '/api/v1/me');
    expect(code['enum']).toContain(refused.body.code);
  });

  it('names each method as restify registers it', () => {
    expect(httpMethod({ method: 'del' })).toBe('DELETE');
  });
});
