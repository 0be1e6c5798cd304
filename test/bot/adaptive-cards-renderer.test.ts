import { checkCard } from './adaptive-cards-renderer';

describe('the Adaptive Cards renderer the bot tests use', () => {
  it('renders a card’s text without warning that markdown processing is missing', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const problems = checkCard({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'TextBlock', text: 'COAST asks its staff: your answers are anonymous.', wrap: true }],
      });
      expect(problems).toEqual([]);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
