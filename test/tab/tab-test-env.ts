/**
 * Browser bits jsdom lacks, for the tab's component tests. Import it first in every tab test file (no jest
 * config needed): teams-js calls fetch when imported, and Fluent UI measures elements and media queries.
 */
import { configure } from '@testing-library/dom';

// A page's code is loaded lazily, as in the browser; on a busy machine compiling it on first use takes seconds.
// findBy* and waitFor wait up to this long for what the person would see (they return as soon as it shows).
configure({ asyncUtilTimeout: 10_000 });

const globals = globalThis as unknown as Record<string, unknown>;

if (typeof globals['fetch'] !== 'function') {
  globals['fetch'] = () => Promise.reject(new Error('fetch is not available in the tab tests; pass a fake.'));
}

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        addListener: () => undefined,
        removeListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!('ResizeObserver' in window)) {
    globals['ResizeObserver'] = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
  if (typeof globals['CSS'] === 'undefined' || !(globals['CSS'] as { escape?: unknown }).escape) {
    globals['CSS'] = { escape: (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`) };
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
}
