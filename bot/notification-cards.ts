import type { OutgoingNotification } from '../src/services/reminders/notifier';
import type { ReminderContent } from '../src/services/reminders/content';
import { actionReminderCard } from './cards/action-reminder';
import type { CardContext } from './cards/card-context';
import { digestCard } from './cards/digest';
import { libraryAnnouncementCard } from './cards/library-announcement';
import { notMineLeadCard } from './cards/message';
import { cardAttachment, type AdaptiveCardJson } from './cards/render';
import { reviewReminderCard } from './cards/review-reminder';
import { reviewTeamCard } from './cards/review-team';
import { staffQuestionnaireInvitationCard } from './cards/staff-questionnaire';
import type { LinkConfig } from './deep-links';
import type { StoredReference } from './sender/reference';

/** The card for each kind of reminder. */
export function cardForContent(content: ReminderContent, ctx: CardContext): AdaptiveCardJson {
  switch (content.kind) {
    case 'digest':
      return digestCard(content, ctx);
    case 'review':
      return reviewReminderCard(content, ctx);
    case 'action':
      return actionReminderCard(content, ctx);
    case 'not_mine':
      return notMineLeadCard(content, ctx);
    case 'library':
      return libraryAnnouncementCard(content, ctx);
    case 'review_team':
      return reviewTeamCard(content, ctx);
    case 'staff_questionnaire':
      return staffQuestionnaireInvitationCard(content, ctx);
  }
}

/**
 * The message activity for a proactive send. The card refreshes automatically for the person it was sent to (their
 * Teams user id comes from the stored reference), so it shows their current state whenever they open it.
 */
export function reminderActivity(links: LinkConfig) {
  return (notification: OutgoingNotification, reference: StoredReference): object => {
    const personal = notification.conversation.scope === 'personal' && reference.user !== null;
    const card = cardForContent(notification.content, {
      links,
      userIds: personal && reference.user ? [reference.user.id] : [],
    });
    return {
      type: 'message',
      channelId: reference.channelId,
      serviceUrl: reference.serviceUrl,
      conversation: { id: reference.conversationId, ...(reference.tenantId ? { tenantId: reference.tenantId } : {}) },
      ...(reference.bot ? { from: reference.bot } : {}),
      ...(reference.user ? { recipient: reference.user } : {}),
      summary: typeof card['fallbackText'] === 'string' ? card['fallbackText'] : 'Mind & Body QIN',
      attachments: [cardAttachment(card)],
    };
  };
}
