import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Two static pages, served by the API server from dist/web: the comparison page at / and GraphiQL at
// /explorer/. Everything they need is bundled; nothing is fetched from a CDN.
const web = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: web,
  base: '/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true, // outside root: Vite would otherwise refuse to clear it
    chunkSizeWarningLimit: 2000, // GraphiQL (CodeMirror, React) is one large chunk, loaded only by /explorer/
    rolldownOptions: {
      // GraphiQL's React dependencies start with "use client", meaningless in a static bundle.
      checks: { moduleLevelDirective: false },
      input: {
        compare: fileURLToPath(new URL('index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('explorer/index.html', import.meta.url)),
      },
    },
  },
});
