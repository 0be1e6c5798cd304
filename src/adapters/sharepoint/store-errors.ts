import { GraphAuthError, GraphNetworkError, GraphResponseError, graphErrorOf } from '../graph/graph-errors';
import type { GraphResult } from '../graph/graph-http';
import { ListViewThresholdError, StoreUnavailableError } from '../../services/ports';
import { SharePointBusyError } from './busy-error';

/** How Graph words SharePoint's SPQueryThrottledException (answered 500, code generalException). */
const THRESHOLD_WORDS = 'exceeds the list view threshold';

/** Turns what Graph said into a StoreUnavailableError an operator can act on. */
export function unavailable(status: number, body: unknown, what: string): StoreUnavailableError {
  const { code, message } = graphErrorOf(body);
  const detail = message ? `: ${message}` : '';
  if (status === 401 || status === 403) {
    return new StoreUnavailableError(
      `Graph refused ${what} (${status} ${code}${detail}). Check that the app has a Sites.Selected grant ` +
        `('write' to run, 'manage' to provision) on the SharePoint site.`,
    );
  }
  if (status === 404) {
    return new StoreUnavailableError(
      `Graph found no ${what} (404${detail}). Run \`npm run provision -- --site <site URL or id>\` first.`,
    );
  }
  if (message.includes(THRESHOLD_WORDS)) {
    return new ListViewThresholdError(
      `SharePoint refused ${what}: the query matches more than 5,000 items (the list view threshold). This is ` +
        "not throttling and trying again will not help; please report it to the app's maintainers.",
    );
  }
  if (status === 429 || status === 503 || status === 504) {
    return new SharePointBusyError(
      `SharePoint is throttling or unavailable (${status}) for ${what}, even after retrying. Try again shortly.`,
    );
  }
  return new StoreUnavailableError(`Graph failed ${what} (${status} ${code}${detail}).`);
}

export function checkOk(result: GraphResult, what: string): GraphResult {
  if (result.status >= 200 && result.status < 300) return result;
  throw unavailable(result.status, result.body, what);
}

/** Errors below the store (network, tokens, Graph responses) become StoreUnavailableError; others pass. */
export function asStoreError(error: unknown, what: string): unknown {
  if (error instanceof GraphNetworkError) {
    return new StoreUnavailableError(`Could not reach Graph for ${what}: ${error.message}`, { cause: error });
  }
  if (error instanceof GraphAuthError) {
    return new StoreUnavailableError(`Could not sign in to Graph for ${what}: ${error.message}`, { cause: error });
  }
  if (error instanceof GraphResponseError)
    return unavailable(error.status, { error: { code: error.code, message: error.detail } }, what);
  return error;
}
