import type { EvidenceKey, EvidenceStore } from '../../src/services/ports';

export type PutOutcome =
  { readonly outcome: 'stored'; readonly storageKey: string } | { readonly outcome: 'failed'; readonly error: unknown };

/**
 * An evidence store that tells a test when an upload has finished (stored or refused), so the test can wait
 * for that event instead of sleeping and hoping the server got there.
 */
export class ObservedEvidenceStore implements EvidenceStore {
  private readonly waiting: ((outcome: PutOutcome) => void)[] = [];

  constructor(private readonly inner: EvidenceStore) {}

  /** Resolves with the outcome of the next upload that finishes. */
  nextPutSettled(): Promise<PutOutcome> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async put(
    key: EvidenceKey,
    content: AsyncIterable<Uint8Array> | Uint8Array,
    sizeBytes: number,
    contentType: string,
  ): Promise<{ storageKey: string }> {
    try {
      const stored = await this.inner.put(key, content, sizeBytes, contentType);
      this.settle({ outcome: 'stored', storageKey: stored.storageKey });
      return stored;
    } catch (error) {
      this.settle({ outcome: 'failed', error });
      throw error;
    }
  }

  get(storageKey: string): ReturnType<EvidenceStore['get']> {
    return this.inner.get(storageKey);
  }

  delete(storageKey: string): Promise<void> {
    return this.inner.delete(storageKey);
  }

  private settle(outcome: PutOutcome): void {
    for (const resolve of this.waiting.splice(0)) resolve(outcome);
  }
}
