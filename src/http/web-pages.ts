import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

interface PageHints {
  /** source modules (keys of the build manifest) the page's route loads: its layout and its page */
  modules: string[];
  /** API answers the page asks for as soon as it runs */
  data: string[];
}

/**
 * The pages citizens open first from outside (a search engine, a QR code, a shared link), and what each loads.
 * Kept beside the web app's route table (web/src/routes.tsx, App.tsx): a page missing here still works, it only
 * starts its downloads later.
 */
function hintsFor(pathname: string): PageHints | null {
  if (pathname === '/portal' || pathname === '/portal/') {
    return { modules: ['src/layouts/PortalLayout.tsx', 'src/pages/portal/PortalHome.tsx'], data: ['/api/v1/catalog/popular?limit=8', '/api/v1/public/site'] };
  }
  const guide = /^\/portal\/catalog\/([A-Za-z0-9_.-]{1,64})\/?$/.exec(pathname);
  if (guide) {
    return { modules: ['src/layouts/PortalLayout.tsx', 'src/pages/portal/ItemGuidePage.tsx'], data: [`/api/v1/catalog/items/${guide[1]}`, '/api/v1/public/site'] };
  }
  return null;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface WebPage {
  body: Buffer;
  /** br or gzip when the body is compressed for a client that accepts it */
  encoding?: 'br' | 'gzip';
}

/** The best of brotli and gzip that an Accept-Encoding header allows (q=0 refuses). */
export function chooseEncoding(accept: string | undefined): 'br' | 'gzip' | undefined {
  const allowed = new Set<string>();
  for (const part of (accept ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) allowed.add(name.trim());
  }
  if (allowed.has('br')) return 'br';
  if (allowed.has('gzip') || allowed.has('*')) return 'gzip';
  return undefined;
}

/**
 * The web app's page (index.html), with what the opened route will load named in its head: the route's script chunks
 * as modulepreload and its first API answers as fetch preloads. A phone on a slow network then downloads them
 * alongside the app's entry script instead of one after another (entry, then the route's chunks, then its data).
 */
export function webPages(dist: string): { page(url: string, acceptEncoding: string | undefined): WebPage } {
  const indexFile = path.join(dist, 'index.html');
  const manifestFile = path.join(dist, '.vite', 'manifest.json');
  let builtAt = -1;
  let index = '';
  let manifest: Record<string, ManifestChunk> = {};
  const cache = new Map<string, WebPage>();
  // a new build of the web app (web/build.mjs) under a running server is picked up on the next page
  const load = () => {
    const mtime = fs.statSync(indexFile).mtimeMs;
    if (mtime === builtAt) return;
    index = fs.readFileSync(indexFile, 'utf8');
    manifest = fs.existsSync(manifestFile) ? JSON.parse(fs.readFileSync(manifestFile, 'utf8')) : {};
    cache.clear();
    builtAt = mtime;
  };

  const chunksOf = (modules: string[]): string[] => {
    const seen = new Set<string>();
    const files: string[] = [];
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || seen.has(key)) return;
      seen.add(key);
      // the entry is already in the page
      if (chunk.isEntry) return;
      files.push(chunk.file);
      for (const i of chunk.imports ?? []) visit(i);
    };
    for (const m of modules) visit(m);
    return files;
  };

  const html = (url: string): string => {
    const pathname = url.split('?')[0]!.split('#')[0]!;
    const hints = hintsFor(pathname);
    if (!hints) return index;
    const links = [
      ...chunksOf(hints.modules).map((f) => `<link rel="modulepreload" crossorigin href="/${attr(f)}">`),
      ...hints.data.map((d) => `<link rel="preload" as="fetch" crossorigin href="${attr(d)}">`),
    ].join('\n    ');
    return index.replace('</head>', `    ${links}\n  </head>`);
  };

  return {
    page(url: string, acceptEncoding: string | undefined): WebPage {
      load();
      const encoding = chooseEncoding(acceptEncoding);
      const pathname = url.split('?')[0]!.split('#')[0]!;
      const key = `${encoding ?? 'identity'} ${hintsFor(pathname) ? pathname : ''}`;
      let page = cache.get(key);
      if (!page) {
        const body = Buffer.from(html(url));
        page =
          encoding === 'br'
            ? { body: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } }), encoding }
            : encoding === 'gzip'
              ? { body: zlib.gzipSync(body, { level: 6 }), encoding }
              : { body };
        // one entry a guide and encoding: bounded by the number of items
        if (cache.size < 5000) cache.set(key, page);
      }
      return page;
    },
  };
}
