import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mayMatch, patternNeeds, prepareText as prepareWith, toPrefilter } from '../../../src/ingest/topic-prefilter.ts';
import { curatedRegistry } from '../registry/curated-registry.ts';

const registry = curatedRegistry();
const sources = [...registry.topics, ...registry.organizations].flatMap((term) => term.match);
// The scanners of the test's own patterns and of the registry's, as parseTopics builds them.
const prefilter = toPrefilter(
  [...sources, '\\bIran(?:ian)? nuclear\\b|\\bJCPOA\\b', '(?i:\\bsyria\\b)'].map((source) => patternNeeds(source)),
);
const prepareText = (text: string) => prepareWith(text, prefilter);

describe('patternNeeds', () => {
  test.each([
    ['\\bSyria', [{ text: 'Syria', folded: false, wordStart: true, key: 'Syr' }]],
    ['\\bUyghurs?\\b', [{ text: 'Uyghur', folded: false, wordStart: true, key: 'Uyg' }]],
    ['\\bU\\.N\\.(?!\\w)', [{ text: 'U.N.', folded: false, wordStart: true, key: 'U' }]],
    [
      '\\bTHAAD\\b|(?i:\\bmissile defen[cs]e\\b)',
      [
        { text: 'THAAD', folded: false, wordStart: true, key: 'THA' },
        { text: 'missile defen', folded: true, wordStart: true, key: 'mis' },
      ],
    ],
    ['Organi[sz]ation', [{ text: 'Organi', folded: false, wordStart: false, key: 'Org' }]],
    [
      '(?i:\\b(?:Olympic|Paralympic)s? Games)',
      [
        { text: 'olympic', folded: true, wordStart: true, key: 'oly' },
        { text: 'paralympic', folded: true, wordStart: true, key: 'par' },
      ],
    ],
  ])('%s needs one of its leading literals', (source, needs) => {
    expect(patternNeeds(source)).toEqual(needs);
  });

  test.each(['(?<!\\d )\\bYears? of', '(?i:\\b\\d+(?:st|nd) anniversary\\b)', '\\bA|(?:B|C)?D', '[Tt]rade'])(
    '%s: an alternative without a leading literal means the pattern always runs',
    (source) => {
      expect(patternNeeds(source)).toBeNull();
    },
  );
});

describe('mayMatch', () => {
  test('skips a pattern whose literals are not word starts of the text, keeps one whose are', () => {
    const needs = patternNeeds('\\bIran(?:ian)? nuclear\\b|\\bJCPOA\\b');
    expect(mayMatch(needs, prepareText('Talks on Syria and Libya.'))).toBe(false);
    // "Irate" starts like "Iran": let through, the regex decides.
    expect(mayMatch(needs, prepareText('An irate Irate.'))).toBe(true);
    expect(mayMatch(needs, prepareText('The JCPOA was discussed.'))).toBe(true);
  });

  test('folded literals compare in lower case, and give way to characters that case-fold to ASCII', () => {
    const needs = patternNeeds('(?i:\\bsyria\\b)');
    expect(mayMatch(needs, prepareText('SYRIA'))).toBe(true);
    expect(mayMatch(needs, prepareText('Iraq'))).toBe(false);
    // /(?i:syria)/u matches "ſyria" (long s), which toLowerCase leaves as it is.
    expect(new RegExp('(?i:\\bsyria\\b)', 'u').test('ſyria')).toBe(true);
    expect(mayMatch(needs, prepareText('ſyria'))).toBe(true);
  });

  test('never skips a registry pattern that matches (generated texts around the literals)', () => {
    const compiled = sources.map((source) => ({ regex: new RegExp(source, 'u'), needs: patternNeeds(source) }));
    const pieces = [
      ...sources.flatMap((source) => source.replace(/\\[a-z]/gi, ' ').split(/[^A-Za-z0-9 -]+/)).filter((piece) => piece.trim() !== ''),
      ' ', '-', '.', ',', 'ſ', '\u212a', 'İ', 'é', '\n', 'the', 'S', 'anniversary', '70th',
    ];
    const parts = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, fc.string({ maxLength: 4 })), { maxLength: 12 });
    const text = fc
      .tuple(parts, fc.constantFrom(' ', '', '-'), fc.boolean())
      .map(([words, separator, upper]) => (upper ? words.join(separator).toUpperCase() : words.join(separator)));
    let matched = 0;
    fc.assert(
      fc.property(text, (value) => {
        const prepared = prepareText(value);
        for (const { regex, needs } of compiled) {
          if (!regex.test(value)) continue;
          matched += 1;
          expect(mayMatch(needs, prepared)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
    // The texts do reach the patterns: the property was tested, not skipped.
    expect(matched).toBeGreaterThan(500);
  });
});
