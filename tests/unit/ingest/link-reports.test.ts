import { describe, expect, test } from 'vitest';
import type { Kind } from '../../../src/schema/entry.ts';
import { kindsMatch, linkReports, listMeetings, occasionsMatch, peopleMatch, type LinkableEntry } from '../../../src/ingest/link-reports.ts';

/** A report with the given people (registry ids), dated to the precision its date implies. */
function report(id: string, kind: Kind, date: string | undefined, people: string[], bodyLength = 100, extra: Partial<LinkableEntry> = {}): LinkableEntry {
  const precision = date === undefined ? undefined : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  return {
    id,
    title: `Report ${id}`,
    kind,
    ...(date === undefined ? {} : { date }),
    ...(precision === undefined ? {} : { datePrecision: precision }),
    participants: people.map((person) => ({ name: person.replace('-', ' '), person })),
    meeting: id,
    bodyLength,
    ...extra,
  } as LinkableEntry;
}

/** The meeting of every report, as a plain object for exact comparison. */
const meetingsOf = (entries: LinkableEntry[]): Record<string, string> => Object.fromEntries(linkReports(entries).meetings);

const WANG_LAVROV = ['wang-yi', 'sergey-lavrov'];

describe('kindsMatch', () => {
  test.each([
    ['meeting', 'talks', true],
    ['talks', 'visit', true],
    ['visit', 'meeting', true],
    ['phone-call', 'phone-call', true],
    ['phone-call', 'video-call', false],
    ['meeting', 'phone-call', false],
    ['statement', 'joint-statement', false],
  ] as const)('%s ~ %s → %s', (a, b, expected) => expect(kindsMatch(a, b)).toBe(expected));
});

describe('occasionsMatch', () => {
  test.each([
    ['President Hu Jintao Attends the Welcome Banquet Hosted by U.S. President Obama', 'Hu Is Formally Welcomed to U.S.', false],
    ['Xi Jinping Holds Talks with Putin', 'Putin and Xi Jinping Hold Talks in Moscow', true],
    ['Xi Hosts Dinner for Putin', 'Putin, Xi Dine Together: Informal Dinner at the Kremlin', true],
    ['Wang Yi Attends Reception', 'Wang Yi Meets Lavrov', false],
  ])('%s ~ %s → %s', (a, b, expected) => expect(occasionsMatch(a, b)).toBe(expected));
});

describe('peopleMatch', () => {
  test.each([
    ['the same two', ['a', 'b'], ['a', 'b'], true],
    ['one in common', ['a', 'b'], ['a', 'c'], false],
    ['one each, the same', ['a'], ['a'], false],
    ['a bilateral and a trilateral', ['a', 'b'], ['a', 'b', 'c'], false],
    ['two of three in common, three each', ['a', 'b', 'c'], ['a', 'b', 'd'], true],
    ['a single participant inside a pair', ['a'], ['a', 'b'], false],
  ])('%s → %s', (_name, a, b, expected) => expect(peopleMatch(new Set(a), new Set(b))).toBe(expected));
});

