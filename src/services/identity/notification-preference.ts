import {
  channelsFor,
  NOTIFICATION_CHANNEL_LABELS,
  NOTIFICATION_CHANNELS,
  type NotificationChannels,
} from '../../domain/notification-channels';
import type { Person } from '../../domain/network';
import type { Principal } from '../access-policy';
import type { Ports } from '../context';
import { UnknownPersonError } from '../errors';
import { ConflictError } from '../ports';
import { conversationOf } from './conversations';

/** How a person hears about their work, as My work shows it. */
export interface NotificationPreferenceView {
  /** What their reminders use now: their choice, or the default. */
  readonly notifyBy: NotificationChannels;
  /** False while they have not chosen (the default applies). */
  readonly chosen: boolean;
  /** Whether the app is installed for them in Teams (they have a personal chat with the bot). */
  readonly appInstalled: boolean;
  /** The choices, in order, with their words. */
  readonly options: readonly { readonly value: NotificationChannels; readonly label: string }[];
  /** What the choice means for them now, in a sentence. */
  readonly explanation: string;
}

function explanation(notifyBy: NotificationChannels, chosen: boolean, appInstalled: boolean): string {
  if (!appInstalled) {
    return (
      'The Mind & Body QIN app is not installed for you in Teams yet, so nothing reaches you there. Add it from ' +
      'Apps in Teams (or ask your Teams administrator) and your reminders will arrive as you choose here.'
    );
  }
  const what = {
    chat: 'Reminders arrive as chat messages from the bot.',
    bell: "Reminders arrive in Teams' activity feed (the bell); you get a chat message only when the bell cannot reach you.",
    both: "Reminders arrive as chat messages from the bot and in Teams' activity feed (the bell).",
  }[notifyBy];
  return chosen ? what : `${what} This is the default until you choose.`;
}

async function viewOf(ports: Ports, person: Person): Promise<NotificationPreferenceView> {
  const conversation = await conversationOf(ports, person);
  const appInstalled = conversation !== undefined && conversation.status === 'active';
  const notifyBy = channelsFor(person.notifyBy, appInstalled);
  const chosen = person.notifyBy !== undefined;
  return {
    notifyBy,
    chosen,
    appInstalled,
    options: NOTIFICATION_CHANNELS.map((value) => ({ value, label: NOTIFICATION_CHANNEL_LABELS[value] })),
    explanation: explanation(notifyBy, chosen, appInstalled),
  };
}

/** The signed-in person's choice of chat, the Teams bell or both. */
export async function notificationPreference(ports: Ports, principal: Principal): Promise<NotificationPreferenceView> {
  const person = await ports.store.get('person', principal.person.id);
  if (!person) throw new UnknownPersonError();
  return viewOf(ports, person);
}

/**
 * Stores the signed-in person's choice. Anyone may choose for themselves, and only for themselves. An
 * administrator's change to their record at the same moment is read again and the choice applied on top.
 */
export async function chooseNotificationChannels(
  ports: Ports,
  principal: Principal,
  notifyBy: NotificationChannels,
): Promise<NotificationPreferenceView> {
  for (let attempt = 0; ; attempt += 1) {
    const person = await ports.store.get('person', principal.person.id);
    if (!person) throw new UnknownPersonError();
    if (person.notifyBy === notifyBy) return viewOf(ports, person);
    try {
      const [stored] = await ports.store.commit({ actorId: person.id, at: ports.clock.now().toISOString() }, [
        { op: 'put', kind: 'person', value: { ...person, notifyBy }, expectedVersion: person.version },
      ]);
      return viewOf(ports, stored);
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= 2) throw error;
    }
  }
}
