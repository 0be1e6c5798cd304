/**
 * The tab's deep links live in the domain (src/domain/deep-links.ts) because the Teams activity feed (the bell)
 * opens the same pages as the cards; the bot keeps importing them from here.
 */
export * from '../src/domain/deep-links';
