/**
 * Links from cards into the tab. Inside Teams a deep link opens the app's personal tab at the right place (the tab
 * reads `subEntityId` from its Teams context: `assessment:<id>`, `assessment:<id>:standard:<code>`, the review
 * workspace `assessment:<id>:review` or `assessment:<id>:review:<code>`); without a Teams app id (local use) the
 * link opens the tab's web page with the same target in the hash.
 */
export interface LinkConfig {
  /** Public URL of the tab, e.g. https://qin.example.nhs.uk */
  readonly tabUrl: string;
  /** The Teams app id from the manifest; null in local use. */
  readonly teamsAppId: string | null;
  /** The personal tab's entityId in the manifest. */
  readonly tabEntityId: string;
}

export interface LinkTarget {
  readonly assessmentId: string;
  readonly standardCode?: string;
  readonly view?: 'self' | 'review' | 'actions';
  /** With the `actions` view: the action the plan opens at. */
  readonly actionId?: string;
}

export function subEntityId(target: LinkTarget): string {
  const base = `assessment:${target.assessmentId}`;
  // The review workspace is a page of its own; its standard rides along after it.
  if (target.view === 'review') return target.standardCode ? `${base}:review:${target.standardCode}` : `${base}:review`;
  if (target.view === 'actions') return target.actionId ? `${base}:actions:${target.actionId}` : `${base}:actions`;
  if (target.standardCode) return `${base}:standard:${target.standardCode}`;
  return target.view && target.view !== 'self' ? `${base}:${target.view}` : base;
}

/** The tab's path and query for a target: `/assessments/<id>/review?standard=<code>` for the review workspace. */
function tabPath(target: LinkTarget): string {
  const assessment = `/assessments/${encodeURIComponent(target.assessmentId)}`;
  const standard = target.standardCode ? `?standard=${encodeURIComponent(target.standardCode)}` : '';
  if (target.view === 'review') return `${assessment}/review${standard}`;
  // The action plan is a page of its own, opened at one action when the link names it.
  if (target.view === 'actions') {
    return `${assessment}/actions${target.actionId ? `?action=${encodeURIComponent(target.actionId)}` : ''}`;
  }
  if (standard) return `${assessment}${standard}`;
  return target.view && target.view !== 'self' ? `${assessment}?view=${target.view}` : assessment;
}

export function webLink(config: LinkConfig, target: LinkTarget): string {
  return `${config.tabUrl.replace(/\/$/, '')}/#${tabPath(target)}`;
}

export function tabLink(config: LinkConfig, target: LinkTarget, label = 'Mind & Body QIN'): string {
  const web = webLink(config, target);
  if (!config.teamsAppId) return web;
  const context = JSON.stringify({ subEntityId: subEntityId(target) });
  return (
    `https://teams.microsoft.com/l/entity/${encodeURIComponent(config.teamsAppId)}/${encodeURIComponent(config.tabEntityId)}` +
    `?webUrl=${encodeURIComponent(web)}&label=${encodeURIComponent(label)}&context=${encodeURIComponent(context)}`
  );
}

/** The tab's home page (everything the person has to do), inside Teams when the app id is known. */
export function homeLink(config: LinkConfig, label = 'Mind & Body QIN'): string {
  const web = `${config.tabUrl.replace(/\/$/, '')}/`;
  if (!config.teamsAppId) return web;
  return (
    `https://teams.microsoft.com/l/entity/${encodeURIComponent(config.teamsAppId)}/${encodeURIComponent(config.tabEntityId)}` +
    `?webUrl=${encodeURIComponent(web)}&label=${encodeURIComponent(label)}`
  );
}

/** The Teams sub-entity of a good-practice library entry: `library:<entry id>` (the id may itself hold colons). */
export function librarySubEntityId(entryId: string): string {
  return `library:${entryId}`;
}

/** A library entry's page in the tab, on the web: `<tab>/#/library/<entry id>`. */
export function libraryWebLink(config: LinkConfig, entryId: string): string {
  return `${config.tabUrl.replace(/\/$/, '')}/#/library/${encodeURIComponent(entryId)}`;
}

/** A library entry, inside Teams when the app id is known (the channel announcement links here). */
export function libraryLink(config: LinkConfig, entryId: string, label = 'Good-practice library'): string {
  const web = libraryWebLink(config, entryId);
  if (!config.teamsAppId) return web;
  const context = JSON.stringify({ subEntityId: librarySubEntityId(entryId) });
  return (
    `https://teams.microsoft.com/l/entity/${encodeURIComponent(config.teamsAppId)}/${encodeURIComponent(config.tabEntityId)}` +
    `?webUrl=${encodeURIComponent(web)}&label=${encodeURIComponent(label)}&context=${encodeURIComponent(context)}`
  );
}

/** The Teams sub-entity of a staff questionnaire to answer: `questionnaire:<run id>` (the id holds colons). */
export function staffQuestionnaireSubEntityId(runId: string): string {
  return `questionnaire:${runId}`;
}

/** The tab's page where a member of staff answers a staff questionnaire, inside Teams when the app id is known. */
export function staffQuestionnaireLink(config: LinkConfig, runId: string, label = 'Staff questionnaire'): string {
  const web = `${config.tabUrl.replace(/\/$/, '')}/#/questionnaires/${encodeURIComponent(runId)}/answer`;
  if (!config.teamsAppId) return web;
  const context = JSON.stringify({ subEntityId: staffQuestionnaireSubEntityId(runId) });
  return (
    `https://teams.microsoft.com/l/entity/${encodeURIComponent(config.teamsAppId)}/${encodeURIComponent(config.tabEntityId)}` +
    `?webUrl=${encodeURIComponent(web)}&label=${encodeURIComponent(label)}&context=${encodeURIComponent(context)}`
  );
}
