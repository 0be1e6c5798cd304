/** Every page of the tab is a URL, so reloads, browser history and Teams deep links all land in the same place. */
export const ADMIN_SECTIONS = ['organisations', 'services', 'people', 'cycles', 'frameworks', 'review-teams'] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

export const DASHBOARD_VIEWS = ['service', 'organisation', 'network'] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];

export const ASSESSMENT_VIEWS = ['submit', 'evidence'] as const;
export type AssessmentView = (typeof ASSESSMENT_VIEWS)[number];

export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'my-work' }
  | {
      readonly page: 'dashboard';
      readonly view?: DashboardView;
      readonly cycleId?: string;
      readonly serviceId?: string;
      readonly organisationId?: string;
    }
  | {
      readonly page: 'assessment';
      readonly assessmentId: string;
      readonly themeCode?: string;
      readonly standardCode?: string;
      readonly view?: AssessmentView;
    }
  | { readonly page: 'review-visit'; readonly assessmentId: string }
  /** The whole self-assessment on paper: every theme and standard, ratings, notes, evidence names and scores. */
  | { readonly page: 'assessment-print'; readonly assessmentId: string }
  /** Who changed what in an assessment, and when, newest first. */
  | { readonly page: 'assessment-history'; readonly assessmentId: string }
  | { readonly page: 'admin'; readonly section: AdminSection }
  /** The lead reviewer's page: every rating side by side, the agreed ratings and the review's decisions. */
  | { readonly page: 'review-agreement'; readonly assessmentId: string }
  | {
      /** A reviewer's workspace: the self-assessment beside their own ratings, findings and the team's files. */
      readonly page: 'review';
      readonly assessmentId: string;
      readonly themeCode?: string;
      readonly standardCode?: string;
    }
  | { readonly page: 'config' }
  | { readonly page: 'reviewing' }
  | { readonly page: 'time-and-expenses' }
  /** The report of an agreed review: read it, check its facts, publish it with care. */
  | { readonly page: 'report'; readonly assessmentId: string }
  /** An assessment's action plan; `actionId` opens (and focuses) one action, as the bot's reminders do. */
  | { readonly page: 'actions'; readonly assessmentId: string; readonly actionId?: string }
  /** The good-practice library: search and filters, or one entry. */
  | { readonly page: 'library'; readonly entryId?: string }
  /** The recognition decision: the proposal, the panel's decision and certificate, and the service's appeal. */
  | { readonly page: 'recognition'; readonly assessmentId: string }
  /** Impact over time: one service's ratings across cycles, and the network's change over a range of cycles. */
  | { readonly page: 'service-impact'; readonly serviceId: string }
  | { readonly page: 'impact'; readonly fromCycleId?: string; readonly toCycleId?: string }
  /** A service's questionnaires in the assessment's cycle; `runId` opens one run's results. */
  | { readonly page: 'questionnaires'; readonly assessmentId: string; readonly runId?: string }
  /** A staff questionnaire to answer (the bot's card links here): anonymous, once. */
  | { readonly page: 'staff-questionnaire'; readonly runId: string }
  | { readonly page: 'not-found'; readonly path: string };

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** Colour theme names share the `theme` parameter (standalone override); they are never framework theme codes. */
const COLOUR_THEMES = new Set(['light', 'dark', 'contrast']);

function optional(params: URLSearchParams, name: string): string | undefined {
  const value = params.getAll(name).find((v) => v.trim() !== '' && !(name === 'theme' && COLOUR_THEMES.has(v)));
  return value === undefined ? undefined : value;
}

