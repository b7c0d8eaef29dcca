import { describe, expect, test } from 'vitest';
import {
  CSV_COLUMNS,
  joinList,
  neutraliseFormula,
  sortById,
  toCsv,
  toCsvCell,
  toCsvNumber,
  toExportRecord,
  toFeedDate,
  toFeedItems,
  toJson,
  toParagraphs,
  toRecordsCsv,
  toXmlText,
  type ExportContext,
} from '../../../src/lib/export.ts';
import { groupIntoMeetings } from '../../../src/lib/meetings.ts';
import { makeEntry, participant } from './make-entry.ts';

const toUrl = (id: string) => `https://example.org/archive/meetings/${id}/`;
const REGISTRY: Record<string, string> = { 'sergey-lavrov': 'Sergey Lavrov', 'wang-yi': 'Wang Yi' };
const context = (fields: Partial<ExportContext> = {}): ExportContext => ({
  body: 'First paragraph.\n\nSecond one.\n',
  toUrl,
  mainId: 'a',
  registryName: (id) => REGISTRY[id],
  ...fields,
});

describe('toParagraphs', () => {
  test.each([
    ['blank-line separated blocks', 'One.\n\nTwo.\n', ['One.', 'Two.']],
    ['backslash escapes removed', 'Talks \\*not\\* \\<b\\>held\\</b\\> \\& \\[1\\] 50\\% \\\\ end', ['Talks *not* <b>held</b> & [1] 50% \\ end']],
    ['an escaped line start', '2014\\. A year.', ['2014. A year.']],
    ['CRLF, hard wraps and blank lines with spaces', 'One\r\nline.\r\n  \r\nTwo.', ['One line.', 'Two.']],
    ['an empty body', '', []],
  ])('%s', (_, body, expected) => {
    expect(toParagraphs(body)).toEqual(expected);
  });
});

describe('toExportRecord', () => {
  test('keeps every frontmatter field, adds URLs, registry names and paragraphs', () => {
    const entry = makeEntry('b', {
      meeting: 'a',
      participants: [participant('sergey-lavrov', 'RU', { name: 'Sergei Lavrov' }), participant('kim-jong-un', 'KP')],
      mentioned: [{ name: 'Wang Yi', person: 'wang-yi' }, { name: 'Lavrov', person: 'sergey-lavrov' }],
    });
    const record = toExportRecord(entry, context());
    expect(record).toMatchObject(entry);
    expect(record.url).toBe('https://example.org/archive/meetings/b/');
    expect(record.meetingUrl).toBe('https://example.org/archive/meetings/a/');
    expect(record.mainReport).toBe(false);
    expect(record.people).toEqual([
      { id: 'sergey-lavrov', name: 'Sergey Lavrov', provisional: false },
      { id: 'kim-jong-un', name: 'Kim Jong Un', provisional: true },
      { id: 'wang-yi', name: 'Wang Yi', provisional: false },
    ]);
    expect(record.paragraphs).toEqual(['First paragraph.', 'Second one.']);
    // The schema's fields first, in the schema's order, then the added ones.
    expect(Object.keys(record).slice(-5)).toEqual(['url', 'meetingUrl', 'mainReport', 'people', 'paragraphs']);
  });

  test('the main report links its meeting to itself', () => {
    const record = toExportRecord(makeEntry('a'), context());
    expect(record.mainReport).toBe(true);
    expect(record.meetingUrl).toBe(record.url);
  });
});

