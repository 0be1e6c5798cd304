/** What a store adapter raises when the storage itself fails, as opposed to a conflict between writers (ports.ts). */

/** Raised by adapters when the backing storage cannot be reached or refuses (not a user error). */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * A stored value the app cannot read, most often one edited by hand in SharePoint (a choice the app does not know,
 * text in a number column, a broken date): names where it is so that someone can put it right.
 */
export class UnreadableStoredValueError extends Error {
  constructor(
    /** The list (or table) it is in. */
    readonly list: string,
    /** The item's id in that list. */
    readonly item: string,
    readonly column: string,
    /** What the column holds, as text. */
    readonly value: string,
    /** What the app expected there, in words. */
    readonly expected: string,
  ) {
    super(
      `The "${column}" column of item ${item} in the SharePoint list "${list}" ` +
        `${value === '' ? 'is empty' : `holds "${value}"`}, which the app cannot read (it expects ${expected}). ` +
        'It was probably edited by hand in SharePoint: set it back to a value the app ' +
        "wrote (the item's version history shows it), or ask the network team to, then try again.",
    );
    this.name = 'UnreadableStoredValueError';
  }
}

/**
 * SharePoint refused a query because its filter matches more items than the list view threshold (5,000). This is
 * permanent, not throttling: asking again gives the same answer, so nothing retries it. It means a read that
 * should have been narrower (a defect to report, with the list named), never a busy service.
 */
export class ListViewThresholdError extends StoreUnavailableError {
  readonly code = 'list_view_threshold';
  constructor(message: string) {
    super(message);
    this.name = 'ListViewThresholdError';
  }
}
