import { CardFactory, type Attachment } from 'botbuilder';
import { GlobalSettings, Template } from 'adaptivecards-templating';

/** An expanded Adaptive Card (JSON), as sent to Teams. */
export interface AdaptiveCardJson {
  readonly type: 'AdaptiveCard';
  readonly version: string;
  readonly [key: string]: unknown;
}

// A field missing from the data must never show up as "${field}" in someone's chat: render it empty. The typed data
// interfaces make this a safety net, not a feature.
GlobalSettings.getUndefinedFieldValueSubstitutionString = () => ' ';

const prepared = new WeakMap<object, Template>();

/** Fills a card template (a JSON file) with its typed data. Templates are prepared once and reused. */
export function renderTemplate<T extends object>(template: object, data: T): AdaptiveCardJson {
  let compiled = prepared.get(template);
  if (!compiled) {
    compiled = new Template(template);
    prepared.set(template, compiled);
  }
  const card: unknown = compiled.expand({ $root: data });
  if (typeof card !== 'object' || card === null || (card as { type?: unknown }).type !== 'AdaptiveCard') {
    throw new Error('A card template did not expand to an AdaptiveCard');
  }
  return card as AdaptiveCardJson;
}

export function cardAttachment(card: AdaptiveCardJson): Attachment {
  return CardFactory.adaptiveCard(card);
}
