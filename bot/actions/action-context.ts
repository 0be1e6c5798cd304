import type { Logger } from 'pino';
import type { Principal } from '../../src/services/access-policy';
import type { Ports } from '../../src/services/context';
import type { Notifier } from '../../src/services/reminders/notifier';
import type { SendingWindow } from '../../src/services/reminders/sending-window';
import type { CardContext } from '../cards/card-context';

/** What a card action or a command needs: the use cases' ports, who is acting, and how to build cards for them. */
export interface ActionContext {
  readonly ports: Ports;
  readonly notifier: Notifier;
  readonly principal: Principal;
  readonly cards: CardContext;
  readonly logger: Logger;
  /** When reminders may be sent: snoozes resume on a working day. */
  readonly window: SendingWindow;
  /**
   * Set when the command or button came from a team channel (or a group chat), where everyone reads the answer:
   * personal work then goes to the person's own chat. `serviceId` is the service the channel follows, if any.
   */
  readonly channel: { readonly serviceId: string | null } | null;
}
