/**
 * Shared pieces of the property tests: how many cases each property runs, a counter that
 * records how many were generated, the registry, and generators of bulletin-shaped text built
 * from realistic fragments (datelines, header lines, registry names, junk lines).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { readRegistry } from '../../src/registry/read-registry.ts';

/** Cases per property: at least 10,000 in CI, as the integrity issue asks. */
export const NUM_RUNS = 10_000;

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

/** The sample corpus's curated registry: the names, places and topics the parser knows. */
export const REGISTRY = readRegistry(join(ROOT, 'content', 'registry'));

/**
 * Counts the cases a property ran and prints the count, so CI's log (and the closing note of
 * the issue) shows how many inputs were tried.
 */
export function caseCounter(name: string): { count: () => void; report: () => number } {
  let cases = 0;
  return {
    count: () => {
      cases++;
    },
    report: () => {
      process.stdout.write(`property "${name}": ${cases} cases generated\n`);
      return cases;
    },
  };
}

/** The texts of the committed bulletin fixtures, by file name, for the run-level properties. */
export function fixtureBulletins(): { name: string; bytes: Uint8Array }[] {
  const folders = [
    'ingest-small-bulletin-folder',
    'ingest-re-posts-of-one-bulletin',
    'ingest-three-reports-of-one-call',
    'ingest-byte-identical-copies',
    join('hostile-input', 'files'),
  ];
  const bulletins: { name: string; bytes: Uint8Array }[] = [];
  for (const folder of folders) {
    for (const name of readdirSync(join(FIXTURES, folder)).sort()) {
      if (name.endsWith('.txt')) bulletins.push({ name: `${folder.replace(/\W+/g, '-')}--${name}`, bytes: readFileSync(join(FIXTURES, folder, name)) });
    }
  }
  return bulletins;
}

const PEOPLE = REGISTRY.people.map((person) => person.name);
const PLACES = ['Beijing', 'Moscow', 'Montreux, Switzerland', 'New York', 'Astana', 'Geneva', 'Washington', 'Tokyo', 'Paris', 'Xi\'an'];
const MONTHS = ['January', 'Feb.', 'March', 'Sept.', 'December', 'Jan'];
const AGENCIES = ['Xinhua', 'TASS', 'AP', 'Reuters', 'RIA Novosti'];
const ROLES = ['Foreign Minister', 'President', 'State Councilor and Foreign Minister', 'Premier', 'Prime Minister', 'Ambassador'];
const VERBS = ['met with', 'held talks with', 'held a telephone conversation with', 'exchanged messages with', 'will meet', 'did not meet', 'received', 'visited'];

const person = fc.constantFrom(...PEOPLE);
const role = fc.constantFrom(...ROLES);
const place = fc.constantFrom(...PLACES);
const day = fc.integer({ min: 0, max: 32 });
const year = fc.integer({ min: 1990, max: 2030 });
const month = fc.constantFrom(...MONTHS);

/** A string of arbitrary code points (surrogates, controls, U+FFFD, NUL, RTL marks ...). */
export const anyText = (maxLength = 60): fc.Arbitrary<string> => fc.string({ unit: 'binary', maxLength });

/** Lines a crawled or copied bulletin really holds, and the junk around them. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(place, month, day, fc.constantFrom(...AGENCIES)).map(([p, m, d, a]) => `${p.toUpperCase()}, ${m} ${d} (${a}) --`),
  fc.tuple(year, fc.integer({ min: 0, max: 13 }), day).map(([y, m, d]) => ` date ${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.tuple(role, person, fc.constantFrom(...VERBS), role, person, place, month, day, year).map(
    ([r1, p1, v, r2, p2, pl, m, d, y]) => `${r1} ${p1} ${v} ${r2} ${p2} in ${pl} on ${m} ${d}, ${y}.`,
  ),
  fc.tuple(person, anyText(40)).map(([p, t]) => `${p} said ${t}.`),
  fc.tuple(anyText(30)).map(([t]) => `Title: ${t}`),
  fc.webUrl().map((url) => `URL: ${url}`),
  fc.tuple(fc.constantFrom(...AGENCIES), year, day).map(([a, y, d]) => `Source:${a} Published: ${y}/3/${d} 10:26:05`),
  fc.constantFrom(
    'Home > News > Diplomacy',
    'Share this article: Facebook Twitter Email Print',
    'Copyright © 1998-2024 All rights reserved.',
    '---',
    '# Heading',
    '| a | b |',
    '<script>alert(1)</script>',
    '[link](javascript:alert(1))',
    'key: value',
    '',
    '   ',
    '\t',
    '.....',
    '- - - - - - - -',
    'A. A. A. A. A.',
    '(R)',
    '\u0000',
    '\uFEFF',
    '\u2028',
  ),
  anyText(80),
);

/** Bulletin-shaped text: a dozen lines of realistic fragments and junk, joined by LF, CRLF or blank lines. */
export const bulletinText: fc.Arbitrary<string> = fc
  .tuple(fc.array(fragment, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\n\n', ' '))
  .map(([lines, separator]) => lines.join(separator));