export function parseRoute(pathname: string, search = ''): Route {
  const params = new URLSearchParams(search);
  const parts = pathname
    .split('/')
    .filter((p) => p !== '')
    .map((p) => decodeURIComponent(p));
  const [first, second] = parts;
  if (parts.length === 0 || first === 'index.html') return { page: 'home' };
  if (first === 'my-work' && parts.length === 1) return { page: 'my-work' };
  if (first === 'config' && parts.length === 1) return { page: 'config' };
  if (first === 'reviewing' && parts.length === 1) return { page: 'reviewing' };
  if (first === 'time-and-expenses' && parts.length === 1) return { page: 'time-and-expenses' };
  if (first === 'library' && parts.length === 1) return { page: 'library' };
  if (first === 'library' && second !== undefined && parts.length === 2) return { page: 'library', entryId: second };
  if (first === 'dashboard' && parts.length === 1) {
    return strip({
      page: 'dashboard',
      view: oneOf(DASHBOARD_VIEWS, params.get('view')),
      cycleId: optional(params, 'cycle'),
      serviceId: optional(params, 'service'),
      organisationId: optional(params, 'organisation'),
    });
  }
  if (first === 'assessments' && second !== undefined && parts.length === 4 && parts[2] === 'review') {
    if (parts[3] === 'agree') return { page: 'review-agreement', assessmentId: second };
    if (parts[3] === 'visit') return { page: 'review-visit', assessmentId: second };
  }
  if (first === 'assessments' && second !== undefined && parts.length === 3 && parts[2] === 'report') {
    return { page: 'report', assessmentId: second };
  }
  if (first === 'assessments' && second !== undefined && parts.length === 3 && parts[2] === 'history') {
    return { page: 'assessment-history', assessmentId: second };
  }
  if (first === 'assessments' && second !== undefined && parts.length === 3 && parts[2] === 'print') {
    return { page: 'assessment-print', assessmentId: second };
  }
  if (first === 'assessments' && second !== undefined && parts.length === 3 && parts[2] === 'actions') {
    return strip({ page: 'actions', assessmentId: second, actionId: optional(params, 'action') });
  }
  if (first === 'assessments' && second !== undefined && parts.length <= 2 && params.get('view') === 'actions') {
    // Older links to the plan carried it as a view of the assessment.
    return strip({ page: 'actions', assessmentId: second, actionId: optional(params, 'action') });
  }
  if (first === 'assessments' && second !== undefined && parts.length <= 2) {
    const standardCode = optional(params, 'standard');
    return strip({
      page: 'assessment',
      assessmentId: second,
      themeCode: optional(params, 'theme') ?? standardCode?.split('.')[0],
      standardCode,
      view: oneOf(ASSESSMENT_VIEWS, params.get('view')),
    });
  }
  if (first === 'assessments' && second !== undefined && parts.length === 3 && parts[2] === 'review') {
    const standardCode = optional(params, 'standard');
    return strip({
      page: 'review',
      assessmentId: second,
      themeCode: optional(params, 'theme') ?? standardCode?.split('.')[0],
      standardCode,
    });
  }
  if (first === 'assessments' && second !== undefined && parts.length === 3 && parts[2] === 'recognition') {
    return { page: 'recognition', assessmentId: second };
  }
  if (first === 'assessments' && second !== undefined && parts.length === 3 && parts[2] === 'questionnaires') {
    return { page: 'questionnaires', assessmentId: second };
  }
  if (first === 'assessments' && second !== undefined && parts.length === 4 && parts[2] === 'questionnaires') {
    return { page: 'questionnaires', assessmentId: second, runId: parts[3] ?? '' };
  }
  if (first === 'services' && second !== undefined && parts.length === 3 && parts[2] === 'impact') {
    return { page: 'service-impact', serviceId: second };
  }
  if (first === 'impact' && parts.length === 1) {
    return strip({ page: 'impact', fromCycleId: optional(params, 'from'), toCycleId: optional(params, 'to') });
  }
  if (first === 'questionnaires' && second !== undefined && parts.length === 3 && parts[2] === 'answer') {
    return { page: 'staff-questionnaire', runId: second };
  }
  if (first === 'admin' && parts.length <= 2) {
    return { page: 'admin', section: oneOf(ADMIN_SECTIONS, second ?? null) ?? 'organisations' };
  }
  return { page: 'not-found', path: pathname };
}

