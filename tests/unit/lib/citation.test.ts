import { describe, expect, test } from 'vitest';
import { escapeBibtex, toBibtex, toChicagoNote, toCitationDate, type CitationSource } from '../../../src/lib/citation.ts';

const BASE: CitationSource = {
  id: '2014-01-21-wang-yi-sergey-lavrov-20f3d1',
  title: 'Wang Yi Meets with Foreign Minister of Russia',
  date: '2014-01-21',
  datePrecision: 'day',
  file: '003_7429d5b04bd00a51.txt',
  permalink: 'https://example.org/archive/meetings/2014-01-21-wang-yi-sergey-lavrov-20f3d1/',
  archive: 'Diplomatic Records Archive',
};

describe('toCitationDate', () => {
  test.each([
    [{ date: '2014-01-21', datePrecision: 'day' as const }, { value: '2014-01-21', precision: 'day' }],
    [{ date: '2014-01', datePrecision: 'month' as const }, { value: '2014-01', precision: 'month' }],
    [{ date: '2014', datePrecision: 'year' as const }, { value: '2014', precision: 'year' }],
    // The document is dated by its own publication when known, not by the event it reports.
    [{ date: '2020-12', datePrecision: 'month' as const, published: '2021-01-05' }, { value: '2021-01-05', precision: 'day' }],
    [{}, undefined],
  ])('%o → %o', (source, expected) => {
    expect(toCitationDate(source)).toEqual(expected);
  });
});

describe('toChicagoNote', () => {
  test('a dated report with a publisher: corporate author, quoted title, full date, archive, permalink', () => {
    expect(toChicagoNote({ ...BASE, publisher: 'Xinhua' })).toBe(
      'Xinhua, \u201CWang Yi Meets with Foreign Minister of Russia,\u201D January 21, 2014, Diplomatic Records Archive, https://example.org/archive/meetings/2014-01-21-wang-yi-sergey-lavrov-20f3d1/.',
    );
  });

  test('a month-dated report gives the month only, and no author when none is known', () => {
    expect(toChicagoNote({ ...BASE, date: '2014-01', datePrecision: 'month' })).toBe(
      '\u201CWang Yi Meets with Foreign Minister of Russia,\u201D January 2014, Diplomatic Records Archive, https://example.org/archive/meetings/2014-01-21-wang-yi-sergey-lavrov-20f3d1/.',
    );
  });

  test('an undated report says n.d. rather than inventing a date', () => {
    expect(toChicagoNote({ ...BASE, date: undefined, datePrecision: undefined })).toContain('Russia,\u201D n.d., Diplomatic');
  });

  test('has no access date, so two builds give the same text', () => {
    expect(toChicagoNote(BASE)).not.toMatch(/accessed/i);
  });

  test('quotes inside the title become single quotes; a closing ? takes no comma', () => {
    expect(toChicagoNote({ ...BASE, title: 'Lavrov on the "political virus"' })).toContain('\u201CLavrov on the \u2018political virus\u2019,\u201D');
    expect(toChicagoNote({ ...BASE, title: 'What next for START?' })).toContain('\u201CWhat next for START?\u201D January');
  });
});

describe('escapeBibtex', () => {
  test.each([
    ['A & B', 'A \\& B'],
    ['50% {more}', '50\\% \\{more\\}'],
    ['$5 #1 a_b', '\\$5 \\#1 a\\_b'],
    ['say "hi"', 'say {"}hi{"}'],
    ['a~b^c\\d', 'a\\textasciitilde{}b\\textasciicircum{}c\\textbackslash{}d'],
    ['Müller', 'Müller'],
  ])('%s → %s', (input, expected) => {
    expect(escapeBibtex(input)).toBe(expected);
  });
});

describe('toBibtex', () => {
  test('a day-dated report with publisher and source address', () => {
    expect(toBibtex({ ...BASE, publisher: 'Xinhua News Agency', sourceUrl: 'https://www.fmprc.gov.cn/eng/x_y.html' })).toBe(
      [
        '@misc{2014-01-21-wang-yi-sergey-lavrov-20f3d1,',
        '  title = {{Wang Yi Meets with Foreign Minister of Russia}},',
        '  author = {{Xinhua News Agency}},',
        '  year = {2014},',
        '  month = jan,',
        '  date = {2014-01-21},',
        '  howpublished = {\\url{https://example.org/archive/meetings/2014-01-21-wang-yi-sergey-lavrov-20f3d1/}},',
        '  url = {https://example.org/archive/meetings/2014-01-21-wang-yi-sergey-lavrov-20f3d1/},',
        '  note = {Diplomatic Records Archive; source file 003\\_7429d5b04bd00a51.txt; publisher Xinhua News Agency; original at \\url{https://www.fmprc.gov.cn/eng/x_y.html}}',
        '}',
      ].join('\n'),
    );
  });

  test('month precision: year and month, an ISO date without a day', () => {
    const record = toBibtex({ ...BASE, date: '2020-12', datePrecision: 'month' });
    expect(record).toContain('  year = {2020},\n  month = dec,\n  date = {2020-12},');
  });

  test('year precision: no month', () => {
    const record = toBibtex({ ...BASE, date: '2014', datePrecision: 'year' });
    expect(record).toContain('  year = {2014},\n  date = {2014},');
    expect(record).not.toContain('month');
  });

  test('undated: no date fields at all', () => {
    const record = toBibtex({ ...BASE, date: undefined, datePrecision: undefined });
    expect(record).not.toMatch(/\b(year|month|date) =/);
  });

  test('escapes quotes, braces and ampersands in the title so every field stays balanced', () => {
    const record = toBibtex({ ...BASE, title: 'Talks on "R&D" {draft} 100%' });
    expect(record).toContain('  title = {{Talks on {"}R\\&D{"} \\{draft\\} 100\\%}},');
    // Unescaped braces balance in every field line (the first and last lines open and close the record).
    for (const line of record.split('\n').slice(1, -1)) {
      const unescaped = line.replace(/\\[{}]/g, '');
      expect(unescaped.split('{').length, line).toBe(unescaped.split('}').length);
    }
  });

  test('a URL with braces or spaces is percent-encoded, not escaped', () => {
    expect(toBibtex({ ...BASE, sourceUrl: 'https://x.org/a b{c}' })).toContain('original at \\url{https://x.org/a%20b%7Bc%7D}');
  });
});