describe('linkReports: which reports are one meeting', () => {
  test('two reports of a call on the same day, by the same two people, are linked', () => {
    expect(meetingsOf([report('b', 'phone-call', '2022-02-24', WANG_LAVROV), report('a', 'phone-call', '2022-02-24', WANG_LAVROV)])).toEqual({
      a: 'a',
      b: 'a',
    });
  });

  test('a day apart is close enough (time zones, late reports); two days is not', () => {
    expect(meetingsOf([report('a', 'meeting', '2014-01-21', WANG_LAVROV), report('b', 'talks', '2014-01-22', WANG_LAVROV)])['b']).toBe('a');
    expect(meetingsOf([report('a', 'meeting', '2014-01-21', WANG_LAVROV), report('b', 'talks', '2014-01-23', WANG_LAVROV)])['b']).toBe('b');
    // Across a month and a year end.
    expect(meetingsOf([report('a', 'meeting', '2013-12-31', WANG_LAVROV), report('b', 'meeting', '2014-01-01', WANG_LAVROV)])['b']).toBe('a');
  });

  test.each([
    ['different kinds of event', report('a', 'phone-call', '2022-02-24', WANG_LAVROV), report('b', 'meeting', '2022-02-24', WANG_LAVROV)],
    ['only one participant in common', report('a', 'meeting', '2022-02-24', WANG_LAVROV), report('b', 'meeting', '2022-02-24', ['wang-yi', 'antony-blinken'])],
    ['one participant each, even the same', report('a', 'meeting', '2022-02-24', ['wang-yi']), report('b', 'meeting', '2022-02-24', ['wang-yi'])],
    ['a bilateral and a trilateral', report('a', 'meeting', '2015-07-09', ['xi-jinping', 'vladimir-putin']), report('b', 'meeting', '2015-07-09', ['xi-jinping', 'vladimir-putin', 'tsakhiagiin-elbegdorj'])],
    ['both undated', report('a', 'meeting', undefined, WANG_LAVROV), report('b', 'meeting', undefined, WANG_LAVROV)],
    ['dated to the year only', report('a', 'meeting', '2014', WANG_LAVROV), report('b', 'meeting', '2014-01-21', WANG_LAVROV)],
    ['both dated to the month only', report('a', 'meeting', '2014-01', WANG_LAVROV), report('b', 'meeting', '2014-01', WANG_LAVROV)],
  ])('not linked: %s', (_name, a, b) => {
    expect(meetingsOf([a, b])).toEqual({ a: 'a', b: 'b' });
  });

  test('a banquet and the talks of the same day are two events; two reports of the banquet are one', () => {
    const entries = [
      { ...report('talks', 'talks', '2011-01-19', ['hu-jintao', 'barack-obama']), title: 'Hu Jintao Holds Talks with Obama' },
      { ...report('banquet', 'meeting', '2011-01-19', ['hu-jintao', 'barack-obama']), title: 'Hu Jintao Attends the Welcome Banquet Hosted by Obama' },
      { ...report('dinner', 'meeting', '2011-01-19', ['hu-jintao', 'barack-obama']), title: 'Obama Hosts State Dinner for Hu' },
    ];
    expect(meetingsOf(entries)).toEqual({ talks: 'talks', banquet: 'banquet', dinner: 'banquet' });
  });

  test('a single participant plus an overlap of people only mentioned is not enough', () => {
    // Mentions are not looked at at all: only participants count.
    const a = { ...report('a', 'meeting', '2022-02-24', ['wang-yi']), mentioned: [{ name: 'Sergey Lavrov', person: 'sergey-lavrov' }] };
    const b = { ...report('b', 'meeting', '2022-02-24', ['wang-yi']), mentioned: [{ name: 'Sergey Lavrov', person: 'sergey-lavrov' }] };
    expect(meetingsOf([a, b])).toEqual({ a: 'a', b: 'b' });
  });

  test('links are transitive: a~b and b~c make one meeting even when a and c are two days apart', () => {
    const entries = [
      report('a', 'meeting', '2014-01-20', WANG_LAVROV),
      report('b', 'meeting', '2014-01-21', WANG_LAVROV, 500),
      report('c', 'meeting', '2014-01-22', WANG_LAVROV),
    ];
    expect(meetingsOf(entries)).toEqual({ a: 'b', b: 'b', c: 'b' });
  });

  test('a month-dated report joins the one day-dated meeting of that month with the same people', () => {
    const entries = [
      report('day-1', 'meeting', '2014-01-21', WANG_LAVROV),
      report('day-2', 'talks', '2014-01-21', WANG_LAVROV),
      report('month', 'meeting', '2014-01', WANG_LAVROV),
    ];
    expect(meetingsOf(entries)).toEqual({ 'day-1': 'day-1', 'day-2': 'day-1', month: 'day-1' });
  });

  test('a month-dated report stays alone when two meetings of that month would fit', () => {
    const entries = [
      report('early', 'meeting', '2014-01-05', WANG_LAVROV),
      report('late', 'meeting', '2014-01-25', WANG_LAVROV),
      report('month', 'meeting', '2014-01', WANG_LAVROV),
    ];
    expect(meetingsOf(entries)).toEqual({ early: 'early', late: 'late', month: 'month' });
  });

  test('a month-dated report needs exactly the same participants, not just two in common', () => {
    const entries = [report('day', 'meeting', '2014-01-05', ['a', 'b', 'c']), report('month', 'meeting', '2014-01', ['a', 'b', 'd'])];
    expect(meetingsOf(entries)).toEqual({ day: 'day', month: 'month' });
  });

  test("the month must be the day's month", () => {
    expect(meetingsOf([report('day', 'meeting', '2014-02-01', WANG_LAVROV), report('month', 'meeting', '2014-01', WANG_LAVROV)])).toEqual({
      day: 'day',
      month: 'month',
    });
  });
});

describe('linkReports: the main report', () => {
  test('day precision first, then most participants, then longest body, then smallest id', () => {
    const three = [...WANG_LAVROV, 'john-kerry'];
    // The month-dated report has the most people and the longest body but loses to any day-dated one.
    expect(
      meetingsOf([report('z-month', 'meeting', '2014-01', three, 9999), report('y-day', 'meeting', '2014-01-21', three, 10)])['z-month'],
    ).toBe('y-day');
    expect(
      meetingsOf([report('a', 'meeting', '2014-01-21', three, 9999), report('b', 'meeting', '2014-01-21', [...three, 'x'], 10), report('c', 'talks', '2014-01-21', three, 10)])['a'],
    ).toBe('b');
    expect(meetingsOf([report('a', 'meeting', '2014-01-21', WANG_LAVROV, 100), report('b', 'meeting', '2014-01-21', WANG_LAVROV, 101)])['a']).toBe('b');
    expect(meetingsOf([report('b', 'meeting', '2014-01-21', WANG_LAVROV), report('a', 'meeting', '2014-01-21', WANG_LAVROV)])['b']).toBe('a');
  });

  test('a fuller report added later becomes the main one', () => {
    const first = [report('a', 'meeting', '2014-01-21', WANG_LAVROV, 100), report('b', 'meeting', '2014-01-21', WANG_LAVROV, 50)];
    expect(meetingsOf(first)).toEqual({ a: 'a', b: 'a' });
    expect(meetingsOf([...first, report('c', 'meeting', '2014-01-21', WANG_LAVROV, 900)])).toEqual({ a: 'c', b: 'c', c: 'c' });
  });
});

