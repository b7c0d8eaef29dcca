/**
 * `npm run check:site -- [--dist DIR] [--base PATH]`: checks an already built site, for humans
 * (the same checks run in `npm test` as tests/build/site-validity.test.ts). html-validate
 * validates every page with the project's .htmlvalidate.json; linkinator crawls the site from
 * every page, served locally under its base path, and reports every broken internal link and
 * `#fragment`. Links to other sites are skipped, never fetched. Exits 1 when anything is found.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveSite } from '../tests/helpers/build-site.ts';
import { checkLinks, formatBrokenLink, formatHtmlProblem, validateHtml } from '../tests/helpers/site-checks.ts';

const USAGE = `usage: npm run check:site -- [--dist DIR] [--base PATH]
  --dist DIR    the built site (default: dist)
  --base PATH   the sub-path it was built for (default: $BASE, else /), as in BASE=/archive/ npm run build`;

/** The options, or a usage error. */
function readOptions(): { dist: string; base: string } {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, base: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const base = values.base ?? process.env['BASE'] ?? '/';
  return { dist: resolve(values.dist ?? 'dist'), base: `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/') };
}

const { dist, base } = readOptions();
if (!existsSync(`${dist}/index.html`)) {
  console.error(`check:site: ${dist}/index.html not found; build the site first (npm run build).\n${USAGE}`);
  process.exit(2);
}

const html = await validateHtml(dist);
for (const problem of [...html.errors, ...html.warnings]) console.log(`${problem.severity >= 2 ? 'error' : 'warning'} ${formatHtmlProblem(problem)}`);
console.log(`html-validate: ${html.files} pages, ${html.errors.length} errors, ${html.warnings.length} warnings`);

const server = await serveSite({ dist, base });
let broken = 0;
try {
  const links = await checkLinks({ dist, url: server.url });
  for (const link of links.broken) console.log(`broken ${formatBrokenLink(link)}`);
  console.log(
    `linkinator: crawled from ${links.pages} pages, ${links.checked} link targets and ${links.fragments} #fragment links checked, ${links.skipped} external links skipped, ${links.broken.length} broken`,
  );
  broken = links.broken.length;
} finally {
  await server.close();
}
process.exit(html.errors.length > 0 || broken > 0 ? 1 : 0);
