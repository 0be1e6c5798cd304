import type { Logger } from 'pino';
import type { Ports } from '../../src/services/context';
import { UnknownPersonError } from '../../src/services/errors';
import { ACTION_SCHEMAS } from '../cards/action-data';
import type { CardContext } from '../cards/card-context';
import { problemCard } from '../cards/message';
import type { AdaptiveCardJson } from '../cards/render';
import { VERBS } from '../cards/verbs';
import type { SignedInIdentity } from '../../src/services/identity/identity';
import { NOTHING_SAVED, SOMETHING_WENT_WRONG, userMessage } from '../errors';
import { answeringAsChannelMember, openStaffQuestionnaire, sendStaffAnswers } from './staff-questionnaire';

/** What the bot knows of a card action from someone the network has no record of. */
export interface UnrecordedAction {
  /** The tenant and object id of the Bot Framework activity (its token checked by the adapter); null if absent. */
  readonly identity: SignedInIdentity | null;
  /** Teams' conversation type: the invitation went to the member's own chat with the bot ("personal"). */
  readonly conversationType: string | undefined;
  readonly verb: unknown;
  readonly data: unknown;
}

/**
 * A card action from someone the network has no record of. The only buttons theirs to press are the staff
 * questionnaire's, in their own chat with the bot, for a run they were sent as a member of the service's Teams
 * channel (the use case checks that and the tenant). Anything else is null: the caller says it does not know them.
 */
export async function unrecordedMemberAction(
  ports: Ports,
  cards: CardContext,
  logger: Logger,
  action: UnrecordedAction,
): Promise<AdaptiveCardJson | null> {
  const { identity, verb } = action;
  if (!identity || action.conversationType !== 'personal') return null;
  if (verb !== VERBS.questionnaireOpen && verb !== VERBS.questionnaireAnswer) return null;
  const parsed = ACTION_SCHEMAS[verb].safeParse(action.data ?? {});
  if (!parsed.success) return null;
  const answering = answeringAsChannelMember(ports, cards, {
    tenantId: identity.tenantId,
    objectId: identity.objectId,
  });
  try {
    return verb === VERBS.questionnaireOpen
      ? await openStaffQuestionnaire(answering, parsed.data.runId)
      : await sendStaffAnswers(answering, parsed.data.runId, action.data);
  } catch (error) {
    if (error instanceof UnknownPersonError) return null;
    const message = userMessage(error);
    if (message !== null) return problemCard(`${message} ${NOTHING_SAVED}`);
    logger.error({ err: error, verb }, 'card action of a channel member without a record failed');
    return problemCard(SOMETHING_WENT_WRONG, 'Something went wrong');
  }
}
