import { TeamsActivityHandler, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Ports } from '../src/services/context';
import { serviceFollowedBy } from '../src/services/identity/conversations';
import { LinkRefusedError, UnknownPersonError } from '../src/services/errors';
import type { Notifier } from '../src/services/reminders/notifier';
import type { SendingWindow } from '../src/services/reminders/sending-window';
import type { ActionContext } from './actions/action-context';
import { unrecordedMemberAction } from './actions/channel-member-answers';
import { handleCardAction } from './actions/dispatch';
import type { CardContext } from './cards/card-context';
import { helpCard, messageCard, problemCard } from './cards/message';
import { cardAttachment, type AdaptiveCardJson } from './cards/render';
import { normaliseCommand, runCommand } from './commands';
import { ACT_AS, actAs } from './local-identity';
import type { LinkConfig } from './deep-links';
import { SOMETHING_WENT_WRONG } from './errors';
import { chatIdentity } from './chat-identity';
import { principalFor } from './identity';
import { forgetConversation, rememberConversation, scopeOf } from './installation';

export interface BotDependencies {
  readonly ports: Ports;
  readonly notifier: Notifier;
  readonly links: LinkConfig;
  readonly logger: Logger;
  /** No bot credentials: local use with the Agents Playground, whose user is not in the network. */
  readonly localMode: boolean;
  /** The reminders' sending window (working days, UK hours). */
  readonly window: SendingWindow;
}

const LOCAL_HINT =
  ' Running locally with the Agents Playground? Type "as ella.morgan@slam.nhs.example" (any demo person) to chat as them.';

/** The Teams bot: installs, chat commands, and the cards' actions (Action.Execute, with the Action.Submit fallback). */
export class QinBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDependencies) {
    super();
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.installed(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await forgetConversation(deps.ports, context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if ((context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient.id))
        await this.installed(context);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      if ((context.activity.membersRemoved ?? []).some((m) => m.id === context.activity.recipient.id)) {
        await forgetConversation(deps.ports, context);
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.message(context);
      await next();
    });
  }

  /** Adaptive Card Universal Actions: the card answers with the card to show instead (refreshes included). */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    const value = context.activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined;
    const card = await this.cardForAction(context, value?.action?.verb, value?.action?.data);
    return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } };
  }

  private async installed(context: TurnContext): Promise<void> {
    // Installed for them (a trust pre-installs the app for its staff): link an invited member now, not when they
    // first write, so that reminders reach them.
    const remembered = await rememberConversation(this.deps.ports, context, { lookUpMember: true });
    if (!remembered?.changed) return;
    const card =
      scopeOf(context) === 'team'
        ? messageCard({
            title: 'Hello, team',
            text: 'I bring the Mind & Body self-assessment to you in Teams. Chat with me personally to rate your standards; type "help" for what I can do.',
          })
        : remembered.known
          ? helpCard(
              'Hello! I will remind you of what is waiting for you, and you can rate standards right here. Type one of these:',
            )
          : this.unknownPersonCard();
    await context.sendActivity({ attachments: [cardAttachment(card)] });
  }

  private async message(context: TurnContext): Promise<void> {
    // A reference Teams refused comes back to life when the person writes again.
    await rememberConversation(this.deps.ports, context).catch((err: unknown) =>
      this.deps.logger.warn({ err }, 'could not store the conversation reference'),
    );
    const value: unknown = context.activity.value;
    const submitted = typeof value === 'object' && value !== null && !Array.isArray(value);
    const actAsWho = this.deps.localMode && !submitted ? ACT_AS.exec(normaliseCommand(context.activity.text)) : null;
    const card = actAsWho
      ? await actAs(this.deps.ports, context, actAsWho[1] ?? '')
      : submitted
        ? await this.cardForAction(context, (value as { verb?: unknown }).verb, value) // Action.Submit fallback
        : await this.withPrincipal(context, (ctx) => runCommand(ctx, context.activity.text));
    const reply = { type: 'message', attachments: [cardAttachment(card)] };
    if (submitted && context.activity.replyToId) {
      // Older clients: replace the card that was submitted, as Action.Execute would.
      try {
        await context.updateActivity({ ...reply, id: context.activity.replyToId });
        return;
      } catch (err) {
        this.deps.logger.info({ err }, 'could not update the submitted card; sending a new one');
      }
    }
    await context.sendActivity(reply);
  }

  private cardForAction(context: TurnContext, verb: unknown, data: unknown): Promise<AdaptiveCardJson> {
    // A member of the service's channel the network has no record of may still answer the staff questionnaire
    // they were sent, by the identity Teams verified for this activity.
    const unrecorded = (cards: CardContext) =>
      unrecordedMemberAction(this.deps.ports, cards, this.deps.logger, {
        identity: chatIdentity(context),
        conversationType: context.activity.conversation?.conversationType,
        verb,
        data,
      });
    return this.withPrincipal(context, (ctx) => handleCardAction(ctx, verb, data), unrecorded);
  }

  private async withPrincipal(
    context: TurnContext,
    work: (ctx: ActionContext) => Promise<AdaptiveCardJson>,
    unrecorded?: (cards: CardContext) => Promise<AdaptiveCardJson | null>,
  ): Promise<AdaptiveCardJson> {
    const cards: CardContext = {
      links: this.deps.links,
      userIds: context.activity.from?.id ? [context.activity.from.id] : [],
    };
    try {
      const principal = await principalFor(this.deps.ports, context, this.deps.localMode);
      const shared = ['channel', 'groupChat'].includes(context.activity.conversation?.conversationType ?? '');
      const channel = shared ? { serviceId: await this.followedService(context) } : null;
      return await work({
        ports: this.deps.ports,
        notifier: this.deps.notifier,
        principal,
        cards,
        logger: this.deps.logger,
        window: this.deps.window,
        channel,
      });
    } catch (error) {
      if (error instanceof UnknownPersonError) return (await unrecorded?.(cards)) ?? this.unknownPersonCard();
      if (error instanceof LinkRefusedError) {
        this.deps.logger.warn({ reason: error.reason }, 'refused to link an invitation from this chat');
        return problemCard(error.message, 'I cannot link your account');
      }
      this.deps.logger.error({ err: error }, 'bot turn failed');
      return problemCard(SOMETHING_WENT_WRONG, 'Something went wrong');
    }
  }

  private async followedService(context: TurnContext): Promise<string | null> {
    const tenantId = context.activity.conversation?.tenantId;
    const conversationId = context.activity.conversation?.id;
    return tenantId && conversationId ? serviceFollowedBy(this.deps.ports, tenantId, conversationId) : null;
  }

  private unknownPersonCard(): AdaptiveCardJson {
    return problemCard(
      `${new UnknownPersonError().message}${this.deps.localMode ? LOCAL_HINT : ''}`,
      'I do not know you yet',
    );
  }
}
