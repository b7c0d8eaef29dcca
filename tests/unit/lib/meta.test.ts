import { describe, expect, test } from 'vitest';
import { toDescription, toHighwireDate, toMeetingMeta, type MeetingMetaSource } from '../../../src/lib/meta.ts';

describe('toHighwireDate', () => {
  test.each([
    ['2014-01-21', '2014/01/21'],
    ['2014-01', '2014/01'],
    ['2014', '2014'],
  ])('%s → %s', (input, expected) => expect(toHighwireDate(input)).toBe(expected));
});

describe('toDescription', () => {
  test('the first paragraph, escapes removed and spaces collapsed', () => {
    expect(toDescription('\n\nFirst  line\\* here.\n\nSecond.')).toBe('First line* here.');
  });

  test('a long paragraph is cut at a word with an ellipsis, within the limit', () => {
    const out = toDescription('word '.repeat(100), 50) ?? '';
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out).toMatch(/word\u2026$/);
  });

  test('an empty body has none', () => {
    expect(toDescription('  \n\n ')).toBeUndefined();
  });
});

const SOURCE: MeetingMetaSource = {
  title: 'Wang Yi Meets Lavrov',
  date: '2014-01',
  datePrecision: 'month',
  permalink: 'https://example.org/meetings/x/',
  description: 'In January 2014 ...',
  keywords: ['Ukraine crisis', 'Arms control'],
  siteName: 'Archive',
};
const content = (tags: ReturnType<typeof toMeetingMeta>, key: string) =>
  tags.filter((t) => ('name' in t ? t.name : t.property) === key).map((t) => t.content);

describe('toMeetingMeta', () => {
  test('Highwire tags at the date precision the text supports', () => {
    const tags = toMeetingMeta(SOURCE);
    expect(content(tags, 'citation_title')).toEqual(['Wang Yi Meets Lavrov']);
    expect(content(tags, 'citation_publication_date')).toEqual(['2014/01']);
    expect(content(tags, 'citation_date')).toEqual(['2014/01']);
    expect(content(tags, 'citation_publisher')).toEqual(['Archive']);
    expect(content(tags, 'citation_public_url')).toEqual(['https://example.org/meetings/x/']);
    expect(content(tags, 'citation_language')).toEqual(['en']);
    expect(content(tags, 'citation_keywords')).toEqual(['Ukraine crisis; Arms control']);
  });

  test('the author is the issuing agency, and absent rather than guessed', () => {
    expect(content(toMeetingMeta(SOURCE), 'citation_author')).toEqual([]);
    expect(content(toMeetingMeta({ ...SOURCE, publisher: 'Xinhua' }), 'citation_author')).toEqual(['Xinhua']);
  });

  test('an undated report has no date tags', () => {
    const tags = toMeetingMeta({ ...SOURCE, date: undefined, datePrecision: undefined });
    expect(content(tags, 'citation_publication_date')).toEqual([]);
  });

  test('Open Graph as an article', () => {
    const tags = toMeetingMeta(SOURCE);
    expect(content(tags, 'og:type')).toEqual(['article']);
    expect(content(tags, 'og:url')).toEqual(['https://example.org/meetings/x/']);
    expect(content(tags, 'og:description')).toEqual(['In January 2014 ...']);
    expect(content(tags, 'og:site_name')).toEqual(['Archive']);
  });
});