describe('linkReports: meetings set by hand', () => {
  test('an entry whose override sets its own id is left alone (unlinked)', () => {
    const entries = [report('a', 'meeting', '2014-01-21', WANG_LAVROV), report('b', 'meeting', '2014-01-21', WANG_LAVROV, 100, { meetingFixed: true })];
    expect(meetingsOf(entries)).toEqual({ a: 'a', b: 'b' });
  });

  test('a hand link to an entry follows that entry to its main report', () => {
    const entries = [
      report('a', 'meeting', '2014-01-21', WANG_LAVROV, 100),
      report('b', 'meeting', '2014-01-21', WANG_LAVROV, 900),
      // Undated: never linked automatically, so the editor linked it to a.
      report('c', 'meeting', undefined, ['wang-yi'], 5000, { meeting: 'a', meetingFixed: true }),
    ];
    expect(meetingsOf(entries)).toEqual({ a: 'b', b: 'b', c: 'b' });
  });

  test('a hand-linked entry does not pull others into its meeting', () => {
    const entries = [
      report('a', 'meeting', '2014-01-21', WANG_LAVROV, 100, { meeting: 'x', meetingFixed: true }),
      report('b', 'meeting', '2014-01-21', WANG_LAVROV),
      report('x', 'meeting', '2014-05-01', ['wang-yi', 'john-kerry']),
    ];
    expect(meetingsOf(entries)).toEqual({ a: 'x', b: 'b', x: 'x' });
  });

  test('chains of hand links are followed; a missing target or a circle is a problem', () => {
    const chain = [
      report('a', 'meeting', undefined, [], 1, { meeting: 'b', meetingFixed: true }),
      report('b', 'meeting', undefined, [], 1, { meeting: 'c', meetingFixed: true }),
      report('c', 'meeting', undefined, []),
    ];
    expect(linkReports(chain)).toEqual({ meetings: new Map([['a', 'c'], ['b', 'c'], ['c', 'c']]), problems: [] });

    const broken = [
      report('a', 'meeting', undefined, [], 1, { meeting: 'gone', meetingFixed: true }),
      report('b', 'meeting', undefined, [], 1, { meeting: 'c', meetingFixed: true }),
      report('c', 'meeting', undefined, [], 1, { meeting: 'b', meetingFixed: true }),
    ];
    expect(linkReports(broken).problems).toEqual([
      { id: 'a', message: 'meeting: no entry has id "gone"' },
      { id: 'b', message: 'meeting: the links go round in a circle: b → c → b' },
      { id: 'c', message: 'meeting: the links go round in a circle: c → b → c' },
    ]);
  });
});

describe('linkReports: order independence', () => {
  test('every order of the input gives the same meetings', () => {
    const entries = [
      report('p1', 'phone-call', '2022-02-24', WANG_LAVROV, 300),
      report('p2', 'phone-call', '2022-02-25', WANG_LAVROV, 200),
      report('p3', 'phone-call', '2022-02', WANG_LAVROV, 900),
      report('m1', 'meeting', '2022-02-24', WANG_LAVROV),
      report('m2', 'visit', '2022-02-24', WANG_LAVROV),
      report('u', 'meeting', undefined, WANG_LAVROV),
    ];
    const expected = { p1: 'p1', p2: 'p1', p3: 'p1', m1: 'm1', m2: 'm1', u: 'u' };
    // Every rotation and its reverse.
    for (let shift = 0; shift < entries.length; shift += 1) {
      const rotated = [...entries.slice(shift), ...entries.slice(0, shift)];
      expect(meetingsOf(rotated)).toEqual(expected);
      expect(meetingsOf(rotated.reverse())).toEqual(expected);
    }
  });
});

describe('listMeetings', () => {
  test('lists meetings with two or more reports, sorted, main report included', () => {
    expect(
      listMeetings([
        { id: 'c', meeting: 'b' },
        { id: 'a', meeting: 'a' },
        { id: 'b', meeting: 'b' },
        { id: 'z', meeting: 'y' },
        { id: 'y', meeting: 'y' },
      ]),
    ).toEqual([
      { meeting: 'b', reports: ['b', 'c'] },
      { meeting: 'y', reports: ['y', 'z'] },
    ]);
  });
});
