import { JSDOM } from 'jsdom';

/**
 * The official Adaptive Cards renderer, loaded from its dist bundle (its `lib/` build cannot load in Node) inside a
 * jsdom window, with just the surface the tests use typed.
 */
export interface ValidationEventLike {
  readonly event: number;
  readonly message: string;
}
interface ParseContext {
  readonly eventCount: number;
  getEventAt(index: number): ValidationEventLike;
}
interface ParsedCard {
  parse(json: unknown, context?: ParseContext): void;
  validateProperties(): { readonly validationEvents: readonly ValidationEventLike[] };
  render(): HTMLElement | undefined;
}
interface MarkdownResult {
  didProcess: boolean;
  outputHtml?: string;
}
export interface AdaptiveCardsModule {
  readonly AdaptiveCard: (new () => ParsedCard) & {
    onProcessMarkdown?: (text: string, result: MarkdownResult) => void;
  };
  readonly SerializationContext: new () => ParseContext;
  readonly ValidationEvent: Readonly<Record<number, string>>;
}

let loaded: AdaptiveCardsModule | undefined;

export function adaptiveCards(): AdaptiveCardsModule {
  if (loaded) return loaded;
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const g = globalThis as Record<string, unknown>;
  const win = dom.window as unknown as Record<string, unknown>;
  // The renderer uses the DOM's globals (document, HTMLInputElement, ...): lend it jsdom's, never Node's own.
  for (const key of Object.getOwnPropertyNames(win)) {
    if ((/^[A-Z]/.test(key) || ['document', 'navigator', 'getComputedStyle'].includes(key)) && !(key in g)) {
      g[key] = win[key];
    }
  }
  g['window'] = dom.window;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a UMD bundle with no module typings
  loaded = require('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;
  // Every TextBlock asks the host to process markdown; a host with no processor gets a console warning instead.
  // No card of the bot writes markdown (its texts are plain sentences and people's own wording), so this host
  // says so and the renderer shows each text as it was sent, escaped, as the renderer's documentation describes.
  loaded.AdaptiveCard.onProcessMarkdown = (_text, result) => {
    result.didProcess = false;
  };
  return loaded;
}

/** Parses, validates and renders a card; returns every event the renderer raised (empty = a clean card). */
export function checkCard(json: unknown): string[] {
  const ac = adaptiveCards();
  const card = new ac.AdaptiveCard();
  const context = new ac.SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i += 1) {
    const e = context.getEventAt(i);
    problems.push(`parse ${ac.ValidationEvent[e.event] ?? e.event}: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) {
    problems.push(`validate ${ac.ValidationEvent[e.event] ?? e.event}: ${e.message}`);
  }
  if (!card.render()) problems.push('render: nothing rendered');
  return problems;
}
