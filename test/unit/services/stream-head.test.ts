import { readHead } from '../../../src/services/evidence/stream-head';

describe('readHead', () => {
  it('reads only the chunks it needs for the head, and hands back every byte in order', async () => {
    let pulled = 0;
    async function* upload(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < 100; i += 1) {
        pulled += 1;
        yield new Uint8Array(1000).fill(i);
      }
    }
    const { head, content } = await readHead(upload(), 4100);
    expect(head.length).toBe(4100);
    expect(pulled).toBe(5);
    const all: Uint8Array[] = [];
    for await (const chunk of content as AsyncIterable<Uint8Array>) all.push(chunk);
    const bytes = Buffer.concat(all);
    expect(bytes.length).toBe(100 * 1000);
    expect([bytes[0], bytes[4100], bytes[99_999]]).toEqual([0, 4, 99]);
  });

  it('gives the whole of a file shorter than the head', async () => {
    const { head, content } = await readHead(
      (async function* () {
        yield Buffer.from('a,b');
      })(),
      4100,
    );
    expect(Buffer.from(head).toString()).toBe('a,b');
    const all: Uint8Array[] = [];
    for await (const chunk of content as AsyncIterable<Uint8Array>) all.push(chunk);
    expect(Buffer.concat(all).toString()).toBe('a,b');
  });
});
