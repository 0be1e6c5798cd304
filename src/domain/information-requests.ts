import { DomainError } from './errors';
import type { IsoDateTime } from './ids';
import type { InformationAnswer, InformationRequest, InformationRequestItem } from './review';

/** A request as everyone reads it: always with its items (an older record's message becomes its one item). */
export interface InformationRequestWithItems extends InformationRequest {
  readonly items: readonly InformationRequestItem[];
}

export function itemId(requestIndex: number, itemIndex: number): string {
  return `${requestIndex + 1}-${itemIndex + 1}`;
}

/** The items of the request at `requestIndex`; a request stored before items existed is one item, its message. */
export function informationRequestItems(
  request: InformationRequest,
  requestIndex: number,
): readonly InformationRequestItem[] {
  if (request.items && request.items.length > 0) return request.items;
  return [{ id: itemId(requestIndex, 0), text: request.message, standardCode: null, answer: null }];
}

export function withItems(requests: readonly InformationRequest[]): InformationRequestWithItems[] {
  return requests.map((r, i) => ({ ...r, items: informationRequestItems(r, i) }));
}

export interface NewItem {
  readonly text: string;
  readonly standardCode: string | null;
}

/**
 * A new request, appended after `existing`. It must ask for something: an introduction alone (older clients) is
 * kept as the one item, so what the service is asked is always a list.
 */
export function newInformationRequest(
  existing: readonly InformationRequest[],
  input: { message: string; items: readonly NewItem[]; by: string; at: IsoDateTime },
): InformationRequest {
  const asked = input.items
    .map((i) => ({ text: i.text.trim(), standardCode: i.standardCode }))
    .filter((i) => i.text !== '');
  const message = input.message.trim();
  if (asked.length === 0 && message === '') {
    throw new DomainError(
      'message_required',
      'Say what more information the team needs, one item for each thing, so the service knows what to add before it resubmits.',
      'items',
    );
  }
  const requestIndex = existing.length;
  const items = (asked.length > 0 ? asked : [{ text: message, standardCode: null }]).map(
    (i, n): InformationRequestItem => ({ id: itemId(requestIndex, n), ...i, answer: null }),
  );
  return { at: input.at, by: input.by, message, items };
}

/** The requests with one item answered (or its answer replaced); refuses an unknown item or an empty answer. */
export function answerInformationItem(
  requests: readonly InformationRequest[],
  id: string,
  answer: InformationAnswer,
): InformationRequest[] {
  if (answer.text.trim() === '') {
    throw new DomainError(
      'answer_required',
      'Write the answer: what the service has done or found, and where the team can see it (evidence can be added to the standard as usual).',
      'text',
    );
  }
  let found = false;
  const updated = withItems(requests).map((request) => ({
    ...request,
    items: request.items.map((item) => {
      if (item.id !== id) return item;
      found = true;
      return { ...item, answer: { ...answer, text: answer.text.trim() } };
    }),
  }));
  if (!found) {
    throw new DomainError(
      'unknown_information_item',
      `The review team asked nothing with the reference ${id}. Reload the page to see what the team asked.`,
      'itemId',
    );
  }
  return updated;
}

/** Items not answered yet, across all requests, in the order they were asked. */
export function unansweredItems(requests: readonly InformationRequest[]): InformationRequestItem[] {
  return withItems(requests).flatMap((r) => r.items.filter((i) => i.answer === null));
}

/** Why the service cannot hand the assessment back yet; null once every item has an answer. */
export function unansweredBecause(requests: readonly InformationRequest[]): string | null {
  const open = unansweredItems(requests);
  if (open.length === 0) return null;
  return `${open.length} ${open.length === 1 ? 'thing the review team asked still needs' : 'things the review team asked still need'} an answer. Answer each, then hand the assessment back.`;
}
