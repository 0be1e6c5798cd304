/**
 * The verbs of every Action.Execute (and of its Action.Submit fallback, which carries the verb in its data). The
 * cards and the handler take them from here, so a button and the code that answers it cannot drift apart.
 */
export const VERBS = {
  /** Save a rating from the rate-a-standard card, then show the next unrated standard. */
  rateSave: 'rate.save',
  /** Show a given standard (or the first one to rate) as a rate-a-standard card. */
  rateOpen: 'rate.open',
  /** Skip this standard for now and show the next one. */
  rateSkip: 'rate.skip',
  /** Pause reminders until tomorrow or next week. */
  snooze: 'reminders.snooze',
  /** Switch one's own reminders off, or back on. */
  remindersSwitch: 'reminders.switch',
  /** "This standard is not mine": tells the service lead. */
  notMine: 'rate.notMine',
  /** Show the viewer's progress (the digest card, as of now). */
  progress: 'progress.show',
  /** Adaptive Card refresh: re-render the card for whoever is looking at it. */
  refresh: 'card.refresh',
  /** Show a standard of a peer review (or the reviewer's first one still to rate) as a review-this-standard card. */
  reviewOpen: 'review.open',
  /** Save a reviewer's own rating and comment from the review-this-standard card. */
  reviewSave: 'review.save',
  /** Show a staff questionnaire as a card to answer in chat. */
  questionnaireOpen: 'questionnaire.open',
  /** Send a member of staff's answers to a staff questionnaire (anonymous; once per person). */
  questionnaireAnswer: 'questionnaire.answer',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

export const ALL_VERBS: readonly Verb[] = Object.values(VERBS);

export function isVerb(value: unknown): value is Verb {
  return typeof value === 'string' && (ALL_VERBS as readonly string[]).includes(value);
}

/** Which card a refresh re-renders. */
export type RefreshTarget = 'digest' | 'rate' | 'review' | 'action' | 'review_standard';
