import type { IsoDateTime, Versioned } from './ids';

/**
 * Where the bot can reach someone: saved when the app is installed (personal chat, or a team channel bound to
 * a service). `reference` is the Bot Framework conversation reference, kept opaque outside bot/.
 */
export interface ConversationRecord extends Versioned {
  readonly scope: 'personal' | 'team';
  /** The person, for personal chats; null for a team channel. */
  readonly personId: string | null;
  readonly tenantId: string;
  /** The Entra object id of the person, for personal chats. */
  readonly objectId: string | null;
  /** For a team channel bound to one service. */
  readonly serviceId: string | null;
  readonly reference: Readonly<Record<string, unknown>>;
  /** Teams refused delivery (403/404: uninstalled or blocked): not retried until reinstalled. */
  readonly status: 'active' | 'unreachable';
  /**
   * The person switched their reminders off (personal chats only). They can still use every command, and switch
   * reminders back on. Absent on records stored before this existed: reminders on.
   */
  readonly remindersOff?: boolean;
  readonly updatedAt: IsoDateTime;
}

/**
 * A notification decided for one person, kind and period. Its id is the dedupe key, written BEFORE sending, so
 * a crash and restart neither repeats nor skips it.
 */
export interface NotificationRecord extends Versioned {
  readonly personId: string;
  readonly kind: string;
  readonly period: string;
  readonly status: 'pending' | 'sent' | 'failed' | 'skipped';
  readonly payload: Readonly<Record<string, unknown>>;
  readonly createdAt: IsoDateTime;
  readonly sentAt: IsoDateTime | null;
  readonly error: string | null;
}
