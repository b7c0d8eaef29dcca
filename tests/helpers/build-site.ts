/**
 * Builds the archive (the sample corpus, or another folder of bulletins) into a temporary
 * folder with its Pagefind search index, and serves it over HTTP, for tests that need a real
 * browser against the real output. Nothing in the working tree is touched except Astro's own
 * caches.
 */
import { runNode } from './run-node.ts';
import { createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));


/** Content types of the files a built site holds; anything else is served as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** A built site in a temporary folder. */
export interface BuiltSite {
  /** The folder `astro build` wrote to. */
  dist: string;
  /** The sub-path the site was built under, with leading and trailing slashes (default `/archive/`). */
  base: string;
  /** Deletes the temporary folder (entries and build). */
  remove: () => void;
}

/** A running static server. */
export interface ServedSite {
  /** The site's root URL, base path included, with a trailing slash: `http://127.0.0.1:PORT/archive/`. */
  url: string;
  /** Stops the server. */
  close: () => Promise<void>;
}


/** What to build a test site from. */
export interface BuildOptions {
  /** The folder of raw bulletins to ingest, absolute or relative to the project root; default the sample corpus, `content/raw`. */
  input?: string;
  /** The most pages in one search index (scripts/search-index.ts `--shard-pages`); default the script's. */
  searchShardPages?: number;
}

/**
 * Ingests `options.input` (default `content/raw`) into a temporary entries folder, builds the
 * site from it with `astro build --force` under `base` (default `/archive/`, so links that
 * ignore the base fail), then indexes it for search (scripts/search-index.ts `--site <dist>`), as
 * `npm run build` does, so every test site can be searched.
 */
export function buildSite(base = '/archive/', options: BuildOptions = {}): BuiltSite {
  const tmp = mkdtempSync(join(tmpdir(), 'archive-browser-'));
  const entries = join(tmp, 'entries');
  const dist = join(tmp, 'dist');
  try {
    runNode([join(ROOT, 'scripts/ingest.ts'), '--input', options.input ?? 'content/raw', '--out', entries, '--report', join(tmp, 'ingest-report.json')], {});
    // --force: the content layer caches rendered Markdown by file and config, not by plugin code.
    runNode([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', dist], { ARCHIVE_ENTRIES_DIR: entries, BASE: base });
    const shards = options.searchShardPages === undefined ? [] : ['--shard-pages', String(options.searchShardPages)];
    runNode([join(ROOT, 'scripts/search-index.ts'), '--site', dist, ...shards], {});
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  return { dist, base, remove: () => rmSync(tmp, { recursive: true, force: true }) };
}

/**
 * Resolves a request path to a file of `dist`: `/base/x/` to `x/index.html`, `/base/x` to `x`
 * (or `x/index.html` when `x` is a folder); undefined outside the base or the folder.
 */
export function resolveFile(dist: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  const file = normalize(join(dist, relative));
  if (file !== dist && !file.startsWith(dist.endsWith(sep) ? dist : dist + sep)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/**
 * Serves `site.dist` under `site.base` on 127.0.0.1 and a free port, like a static host:
 * a folder answers with its index.html, a missing file with the site's 404.html and status 404.
 */
export async function serveSite(site: Pick<BuiltSite, 'dist' | 'base'>): Promise<ServedSite> {
  const notFound = join(site.dist, '404.html');
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    // Browsers ask the origin's root for /favicon.ico whatever the base; the site has none,
    // and the root of a host serving it under a sub-path is not the site's to answer for.
    if (pathname === '/favicon.ico' && site.base !== '/') {
      response.writeHead(204).end();
      return;
    }
    // A folder without its trailing slash: redirect, as static hosts do, so relative URLs resolve.
    const file = resolveFile(site.dist, site.base, pathname);
    if (file && !pathname.endsWith('/') && file.endsWith(`${sep}index.html`) && !pathname.endsWith('index.html')) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const served = file ?? (existsSync(notFound) ? notFound : undefined);
    if (!served) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(file ? 200 : 404, {
      'content-type': CONTENT_TYPES[extname(served).toLowerCase()] ?? 'application/octet-stream',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${site.base}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * The URL paths (relative to the base, with a trailing slash, home as '') of every built
 * page: one per `index.html`, plus `404.html` as is.
 */
export function listPagePaths(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split(sep).join('/'))
    .map((name) => (name === 'index.html' ? '' : name.endsWith('/index.html') ? name.slice(0, -'index.html'.length) : name))
    .sort();
}

/** A built and served site: its folder, its URL, and one call to stop the server and delete it all. */
export interface BuiltAndServedSite extends BuiltSite, ServedSite {}

/** Builds a site (see {@link buildSite}; the sample by default) and serves it (see {@link serveSite}); `close` stops and deletes both. */
export async function buildAndServe(base = '/archive/', options: BuildOptions = {}): Promise<BuiltAndServedSite> {
  const site = buildSite(base, options);
  let served: ServedSite;
  try {
    served = await serveSite(site);
  } catch (error) {
    site.remove();
    throw error;
  }
  return {
    ...site,
    url: served.url,
    close: async () => {
      try {
        await served.close();
      } finally {
        site.remove();
      }
    },
  };
}