describe('CSV cells', () => {
  test.each([
    ['plain text', 'Montreux', 'Montreux'],
    ['a comma', 'Wang Yi, Foreign Minister', '"Wang Yi, Foreign Minister"'],
    ['double quotes, doubled', 'the "Spirit of Geneva"', '"the ""Spirit of Geneva"""'],
    ['a line feed', 'one\ntwo', '"one\ntwo"'],
    ['a carriage return inside', 'one\rtwo', '"one\rtwo"'],
    ['nothing', undefined, ''],
    ['an empty string', '', ''],
    ['a semicolon needs no quotes', 'CN; RU', 'CN; RU'],
  ])('%s', (_, value, expected) => {
    expect(toCsvCell(value)).toBe(expected);
  });

  test.each([
    ['=', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+', '+1 202 555 0100', "'+1 202 555 0100"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['a tab', '\t=1', "'\t=1"],
    ['a carriage return', '\r=1', `"'\r=1"`],
  ])('text starting with %s is neutralised with an apostrophe', (_, value, expected) => {
    expect(toCsvCell(value)).toBe(expected);
  });

  test('only the start of a cell counts', () => {
    expect(neutraliseFormula('a=b, c-d')).toBe('a=b, c-d');
    expect(neutraliseFormula("'quoted")).toBe("'quoted");
  });

  test.each([
    [46.433, '46.433'],
    [-33.8688, '-33.8688'],
    [-0, '0'],
    [0, '0'],
    [180, '180'],
    [1e-7, '0.0000001'],
    [-1.25e-8, '-0.0000000125'],
    [1.5e21, '1500000000000000000000'],
  ])('the number %d is written as %s, never neutralised or in exponent form', (value, expected) => {
    expect(toCsvNumber(value)).toBe(expected);
    expect(toCsvCell(value)).toBe(expected);
  });

  test.each([NaN, Infinity, -Infinity])('%d cannot be written', (value) => {
    expect(() => toCsvNumber(value)).toThrow(RangeError);
  });

  test('a list joins with "; " and an empty list is an empty cell', () => {
    expect(joinList(['wang-yi', 'sergey-lavrov'])).toBe('wang-yi; sergey-lavrov');
    expect(joinList([])).toBe('');
  });

  test('rows end in CRLF, the last one included', () => {
    expect(toCsv([['a', 'b'], ['1,2', 3], [undefined, '-x']])).toBe('a,b\r\n"1,2",3\r\n,\'-x\r\n');
  });
});

describe('toRecordsCsv', () => {
  test('a header, then one row per record with lists joined and coordinates as numbers', () => {
    const entry = makeEntry('2014-01-21-a', {
      date: '2014-01-21',
      datePrecision: 'day',
      participants: [participant('wang-yi', 'CN', { name: 'Wang Yi' }), participant('sergey-lavrov', 'RU', { name: 'Sergei Lavrov' }), participant('zhang-ming', 'CN')],
      location: { city: 'Quito', country: 'EC', place: 'quito-ec', coordinates: { lat: -0.2298, lon: -78.525 } },
      topics: ['strategic-partnership', 'olympic-games'],
      source: { file: '=cmd.txt', sha256: 'a'.repeat(64), url: 'https://example.org/a?b=1,2', publisher: 'Xinhua' },
    });
    const csv = toRecordsCsv([toExportRecord(entry, context({ mainId: '2014-01-21-a' }))]);
    const [header, row, rest] = csv.split('\r\n');
    expect(header).toBe(CSV_COLUMNS.map((c) => c.name).join(','));
    expect(header).toBe(
      'id,meeting,url,title,date,datePrecision,kind,participants,participantIds,countries,city,country,place,lat,lon,topics,organizations,sourceFile,sourceUrl,sha256,publisher',
    );
    expect(row).toBe(
      [
        '2014-01-21-a',
        '2014-01-21-a',
        'https://example.org/archive/meetings/2014-01-21-a/',
        'Title of 2014-01-21-a',
        '2014-01-21',
        'day',
        'meeting',
        'Wang Yi; Sergey Lavrov; Zhang Ming',
        'wang-yi; sergey-lavrov; zhang-ming',
        'CN; RU',
        'Quito',
        'EC',
        'quito-ec',
        '-0.2298',
        '-78.525',
        'strategic-partnership; olympic-games',
        '',
        "'=cmd.txt",
        '"https://example.org/a?b=1,2"',
        'a'.repeat(64),
        'Xinhua',
      ].join(','),
    );
    expect(rest).toBe('');
  });
});

test('sortById orders by code unit, whatever the locale', () => {
  expect(sortById([{ id: 'undated-b' }, { id: '2014-a' }, { id: 'Z' }, { id: '2013-z' }]).map((r) => r.id)).toEqual([
    '2013-z',
    '2014-a',
    'Z',
    'undated-b',
  ]);
});

test('toJson is indented and ends in a newline', () => {
  expect(toJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
});

describe('toFeedDate', () => {
  test.each([
    ['2014-01-21', 'day', '2014-01-21T00:00:00.000Z'],
    ['2020-12', 'month', '2020-12-01T00:00:00.000Z'],
    ['2019', 'year', '2019-01-01T00:00:00.000Z'],
  ] as const)('%s (%s) is %s', (date, precision, expected) => {
    expect(toFeedDate(date, precision).toISOString()).toBe(expected);
  });

  test('a date of another precision is refused', () => {
    expect(() => toFeedDate('2014-01', 'day')).toThrow(/2014-01.*day/);
  });
});

describe('toFeedItems', () => {
  const entries = [
    makeEntry('2020-12-a', { date: '2020-12', datePrecision: 'month', topics: ['covid-19', 'unknown-topic'] }),
    makeEntry('2014-01-21-main', { date: '2014-01-21', datePrecision: 'day' }),
    makeEntry('2014-01-21-second', { date: '2014-01-21', datePrecision: 'day', meeting: '2014-01-21-main' }),
    makeEntry('2013-05-01-old', { date: '2013-05-01', datePrecision: 'day' }),
    makeEntry('undated-x'),
  ];
  const feedContext = {
    toUrl,
    bodyOf: (id: string) => `First of ${id}, \\*escaped\\*.\n\nSecond.`,
    labelOf: (id: string) => ({ 'covid-19': 'COVID-19' })[id] ?? id,
    limit: 50,
  };

  test('one item per dated meeting, newest first, linking to the main report', () => {
    const items = toFeedItems(groupIntoMeetings(entries), feedContext);
    expect(items.map((item) => item.link)).toEqual([toUrl('2020-12-a'), toUrl('2014-01-21-main'), toUrl('2013-05-01-old')]);
    expect(items[0]).toEqual({
      title: 'Title of 2020-12-a',
      link: toUrl('2020-12-a'),
      pubDate: new Date(Date.UTC(2020, 11, 1)),
      description: 'First of 2020-12-a, *escaped*.',
      categories: ['COVID-19', 'unknown-topic'],
    });
  });

  test('at most `limit` items', () => {
    expect(toFeedItems(groupIntoMeetings(entries), { ...feedContext, limit: 2 })).toHaveLength(2);
  });

  test('titles, descriptions and categories lose the characters XML forbids', () => {
    const [item] = toFeedItems(groupIntoMeetings([makeEntry('2020-12-a', { date: '2020-12', datePrecision: 'month', title: 'A\u0001B\u001b[31m', topics: ['t'] })]), {
      ...feedContext,
      bodyOf: () => 'Para\u0008graph.',
      labelOf: () => 'Lab\uFFFEel',
    });
    expect(item).toMatchObject({ title: 'AB[31m', description: 'Paragraph.', categories: ['Label'] });
  });
});

describe('toXmlText', () => {
  test.each([
    ['keeps tab, line feed and carriage return', 'a\tb\nc\rd', 'a\tb\nc\rd'],
    ['keeps markup characters (the feed writer escapes them)', '<script>&"\'', '<script>&"\''],
    ['keeps text beyond the BMP', 'emoji 😀 and 𠀀', 'emoji 😀 and 𠀀'],
    ['drops C0 controls', 'a\u0000b\u0001c\u001bd\u000be', 'abcde'],
    ['drops U+FFFE and U+FFFF', 'a\uFFFEb\uFFFFc', 'abc'],
    ['drops lone surrogates', 'a\uD800b\uDC00c', 'abc'],
  ])('%s', (_, text, expected) => {
    expect(toXmlText(text)).toBe(expected);
  });
});
