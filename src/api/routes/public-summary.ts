import type { Server } from 'restify';
import type { PublicSummary } from '../../domain/report';
import { publicSummaryOf } from '../../services/reports/reports';
import { addPublicRoute, type RouteDeps } from '../route';
import { IdParams, SummaryQuery } from '../contracts';
import { escapeHtml as escape } from '../html';

function list(items: readonly string[], none: string): string {
  return items.length === 0
    ? `<p>${escape(none)}</p>`
    : `<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
}

/** One plain page, readable on a phone and printable on one sheet. */
export function publicSummaryHtml(s: PublicSummary): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(s.serviceName)}: peer review summary</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5}</style></head>
<body><main>
<h1>${escape(s.serviceName)}</h1>
<p>${escape(s.organisationName)}. ${escape(s.whatTheServiceDoes)}</p>
<h2>Recognition level: ${escape(s.recognitionLevel)}</h2>
<p>${escape(s.recognitionMeaning)}</p>
<p>${escape(s.headline)}</p>
<h2>What the service does well</h2>${list(s.doesWell, 'The review did not single out good practice this time.')}
<h2>What the service is improving</h2>${list(s.improving, 'The review found nothing that needs improving.')}
<h2>Hold the service to it</h2><p>${escape(s.holdUsToIt)}</p>
<p><small>${escape(s.cycleName)}${s.reviewedOn ? `, reviewed on ${escape(s.reviewedOn)}` : ''}. Mind &amp; Body Quality Improvement Network.</small></p>
</main></body></html>`;
}

/**
 * The public summary of a service's latest published report: no sign-in, so that patients, carers and the public
 * can read it (the tab links to it, and services can print or post it). It carries only what was published.
 */
export function registerPublicSummaryRoute(server: Server, deps: RouteDeps): void {
  addPublicRoute(server, deps, {
    method: 'get',
    path: '/api/v1/public/services/:id/summary',
    summary: "The published public summary of a service's latest report, as JSON or HTML (no sign-in)",
    params: IdParams,
    query: SummaryQuery,
    handler: async ({ ports, params, query }) => {
      const summary = await publicSummaryOf(ports, params.id);
      return query.format === 'html' ? { html: publicSummaryHtml(summary) } : { json: summary };
    },
  });
}
