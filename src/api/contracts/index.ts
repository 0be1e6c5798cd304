/**
 * The API's contracts in one place: the zod schemas that check each route's path, query string and body (grouped
 * by capability, each with the type a client sends), the JSON shapes the routes answer with, and the problem codes.
 * Routes validate with these schemas, the OpenAPI document (GET /api/v1/openapi.json) is generated from them, and
 * clients import the types, so a shape is declared once and never copied.
 */
export * from './common';
export * from './assessment';
export * from './evidence';
export * from './network';
export * from './cycles';
export * from './frameworks';
export * from './review';
export * from './reports';
export * from './actions';
export * from './library';
export * from './identity';
export * from './visit';
export * from './claims';
export type * from './responses';
export type { ProblemCode } from '../../domain/problem-codes';
export * from './recognition';
export * from './impact';
export * from './questionnaires';
export * from './dashboard';
