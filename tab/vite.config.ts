import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the Teams tab (index.html) and the consent pop-up page (auth.html) into <repo>/dist/tab. */
const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: here('../dist/tab'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Every browser Teams runs in (Chromium, Edge WebView2, Safari 17+) supports modulepreload: no polyfill to send.
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
    rolldownOptions: {
      input: { main: here('index.html'), auth: here('auth.html') },
    },
  },
});
