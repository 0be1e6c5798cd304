import type { IncomingMessage } from 'node:http';
import { isSpanContextValid, SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';
import type { Store } from './services/ports';

/**
 * Application Insights through OpenTelemetry (the Azure Monitor distro), on only when
 * APPLICATIONINSIGHTS_CONNECTION_STRING is set. It must start before anything that opens sockets is loaded
 * (main.ts does this first), so that the HTTP instrumentation sees every request: API calls and the bot's
 * incoming activities as requests; Graph, Entra ID and Bot Connector calls as dependencies.
 */
export interface Telemetry {
  readonly enabled: boolean;
  /** Flushes what is buffered; call before the process exits. */
  shutdown(): Promise<void>;
}

export const SERVICE_NAME = 'mind-body-qin';
const NOT_TRACED = new Set(['/healthz', '/readyz']);

export async function startTelemetry(env: NodeJS.ProcessEnv = process.env): Promise<Telemetry> {
  const connectionString = env['APPLICATIONINSIGHTS_CONNECTION_STRING']?.trim();
  if (!connectionString) return { enabled: false, shutdown: async () => undefined };
  // The cloud role name in Application Insights.
  env['OTEL_SERVICE_NAME'] ??= SERVICE_NAME;
  const { useAzureMonitor, shutdownAzureMonitor } = await import('@azure/monitor-opentelemetry');
  // Probes every few seconds would drown the requests that matter.
  const http = {
    enabled: true,
    ignoreIncomingRequestHook: (request: IncomingMessage) => NOT_TRACED.has((request.url ?? '').split('?')[0] ?? ''),
  };
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    instrumentationOptions: {
      http,
      azureSdk: { enabled: false },
      mongoDb: { enabled: false },
      mySql: { enabled: false },
      postgreSql: { enabled: false },
      redis: { enabled: false },
      redis4: { enabled: false },
      bunyan: { enabled: false },
      winston: { enabled: false },
    },
  });
  return { enabled: true, shutdown: () => shutdownAzureMonitor() };
}

/** Fields pino adds to every log line written inside a span, so logs and traces join on trace_id. */
export function traceFields(): Record<string, string> {
  const context = trace.getActiveSpan()?.spanContext();
  return context && isSpanContextValid(context) ? { trace_id: context.traceId, span_id: context.spanId } : {};
}

const tracer = trace.getTracer(SERVICE_NAME);

/** Runs `fn` in a span named `name`; an error marks the span failed and is rethrown. */
export function inSpan<T>(name: string, attributes: Attributes, fn: () => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await fn();
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The store with a span per call (kind and change count; never values), for where store time goes. */
export function tracedStore(store: Store): Store {
  return {
    get: (kind, id) => inSpan('store.get', { 'qin.kind': kind }, () => store.get(kind, id)),
    getMany: (kind, ids) =>
      inSpan('store.getMany', { 'qin.kind': kind, 'qin.count': ids.length }, () => store.getMany(kind, ids)),
    query: (kind, filter) => inSpan('store.query', { 'qin.kind': kind }, () => store.query(kind, filter)),
    // Paged reads keep the store's own paging (without it, a page would be cut from the whole query).
    ...(store.queryPage
      ? {
          queryPage: (kind, filter, page) =>
            inSpan('store.queryPage', { 'qin.kind': kind }, () => store.queryPage!(kind, filter, page)),
        }
      : {}),
    commit: (context, changes) =>
      inSpan('store.commit', { 'qin.count': changes.length }, () => store.commit(context, changes)),
    auditForAssessment: (id) => inSpan('store.auditForAssessment', {}, () => store.auditForAssessment(id)),
    auditForEntity: (kind, id) =>
      inSpan('store.auditForEntity', { 'qin.kind': kind }, () => store.auditForEntity(kind, id)),
    tryAcquireLease: (name, holder, now, until) =>
      inSpan('store.tryAcquireLease', { 'qin.lease': name }, () => store.tryAcquireLease(name, holder, now, until)),
    releaseLease: (name, holder) =>
      inSpan('store.releaseLease', { 'qin.lease': name }, () => store.releaseLease(name, holder)),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}
