/** Resolves like `promise`, or rejects after `ms` (Teams' initialize never settles outside Teams). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what = 'The host'): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms.`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
