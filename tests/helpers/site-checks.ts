/**
 * Checks a built site the way a reader's browser and a validator see it: html-validate over
 * every HTML file (with the project's `.htmlvalidate.json`), and linkinator over the served
 * site for broken internal links and `#fragment`s. Shared by tests/build/site-validity.test.ts
 * and `npm run check:site` (scripts/check-site.ts). Nothing here touches the network: links
 * that leave the site (a bulletin's source URL) are skipped, never fetched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { LinkChecker, LinkState } from 'linkinator';
import { listPagePaths, ROOT } from './build-site.ts';

/** One html-validate message. */
export interface HtmlProblem {
  /** The HTML file, relative to the site's folder. */
  file: string;
  line: number;
  column: number;
  /** The rule that fired (`no-inline-style`). */
  rule: string;
  message: string;
  /** 2 for an error, 1 for a warning. */
  severity: number;
}

/** What html-validate found over a whole site. */
export interface HtmlValidation {
  /** How many HTML files were validated. */
  files: number;
  errors: HtmlProblem[];
  warnings: HtmlProblem[];
}

/** A link (or fragment) that does not resolve. */
export interface BrokenLink {
  /** The URL as linkinator requested it (the site's own origin rewritten to the local server). */
  url: string;
  /** The HTTP status, when there was an answer. */
  status: number | undefined;
  /** The page that links to it. */
  parent: string | undefined;
}

/** What the link check found. */
export interface LinkCheck {
  /** Pages the crawl started from: every HTML file of the site. */
  pages: number;
  /** Distinct link targets checked (each URL once, without its fragment). */
  checked: number;
  /** Distinct internal `URL#fragment` links whose target element was looked for. */
  fragments: number;
  /** Links that leave the site, skipped without a request. */
  skipped: number;
  broken: BrokenLink[];
}

/**
 * The project's html-validate configuration (`.htmlvalidate.json`), as the only configuration.
 *
 * It extends `html-validate:recommended` and turns off one rule; JSON has no comments, so the
 * reason is here: `long-title` (a `<title>` over 70 characters) is a search-snippet heuristic,
 * not validity, and a meeting page's title is the bulletin's own headline (up to 200
 * characters in the real corpus), which the archive quotes whole rather than cut.
 */
export function readHtmlValidateConfig(file: string = join(ROOT, '.htmlvalidate.json')): ConfigData {
  // `root: true`: the built site lives in a temporary folder, outside the project, so no
  // other configuration file may be picked up on the way.
  return { ...(JSON.parse(readFileSync(file, 'utf8')) as ConfigData), root: true };
}

/** Every `.html` file under `dist`, sorted, as absolute paths. */
function listHtmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => join(dist, name));
}

/** Validates every HTML file of `dist` with html-validate and the project's configuration. */
export async function validateHtml(dist: string, config: ConfigData = readHtmlValidateConfig()): Promise<HtmlValidation> {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const files = listHtmlFiles(dist);
  const errors: HtmlProblem[] = [];
  const warnings: HtmlProblem[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages) {
        const problem: HtmlProblem = {
          file: relative(dist, file).split(sep).join('/'),
          line: message.line,
          column: message.column,
          rule: message.ruleId,
          message: message.message,
          severity: message.severity,
        };
        (message.severity >= 2 ? errors : warnings).push(problem);
      }
    }
  }
  return { files: files.length, errors, warnings };
}

/** The site's public root as its pages give it (`<link rel="canonical">` of the home page), e.g. `http://localhost:4321/archive/`. */
export function readCanonicalRoot(dist: string): string {
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  const href = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
  if (href === undefined) throw new Error(`${join(dist, 'index.html')} has no <link rel="canonical">: cannot tell the site's own origin.`);
  return href;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Crawls the site served at `url` (its root, base path included) from every page of `dist`,
 * with fragment checking on. Absolute links to the site's public origin (canonical URLs,
 * JSON-LD, Open Graph) are rewritten to the local server and checked too; links to any other
 * origin are skipped without a request.
 */
export async function checkLinks(site: { dist: string; url: string }): Promise<LinkCheck> {
  const served = new URL(site.url);
  const publicOrigin = new URL(readCanonicalRoot(site.dist)).origin;
  const ownOrigins = new Set([served.origin, publicOrigin]);
  const starts = listPagePaths(site.dist).map((path) => new URL(path, site.url).href);
  const checker = new LinkChecker();
  const result = await checker.check({
    path: starts,
    recurse: true,
    checkFragments: true,
    concurrency: 16,
    timeout: 20_000,
    // Only the site's own origins are checked; a link elsewhere (a ministry's page) is never fetched.
    linksToSkip: async (link) => {
      try {
        return !ownOrigins.has(new URL(link).origin);
      } catch {
        return true;
      }
    },
    urlRewriteExpressions: publicOrigin === served.origin ? [] : [{ pattern: new RegExp(`^${escapeRegExp(publicOrigin)}`), replacement: served.origin }],
  });
  const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED);
  return {
    pages: starts.length,
    checked: new Set(checked.map((link) => link.url.replace(/#.*$/, ''))).size,
    fragments: countFragmentLinks(site.dist, site.url, starts, ownOrigins),
    skipped: new Set(result.links.filter((link) => link.state === LinkState.SKIPPED).map((link) => link.url)).size,
    broken: checked
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => ({ url: link.url, status: link.status, parent: link.parent })),
  };
}

/**
 * How many distinct internal `URL#fragment` links the pages hold (linkinator checks each but
 * reports only the broken ones), for the counts printed. `root` is the served site's root URL.
 */
function countFragmentLinks(dist: string, root: string, pageUrls: readonly string[], ownOrigins: ReadonlySet<string>): number {
  const base = new URL(root).pathname;
  const fragments = new Set<string>();
  for (const pageUrl of pageUrls) {
    const path = decodeURIComponent(new URL(pageUrl).pathname.slice(base.length));
    const file = path === '' || path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
    for (const [, href = ''] of readFileSync(file, 'utf8').matchAll(/href="([^"]*#[^"]+)"/g)) {
      const target = new URL(href.replace(/&amp;/g, '&'), pageUrl);
      if (ownOrigins.has(target.origin)) fragments.add(target.href);
    }
  }
  return fragments.size;
}

/** One readable line per problem, for failure messages and the CLI. */
export function formatHtmlProblem(problem: HtmlProblem): string {
  return `${problem.file}:${problem.line}:${problem.column} ${problem.rule}: ${problem.message}`;
}

/** One readable line per broken link. */
export function formatBrokenLink(link: BrokenLink): string {
  return `${link.url} (${link.status ?? 'no answer'}) linked from ${link.parent ?? 'a start page'}`;
}
