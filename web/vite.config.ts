// Production build of the web UI: `npm run build:web` writes web/dist, which
// the API serves at `/` (SPA fallback) and `/assets/*` (long cache).
// `npx vite --config web/vite.config.ts` runs a dev server that proxies the
// API and Socket.IO to a local `npm run start:api` on port 5000.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiOrigin = process.env.ARREMATE_API_ORIGIN ?? 'http://127.0.0.1:5000';

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The CSP forbids inline scripts and styles (style-src 'self'), so every
    // asset must be a file, never inlined into index.html.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
  server: {
    proxy: {
      '/api': apiOrigin,
      '/socket.io': { target: apiOrigin, ws: true },
    },
  },
});
