import path from 'node:path';
import type { Page } from 'playwright-core';
import { VERBS } from '../../../bot/cards/verbs';
import { signInAs } from './api';
import { ROOT } from './build-if-needed';

/** A member of staff as Teams names them to the bot: their Entra tenant and object id. */
export interface TeamsUser {
  readonly tenantId: string;
  readonly objectId: string;
  readonly name: string;
}

/** What the card hands to Teams when its Action.Execute button is pressed: the verb and the data with the inputs. */
export interface CardAction {
  readonly verb: string;
  readonly data: Record<string, unknown>;
}

type AdaptiveCardJson = Record<string, unknown>;

/** The official Adaptive Cards renderer's browser bundle, as a Teams-like host loads it. */
const RENDERER = path.join(ROOT, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.js');

/** The tenant and object id Teams would send for this demo person (the claims of their local sign-in token). */
export async function teamsUserOf(baseUrl: string, email: string): Promise<TeamsUser> {
  const token = await signInAs(baseUrl, email);
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    tid?: string;
    oid?: string;
    name?: string;
  };
  if (!payload.tid || !payload.oid) throw new Error(`The sign-in token of ${email} names no tenant or object id`);
  return { tenantId: payload.tid, objectId: payload.oid, name: payload.name ?? email };
}

/**
 * Presses a card's Action.Execute button as Teams does: an `adaptiveCard/action` invoke from the person's personal
 * chat to the bot's endpoint (which takes unauthenticated activities from this machine in local mode). Returns the
 * card the bot answers with, which Teams shows in place of the one pressed.
 */
export async function invokeBot(baseUrl: string, user: TeamsUser, action: CardAction): Promise<AdaptiveCardJson> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: `invoke-${action.verb}`,
      channelId: 'msteams',
      // Nothing is sent back through the connector for an invoke: its answer is the HTTP response.
      serviceUrl: 'http://127.0.0.1:9/',
      locale: 'en-GB',
      from: { id: `29:${user.objectId}`, name: user.name, aadObjectId: user.objectId },
      recipient: { id: '28:qin-bot', name: 'Mind & Body QIN' },
      conversation: { id: `a:personal-${user.objectId}`, conversationType: 'personal', tenantId: user.tenantId },
      channelData: { tenant: { id: user.tenantId } },
      replyToId: 'card-1',
      value: { action: { type: 'Action.Execute', id: 'action-1', verb: action.verb, data: action.data } },
    }),
  });
  if (!response.ok) throw new Error(`The bot answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { value?: AdaptiveCardJson };
  if (!body.value) throw new Error('The bot answered the invoke without a card');
  return body.value;
}

/** "Answer here in chat" on the staff questionnaire's invitation: the bot answers with the form to fill in. */
export function openStaffFormInChat(baseUrl: string, user: TeamsUser, runId: string): Promise<AdaptiveCardJson> {
  return invokeBot(baseUrl, user, { verb: VERBS.questionnaireOpen, data: { verb: VERBS.questionnaireOpen, runId } });
}

/**
 * Shows a card in the page with the official renderer, as Teams shows it in chat; a pressed Action.Execute is kept
 * for `pressedAction` (Teams would send it to the bot).
 */
export async function showCard(page: Page, card: AdaptiveCardJson): Promise<void> {
  await page.setContent('<!doctype html><html lang="en-GB"><body><main id="chat"></main></body></html>');
  await page.addScriptTag({ path: RENDERER });
  await page.evaluate((json) => {
    interface Rendered {
      onExecuteAction?: (action: { verb?: string; data?: unknown }) => void;
      parse(card: unknown): void;
      render(): HTMLElement | undefined;
    }
    const host = window as unknown as {
      AdaptiveCards: { AdaptiveCard: new () => Rendered };
      pressedAction?: { verb: string; data: unknown };
    };
    const card = new host.AdaptiveCards.AdaptiveCard();
    card.onExecuteAction = (action) => {
      host.pressedAction = { verb: action.verb ?? '', data: action.data };
    };
    card.parse(json);
    const element = card.render();
    if (element) document.getElementById('chat')?.append(element);
  }, card);
}

/** The card's text as a person reads it. */
export async function cardText(page: Page): Promise<string> {
  return (await page.locator('#chat').innerText()).replace(/\s+/g, ' ');
}

/**
 * Answers the card's questions by keyboard alone: Tab to each question, Space to choose its first option and the
 * Down arrow `n` times for a later one, or type the words for free text; then Enter on the send button.
 * `answers` gives one entry per question, in order.
 */
export async function answerCardByKeyboard(
  page: Page,
  answers: readonly (number | string)[],
  sendButton: string,
): Promise<CardAction> {
  let question = 0;
  let lastGroup: string | null = null;
  for (let presses = 0; presses < 200; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement | null;
      if (!el) return { kind: 'none', group: '', label: '' };
      const kind = el instanceof HTMLInputElement && el.type === 'radio' ? 'radio' : el.tagName.toLowerCase();
      return { kind, group: el instanceof HTMLInputElement ? el.name : '', label: el.textContent ?? '' };
    });
    if (focused.kind === 'button' && focused.label.includes(sendButton)) {
      if (question !== answers.length) throw new Error(`The card has ${question} questions, not ${answers.length}.`);
      await page.keyboard.press('Enter');
      const pressed = await page.waitForFunction(
        () => (window as unknown as { pressedAction?: CardAction }).pressedAction,
      );
      return (await pressed.jsonValue()) as CardAction;
    }
    const answer = answers[question];
    if (focused.kind === 'radio' && focused.group !== lastGroup && typeof answer === 'number') {
      await page.keyboard.press('Space');
      for (let step = 0; step < answer; step += 1) await page.keyboard.press('ArrowDown');
      lastGroup = focused.group;
      question += 1;
    } else if (focused.kind === 'textarea' && typeof answer === 'string') {
      await page.keyboard.type(answer);
      question += 1;
    }
  }
  throw new Error(`No "${sendButton}" button was reached by keyboard.`);
}