export function routeToUrl(route: Route): string {
  const query = (entries: Record<string, string | undefined>) => {
    const defined = Object.entries(entries).filter((e): e is [string, string] => e[1] !== undefined);
    return defined.length === 0 ? '' : `?${new URLSearchParams(defined).toString()}`;
  };
  switch (route.page) {
    case 'home':
      return '/';
    case 'my-work':
      return '/my-work';
    case 'config':
      return '/config';
    case 'reviewing':
      return '/reviewing';
    case 'time-and-expenses':
      return '/time-and-expenses';
    case 'library':
      return route.entryId === undefined ? '/library' : `/library/${encodeURIComponent(route.entryId)}`;
    case 'dashboard':
      return `/dashboard${query({
        view: route.view,
        cycle: route.cycleId,
        service: route.serviceId,
        organisation: route.organisationId,
      })}`;
    case 'assessment':
      return `/assessments/${encodeURIComponent(route.assessmentId)}${query({
        theme: route.standardCode ? undefined : route.themeCode,
        standard: route.standardCode,
        view: route.view,
      })}`;
    case 'review-visit':
      return `/assessments/${encodeURIComponent(route.assessmentId)}/review/visit`;
    case 'assessment-print':
      return `/assessments/${encodeURIComponent(route.assessmentId)}/print`;
    case 'assessment-history':
      return `/assessments/${encodeURIComponent(route.assessmentId)}/history`;
    case 'admin':
      return `/admin/${route.section}`;
    case 'review-agreement':
      return `/assessments/${encodeURIComponent(route.assessmentId)}/review/agree`;
    case 'review':
      return `/assessments/${encodeURIComponent(route.assessmentId)}/review${query({
        theme: route.standardCode ? undefined : route.themeCode,
        standard: route.standardCode,
      })}`;
    case 'report':
      return `/assessments/${encodeURIComponent(route.assessmentId)}/report`;
    case 'actions':
      return `/assessments/${encodeURIComponent(route.assessmentId)}/actions${query({ action: route.actionId })}`;
    case 'recognition':
      return `/assessments/${encodeURIComponent(route.assessmentId)}/recognition`;
    case 'service-impact':
      return `/services/${encodeURIComponent(route.serviceId)}/impact`;
    case 'impact':
      return `/impact${query({ from: route.fromCycleId, to: route.toCycleId })}`;
    case 'questionnaires':
      return `/assessments/${encodeURIComponent(route.assessmentId)}/questionnaires${
        route.runId === undefined ? '' : `/${encodeURIComponent(route.runId)}`
      }`;
    case 'staff-questionnaire':
      return `/questionnaires/${encodeURIComponent(route.runId)}/answer`;
    case 'not-found':
      return route.path;
  }
}

/**
 * A Teams deep link's sub-entity (context.page.subPageId) to a route. Accepted forms: the bot's
 * "assessment:<id>", "assessment:<id>:standard:<code>" and "assessment:<id>:actions[:<action id>]"; the shorter
 * "assessment:<id>:<code>"; the review workspace "assessment:<id>:review[:<code>]"; the visit day
 * "assessment:<id>:visit"; a tab path ("/assessments/a-1?standard=1.4"); "dashboard[:<service id>]";
 * "my-work"; the good-practice library "library" or one entry "library:<entry id>" (the id may hold colons).
 * Anything else is ignored.
 */
export function routeFromSubEntity(subEntityId: string | undefined): Route | undefined {
  if (!subEntityId) return undefined;
  const value = subEntityId.trim();
  if (value.startsWith('/')) return routeFromPath(value);
  if (value === 'library') return { page: 'library' };
  if (value.startsWith('library:')) return { page: 'library', entryId: value.slice('library:'.length) };
  const [kind, id, ...rest] = value.split(':');
  if (kind === 'assessment' && id && rest[0] === 'actions') {
    // An action id may itself contain colons ("action:<finding id>"), so the rest is taken whole.
    const actionId = rest.slice(1).join(':');
    return actionId ? { page: 'actions', assessmentId: id, actionId } : { page: 'actions', assessmentId: id };
  }
  if (kind === 'assessment' && id && rest[0] === 'visit') return { page: 'review-visit', assessmentId: id };
  if (kind === 'assessment' && id && rest[0] === 'report') return { page: 'report', assessmentId: id };
  if (kind === 'assessment' && id && rest[0] === 'review') {
    const code = rest[1];
    return code
      ? { page: 'review', assessmentId: id, standardCode: code, themeCode: code.split('.')[0] ?? code }
      : { page: 'review', assessmentId: id };
  }
  if (kind === 'assessment' && id) {
    const code = rest[0] === 'standard' ? rest[1] : /^\d/.test(rest[0] ?? '') ? rest[0] : undefined;
    return code
      ? { page: 'assessment', assessmentId: id, standardCode: code, themeCode: code.split('.')[0] ?? code }
      : { page: 'assessment', assessmentId: id };
  }
  if (kind === 'dashboard') return id ? { page: 'dashboard', view: 'service', serviceId: id } : { page: 'dashboard' };
  if (kind === 'my-work') return { page: 'my-work' };
  return undefined;
}

/** A tab path with its query ("/assessments/a-1?standard=1.4"), or undefined when it names no page. */
export function routeFromPath(pathAndQuery: string): Route | undefined {
  const url = new URL(pathAndQuery, 'https://tab.invalid');
  const route = parseRoute(url.pathname, url.search);
  return route.page === 'not-found' ? undefined : route;
}

/** Links made for browsers outside Teams carry the page in the hash ("/#/assessments/a-1?standard=1.4"). */
export function routeFromHash(hash: string): Route | undefined {
  return hash.startsWith('#/') ? routeFromPath(hash.slice(1)) : undefined;
}

/** Drops undefined properties so routes compare and serialise cleanly. */
function strip<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
