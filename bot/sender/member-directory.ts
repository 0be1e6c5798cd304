import type { ConversationRecord } from '../../src/domain/conversation';
import type { MemberDirectory } from '../../src/services/reminders/notifier';
import type { TokenSource } from './connector-transport';
import { parseReference } from './reference';

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * GET {serviceUrl}/v3/conversations/{id}/members/{userId}: Teams' roster entry for the person in a stored personal
 * chat, outside any turn (the reminder job). The same call TeamsInfo.getMember makes inside a turn; owned here, like
 * the send, so no hidden retries run. Any failure is "Teams does not say": the chat stays unmatched until next time.
 */
export function connectorMemberDirectory(tokens: TokenSource | null, timeoutMs = 10_000): MemberDirectory {
  return {
    async emailOf(conversation: ConversationRecord): Promise<string | null> {
      const reference = parseReference(conversation.reference);
      const userId = reference?.user?.id;
      if (!reference || !userId) return null;
      const base = reference.serviceUrl.replace(/\/+$/, '');
      // A bot token must never travel in clear text; Teams' service URLs are always https.
      if (tokens && !base.startsWith('https://')) return null;
      const url = `${base}/v3/conversations/${encodeURIComponent(reference.conversationId)}/members/${encodeURIComponent(userId)}`;
      try {
        const response = await fetch(url, {
          headers: tokens ? { authorization: `Bearer ${await tokens()}` } : {},
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!response.ok) return null;
        const member = (await response.json()) as { email?: unknown; userPrincipalName?: unknown };
        return text(member.email) ?? text(member.userPrincipalName);
      } catch {
        return null;
      }
    },
  };
}
