import { preferredContentCoding } from '../../../src/api/content-coding';

const BOTH = ['br', 'gzip'] as const;

describe('choosing a content coding from Accept-Encoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['gzip;q=0.001', 'gzip'],
    ['*', 'br'],
    ['identity', 'identity'],
    ['identity;q=1, br;q=0.9', 'identity'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*;q=0', 'identity'],
    ['deflate', 'identity'],
    ['BR', 'br'],
    ['', 'identity'],
  ])('answers %p with %p', (header, expected) => {
    expect(preferredContentCoding(header, BOTH)).toBe(expected);
  });

  it('sends the answer as it is to a client that sends no Accept-Encoding', () => {
    expect(preferredContentCoding(undefined, BOTH)).toBe('identity');
  });

  it('prefers brotli to gzip when the client likes both equally, whatever order it lists them in', () => {
    expect(preferredContentCoding('br, gzip', BOTH)).toBe('br');
    expect(preferredContentCoding('gzip, br', BOTH)).toBe('br');
  });

  it('offers only the codings there is a copy of', () => {
    expect(preferredContentCoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(preferredContentCoding('br', ['gzip'])).toBe('identity');
    expect(preferredContentCoding('br, gzip', [])).toBe('identity');
  });
});
