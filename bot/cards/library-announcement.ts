import type { LibraryContent } from '../../src/services/reminders/content';
import { libraryLink } from '../deep-links';
import type { CardContext } from './card-context';
import { messageCard } from './message';
import type { AdaptiveCardJson } from './render';

/** "New in the good-practice library": what a service does well, the standard it meets, and whom to ask. */
export function libraryAnnouncementCard(content: LibraryContent, ctx: CardContext): AdaptiveCardJson {
  return messageCard({
    title: `New in the good-practice library: ${content.title}`,
    text: content.whatTheyDo,
    style: 'good',
    facts: [
      { title: 'Service', value: `${content.subjectName}, ${content.organisationName}` },
      { title: 'Standard', value: `${content.standardCode} ${content.standardTitle}` },
      { title: 'Theme', value: content.themeTitle },
      { title: 'Contact', value: content.contactName },
    ],
    links: [
      ...(content.contactEmail
        ? [{ title: `E-mail ${content.contactName}`, url: `mailto:${content.contactEmail}` }]
        : []),
      { title: 'Read it in the library', url: libraryLink(ctx.links, content.entryId) },
    ],
  });
}
