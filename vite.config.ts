import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// pdf.js needs its CMaps (Chinese PDFs use CID fonts), standard fonts and wasm decoders at run
// time. The workbench runs on an intranet, so they are served from our own origin under /pdfjs/
// instead of a CDN: copied next to the build, and served straight from node_modules in dev.
const PDFJS_ASSET_DIRS = ['cmaps', 'standard_fonts', 'wasm', 'iccs'];
const pdfjsRoot = resolve(import.meta.dirname, 'node_modules/pdfjs-dist');

function pdfjsAssets(): Plugin {
  let outDir = '';
  return {
    name: 'juesuan-pdfjs-assets',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const path = normalize(decodeURIComponent((req.url ?? '').split('?')[0] ?? '')).replace(/^([/\\])+/, '');
        const dir = path.split(/[/\\]/)[0] ?? '';
        const file = join(pdfjsRoot, path);
        if (!PDFJS_ASSET_DIRS.includes(dir) || !file.startsWith(pdfjsRoot) || !existsSync(file) || !statSync(file).isFile()) return next();
        createReadStream(file).pipe(res);
      });
    },
    writeBundle() {
      for (const dir of PDFJS_ASSET_DIRS) cpSync(join(pdfjsRoot, dir), join(outDir, 'pdfjs', dir), { recursive: true });
    },
  };
}

export default defineConfig({
  root: 'src/web',
  plugins: [react(), pdfjsAssets()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // pdf.js 5 ships modern syntax; the workbench targets current Chromium-based browsers.
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
