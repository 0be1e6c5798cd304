import { channelSendSummary } from '../../../../src/domain/questionnaires/channel-members';

describe("what the service lead is told after sending the staff questionnaire to the channel's members", () => {
  it('says how many were sent and how many could not be reached, without promising the tab to anyone', () => {
    expect(channelSendSummary(12, 3, 0).message).toBe('12 sent; 3 could not be reached.');
  });

  it('says which of those it could not reach are listed as staff and can answer in the tab', () => {
    expect(channelSendSummary(12, 3, 0, 1).message).toBe(
      "12 sent; 3 could not be reached (1 of them is listed as the service's staff and can answer in the tab, under My work).",
    );
    expect(channelSendSummary(12, 3, 0, 2).message).toBe(
      "12 sent; 3 could not be reached (2 of them are listed as the service's staff and can answer in the tab, under My work).",
    );
  });

  it('says who had it already, and says nothing of the unreachable when everyone was reached', () => {
    expect(channelSendSummary(0, 0, 1).message).toBe('0 sent. 1 person had it already and was not sent it again.');
    expect(channelSendSummary(4, 0, 3).message).toBe('4 sent. 3 people had it already and were not sent it again.');
  });
});
