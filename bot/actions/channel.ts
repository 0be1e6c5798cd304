import { percentText } from '../../src/domain/formatting/percent';
import { listAssessments } from '../../src/services/assessment/assessments';
import { sendWorkPrivately } from '../../src/services/reminders/private-work';
import { tabLink } from '../deep-links';
import { plural } from '../cards/format';
import { messageCard } from '../cards/message';
import type { AdaptiveCardJson } from '../cards/render';
import type { ActionContext } from './action-context';

/**
 * In a team channel everyone reads every answer: the bot shows there only what belongs to the channel (the service
 * it follows) and sends each person's own work to their personal chat.
 */
export function channelHelpCard(
  intro = 'In this channel I show the progress of the service it follows.',
): AdaptiveCardJson {
  return messageCard({
    title: 'What I can do here',
    text: `${intro} For your own work, chat with me personally; "next" here sends it to you there.`,
    facts: [
      { title: 'progress', value: 'The self-assessment progress of the service this channel follows.' },
      { title: 'next', value: 'Your own next standards, sent to you in a personal chat.' },
      { title: 'help', value: 'This list.' },
    ],
  });
}

/** `progress` in a channel: the followed service's current self-assessment, as far as the asker may see it. */
export async function channelProgressCard(ctx: ActionContext, serviceId: string | null): Promise<AdaptiveCardJson> {
  if (!serviceId) {
    return messageCard({
      title: 'This channel follows no service yet',
      text: 'A service lead who leads exactly one service binds a channel to it by adding the app to the team. Ask your service lead, or type "progress" in a personal chat with me.',
      style: 'warning',
    });
  }
  const [latest] = (await listAssessments(ctx.ports, ctx.principal)).filter(
    (a) => a.assessment.subject.kind === 'service' && a.assessment.subject.serviceId === serviceId,
  );
  if (!latest) {
    return messageCard({
      title: 'No self-assessment to show',
      text: "This channel's service has no self-assessment you can see. Members of the service see its progress here.",
    });
  }
  const { progress } = latest;
  return messageCard({
    title: `${latest.subjectName}: ${latest.cycleName}`,
    text:
      `${progress.rated} of ${plural(progress.total, 'standard')} rated (${percentText(progress.percent)}). ` +
      `The self-assessment is ${latest.assessment.state.replace(/_/g, ' ')}.`,
    links: [{ title: 'Open in the tab', url: tabLink(ctx.cards.links, { assessmentId: latest.assessment.id }) }],
  });
}

/** Personal work asked for in a channel: sent to the person's own chat, with only a pointer left in the channel. */
export async function sendPrivately(ctx: ActionContext): Promise<AdaptiveCardJson> {
  const outcome = await sendWorkPrivately(ctx.ports, ctx.notifier, ctx.principal);
  const name = ctx.principal.person.displayName;
  switch (outcome) {
    case 'sent':
      return messageCard({
        title: 'Sent to you privately',
        text: `${name}, I have sent your work to our personal chat, so that it stays yours.`,
        style: 'good',
      });
    case 'nothing_due':
      return messageCard({ title: 'Nothing waiting', text: `${name}, nothing is waiting for you right now.` });
    case 'no_personal_chat':
      return messageCard({
        title: 'Chat with me personally',
        text: `${name}, I only show your own work in a personal chat. Open the app in Teams (Apps, then Mind & Body QIN, then Add) and type "next" there.`,
        style: 'warning',
      });
    case 'failed':
      return messageCard({
        title: 'Not sent',
        text: `${name}, Teams did not take the message just now. Please try again in a minute, in a personal chat with me.`,
        style: 'attention',
      });
  }
}
