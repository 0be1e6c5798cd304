import type { DomainError } from '../../../src/domain/errors';
import {
  answerInformationItem,
  newInformationRequest,
  unansweredBecause,
  withItems,
} from '../../../src/domain/information-requests';
import type { InformationRequest } from '../../../src/domain/review';

const AT = '2027-01-20T10:00:00.000Z';
const OLD: InformationRequest = { at: '2027-01-05T09:00:00.000Z', by: 'p-lead', message: 'Please send the audit.' };

describe('information requests as lists of asks', () => {
  it('reads a request saved before asks existed as one ask, its message', () => {
    expect(withItems([OLD])[0]?.items).toEqual([
      { id: '1-1', text: 'Please send the audit.', standardCode: null, answer: null },
    ]);
  });

  it('numbers the asks of a new request after the requests before it, leaving out empty ones', () => {
    const request = newInformationRequest([OLD], {
      message: ' Before the visit: ',
      items: [
        { text: ' Attach the audit. ', standardCode: '1.1' },
        { text: '   ', standardCode: null },
        { text: 'Who leads it?', standardCode: null },
      ],
      by: 'p-lead',
      at: AT,
    });
    expect(request.message).toBe('Before the visit:');
    expect(request.items).toEqual([
      { id: '2-1', text: 'Attach the audit.', standardCode: '1.1', answer: null },
      { id: '2-2', text: 'Who leads it?', standardCode: null, answer: null },
    ]);
  });

  it('keeps a message alone (an older client) as the one ask, and refuses a request that asks nothing', () => {
    expect(newInformationRequest([], { message: 'Send the audit.', items: [], by: 'p', at: AT }).items).toEqual([
      { id: '1-1', text: 'Send the audit.', standardCode: null, answer: null },
    ]);
    expect(() =>
      newInformationRequest([], { message: ' ', items: [{ text: '', standardCode: null }], by: 'p', at: AT }),
    ).toThrow(expect.objectContaining({ code: 'message_required' }) as DomainError);
  });

  it('answers one ask (an old record too), refuses an empty answer or an unknown ask, and counts what is open', () => {
    const second = newInformationRequest([OLD], {
      message: '',
      items: [
        { text: 'a', standardCode: null },
        { text: 'b', standardCode: null },
      ],
      by: 'p',
      at: AT,
    });
    const requests = [OLD, second];
    expect(unansweredBecause(requests)).toBe(
      '3 things the review team asked still need an answer. Answer each, then hand the assessment back.',
    );
    const answered = answerInformationItem(requests, '1-1', { text: ' Attached. ', by: 'p-sl', at: AT });
    expect(answered[0]?.items?.[0]?.answer).toEqual({ text: 'Attached.', by: 'p-sl', at: AT });
    expect(() => answerInformationItem(requests, '2-1', { text: ' ', by: 'p-sl', at: AT })).toThrow(
      expect.objectContaining({ code: 'answer_required' }) as DomainError,
    );
    expect(() => answerInformationItem(requests, '3-1', { text: 'x', by: 'p-sl', at: AT })).toThrow(
      expect.objectContaining({ code: 'unknown_information_item' }) as DomainError,
    );
    const all = ['2-1', '2-2'].reduce(
      (acc, id) => answerInformationItem(acc, id, { text: 'done', by: 'p-sl', at: AT }),
      answered,
    );
    expect(unansweredBecause(all)).toBeNull();
  });
});
