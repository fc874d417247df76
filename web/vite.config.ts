import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * The app's own stylesheet (global.css, a couple of kilobytes) goes into the page itself: a separate file would hold
 * the first paint back by one more round trip on a phone's network. The component library's styles are made at run
 * time and are not in it.
 */
function inlineEntryCss(): Plugin {
  return {
    name: 'banshi-inline-entry-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') return;
      let html = String(page.source);
      html = html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
        const css = bundle[file];
        if (!css || css.type !== 'asset' || String(css.source).length > 16_384) return tag;
        return `<style>${String(css.source).replace(/<\/style/gi, '<\\/style')}</style>`;
      });
      page.source = html;
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), inlineEntryCss()],
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    // which files each route loads: test/web-delivery.test.ts weighs the portal's first load from it
    manifest: true,
    rollupOptions: {
      output: {
        // Charts only load with the dashboard; the rest of the vendor code is split by the routes that use it,
        // so the portal's first load carries only the components it shows.
        manualChunks(id) {
          if (id.includes('/echarts/') || id.includes('/zrender/')) return 'charts';
          return undefined;
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
