import { StoreUnavailableError } from '../../services/ports';

/**
 * SharePoint throttled (429) or was unavailable (503, 504) even after graph-client's retries: nothing is wrong
 * with the request, so a later attempt can succeed (unlike a missing grant, site or column).
 */
export class SharePointBusyError extends StoreUnavailableError {
  constructor(message: string) {
    super(message);
    this.name = 'SharePointBusyError';
  }
}
