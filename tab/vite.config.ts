import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the Teams tab (index.html) into <repo>/dist/tab; with TAB_BUILD_PAGE=auth, the consent pop-up page
 * (auth.html) beside it. The pop-up is built on its own: as a second entry of the tab's build, the Teams SDK it
 * starts with would count as starting code, and the modules the two share would be cut into many small files.
 */
const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const page = process.env.TAB_BUILD_PAGE === 'auth' ? 'auth' : 'main';

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: here('../dist/tab'),
    // The pop-up is built second, into the same folder.
    emptyOutDir: page === 'main',
    target: 'es2022',
    sourcemap: true,
    // Every browser Teams runs in (Chromium, Edge WebView2, Safari 17+) supports modulepreload: no polyfill to send.
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
    rolldownOptions: {
      input: page === 'auth' ? { auth: here('auth.html') } : { main: here('index.html') },
      output: {
        codeSplitting: {
          // Everything the first page starts with in one file: compressed together it is several KB smaller on the
          // wire than the same code cut into the small shared chunks the bundler makes by default. Pages opened
          // later still load only their own code.
          groups: [{ name: 'first-page', tags: ['$initial'] }],
        },
      },
    },
  },
});
