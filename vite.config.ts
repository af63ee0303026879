import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a plain web build; Electron loads dist/renderer/index.html from disk.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true },
});
