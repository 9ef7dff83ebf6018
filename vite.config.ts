import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The staff single-page app: built into dist/web and served by the server at "/". */
export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
