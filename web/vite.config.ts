/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The host serves dist/ at / (src/Host/Ladok.Host/Web); `npm run dev` proxies the API to a host on its default address.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, reportCompressedSize: true },
  server: {
    proxy: Object.fromEntries(['/graphql', '/dev', '/reports', '/transcripts', '/config.json'].map((path) => [path, 'http://localhost:5080'])),
  },
  test: { environment: 'node', include: ['src/**/*.test.{ts,tsx}'] },
});
