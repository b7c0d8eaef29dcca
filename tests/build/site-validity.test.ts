/**
 * A valid, linked site (issue 6, part 6): the sample corpus (content/raw) and the real corpus
 * (../shared/corpus/real) are each ingested, built and indexed once under the sub-path /archive/, then
 * html-validate (with the project's .htmlvalidate.json) must find no error in any page, and
 * linkinator, crawling the site from every page over a local server with fragment checking
 * on, must find no broken internal link or `#fragment` (`#p3` must exist). Links to other
 * sites are skipped, never fetched. The counts checked are printed.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveSite, type ServedSite } from '../helpers/build-site.ts';
import { runNode, ROOT } from '../helpers/run-node.ts';
import { checkLinks, formatBrokenLink, formatHtmlProblem, validateHtml } from '../helpers/site-checks.ts';

const BASE = '/archive/';

const CORPORA = [
  { name: 'the sample corpus', input: join(ROOT, 'content/raw') },
  { name: 'the real corpus', input: join(ROOT, '../shared/corpus/real') },
];

/**
 * Ingests `input` into a temporary folder and builds the site from it as `npm run build` does
 * (Astro, then the Pagefind index the search page loads), with the raw files published;
 * returns the folder and the dist.
 */
function buildCorpus(input: string): { tmp: string; dist: string; entries: number } {
  const tmp = mkdtempSync(join(tmpdir(), 'archive-validity-'));
  const entries = join(tmp, 'entries');
  const dist = join(tmp, 'dist');
  runNode([join(ROOT, 'scripts/ingest.ts'), '--input', input, '--out', entries, '--report', join(tmp, 'ingest-report.json')]);
  // --force: the content layer caches rendered Markdown by file and config, not by plugin code.
  runNode([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', dist], {
    ARCHIVE_ENTRIES_DIR: entries,
    ARCHIVE_RAW_DIR: input,
    BASE,
  });
  runNode([join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dist]);
  const written = readdirSync(entries, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).length;
  return { tmp, dist, entries: written };
}

describe.each(CORPORA)('$name', ({ input }) => {
  let tmp = '';
  let dist = '';
  let entries = 0;
  let served: ServedSite | undefined;

  beforeAll(async () => {
    ({ tmp, dist, entries } = buildCorpus(input));
    served = await serveSite({ dist, base: BASE });
  });

  test('the site built is this corpus: one meeting page per entry written', () => {
    // Guards the checks below against validating another build (Astro shares `.astro/`).
    const pages = readdirSync(join(dist, 'meetings')).filter((name) => existsSync(join(dist, 'meetings', name, 'index.html')));
    expect(entries).toBeGreaterThan(0);
    expect(pages).toHaveLength(entries);
  });

  afterAll(async () => {
    await served?.close();
    if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
  });

  test('html-validate finds no error in any page', async () => {
    const result = await validateHtml(dist);
    console.log(`${input}: html-validate checked ${result.files} pages: ${result.errors.length} errors, ${result.warnings.length} warnings`);
    expect(result.files).toBeGreaterThan(10);
    expect(result.errors.map(formatHtmlProblem)).toEqual([]);
  });

  test('no internal link or fragment is broken', async () => {
    if (!served) throw new Error('the site is not served');
    const result = await checkLinks({ dist, url: served.url });
    console.log(`${input}: linkinator crawled from ${result.pages} pages: ${result.checked} link targets and ${result.fragments} #fragment links checked, ${result.skipped} external links skipped, ${result.broken.length} broken`);
    expect(result.pages).toBeGreaterThan(10);
    // Every page is a start page, so everything it links to (stylesheets, scripts, data) is checked too.
    expect(result.checked).toBeGreaterThan(result.pages);
    expect(result.broken.map(formatBrokenLink)).toEqual([]);
  });
});
