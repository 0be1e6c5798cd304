/**
 * The first bytes of a stream, read without buffering the rest: the stream handed back yields those bytes and
 * then carries on from where reading stopped, so an upload of any size is checked and then stored as it
 * arrives.
 */
export async function readHead(
  content: AsyncIterable<Uint8Array> | Uint8Array,
  bytes: number,
): Promise<{ head: Uint8Array; content: AsyncIterable<Uint8Array> | Uint8Array }> {
  if (content instanceof Uint8Array) return { head: content.subarray(0, bytes), content };
  const iterator = content[Symbol.asyncIterator]();
  const read: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done === true) {
      done = true;
      break;
    }
    read.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(read).subarray(0, bytes);
  async function* rest(): AsyncGenerator<Uint8Array> {
    yield* read;
    if (done) return;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  }
  return { head, content: rest() };
}
