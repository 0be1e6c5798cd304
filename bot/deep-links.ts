/**
 * Links from cards into the tab. Inside Teams a deep link opens the app's personal tab at the right place (the tab
 * reads `subEntityId` from its Teams context: `assessment:<id>` or `assessment:<id>:standard:<code>`); without a
 * Teams app id (local use) the link opens the tab's web page with the same target in the hash.
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
}

export function subEntityId(target: LinkTarget): string {
  const base = `assessment:${target.assessmentId}`;
  if (target.standardCode) return `${base}:standard:${target.standardCode}`;
  return target.view && target.view !== 'self' ? `${base}:${target.view}` : base;
}

export function webLink(config: LinkConfig, target: LinkTarget): string {
  const path = `/assessments/${encodeURIComponent(target.assessmentId)}`;
  const query = target.standardCode
    ? `?standard=${encodeURIComponent(target.standardCode)}`
    : target.view && target.view !== 'self'
      ? `?view=${target.view}`
      : '';
  return `${config.tabUrl.replace(/\/$/, '')}/#${path}${query}`;
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
