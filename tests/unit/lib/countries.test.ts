import { describe, expect, test } from 'vitest';
import {
  getCountryView,
  groupByCountry,
  indexMeetingsByCountry,
  NO_COUNTERPART,
  summariseCountries,
  toPairLabel,
  UNKNOWN_COUNTRY,
} from '../../../src/lib/countries.ts';
import { groupIntoMeetings } from '../../../src/lib/meetings.ts';
import { makeEntry, participant } from './make-entry.ts';

const day = (date: string) => ({ date, datePrecision: 'day' as const });

const meetings = groupIntoMeetings([
  makeEntry('cn-ru-1', { ...day('2014-01-21'), participants: [participant('wang-yi', 'CN'), participant('sergey-lavrov', 'RU')], location: { city: 'Montreux', country: 'CH', place: 'montreux-ch' } }),
  // A second report of the same meeting: counted once.
  makeEntry('cn-ru-1-tass', { ...day('2014-01-21'), meeting: 'cn-ru-1', participants: [participant('sergey-lavrov', 'RU')] }),
  makeEntry('cn-ru-2', { ...day('2020-12-30'), participants: [participant('wang-yi', 'CN'), participant('sergey-lavrov', 'RU')], location: { city: 'Moscow', country: 'RU', place: 'moscow-ru' } }),
  makeEntry('cn-ru-in', { ...day('2019-07-26'), participants: [participant('wang-yi', 'CN'), participant('sergey-lavrov', 'RU'), participant('s-jaishankar', 'IN')], location: { country: 'CN' } }),
  makeEntry('cn-only', { ...day('2018-03-08'), kind: 'press-conference', participants: [participant('wang-yi', 'CN')], location: { city: 'Beijing', country: 'CN', place: 'beijing-cn' } }),
  makeEntry('unknown', { participants: [participant('someone')] }),
]);

describe('groupByCountry', () => {
  test('groups alphabetical by country name, unknown country last, items in order', () => {
    const people = [
      { name: 'Lavrov', country: 'RU' },
      { name: 'Someone' },
      { name: 'Wang', country: 'CN' },
      { name: 'Zakharova', country: 'RU' },
      { name: 'Jaishankar', country: 'IN' },
    ];
    const groups = groupByCountry(people, (p) => p.country);
    expect(groups.map((g) => [g.code, g.name, g.items.map((p) => p.name)])).toEqual([
      ['CN', 'China', ['Wang']],
      ['IN', 'India', ['Jaishankar']],
      ['RU', 'Russia', ['Lavrov', 'Zakharova']],
      [undefined, UNKNOWN_COUNTRY, ['Someone']],
    ]);
  });

  test('nothing in, nothing out', () => {
    expect(groupByCountry([], () => 'CN')).toEqual([]);
  });
});

describe('summariseCountries', () => {
  test('counts meetings with the country’s people and meetings held there, alphabetical', () => {
    expect(summariseCountries(meetings)).toEqual([
      { code: 'CN', name: 'China', meetings: 4, hosted: 2 },
      { code: 'IN', name: 'India', meetings: 1, hosted: 0 },
      { code: 'RU', name: 'Russia', meetings: 3, hosted: 1 },
      { code: 'CH', name: 'Switzerland', meetings: 0, hosted: 1 },
    ]);
  });

  test('extra countries (of people with pages) are listed with zero counts', () => {
    expect(summariseCountries([], ['FR'])).toEqual([{ code: 'FR', name: 'France', meetings: 0, hosted: 0 }]);
  });
});

describe('getCountryView', () => {
  test('the bilateral view of China: counterparts with counts, most first, no-counterpart last', () => {
    const view = getCountryView(meetings, 'CN');
    expect(view.meetings.map((m) => m.id)).toEqual(['cn-ru-2', 'cn-ru-in', 'cn-only', 'cn-ru-1']);
    expect(view.counterparts.map((c) => [c.code, c.name, c.meetings.map((m) => m.id)])).toEqual([
      ['RU', 'Russia', ['cn-ru-2', 'cn-ru-in', 'cn-ru-1']],
      ['IN', 'India', ['cn-ru-in']],
      [undefined, NO_COUNTERPART, ['cn-only']],
    ]);
    expect(view.hosted.map((m) => m.id)).toEqual(['cn-ru-in', 'cn-only']);
  });

  test('a country that only hosts has no meetings of its own', () => {
    const view = getCountryView(meetings, 'CH');
    expect(view.meetings).toEqual([]);
    expect(view.counterparts).toEqual([]);
    expect(view.hosted.map((m) => m.id)).toEqual(['cn-ru-1']);
  });
});

describe('indexMeetingsByCountry', () => {
  test("a country's indexed meetings give the same view as the whole archive", () => {
    const index = indexMeetingsByCountry(meetings);
    expect([...index.keys()].sort()).toEqual(['CH', 'CN', 'IN', 'RU']);
    for (const code of [...index.keys(), 'FR']) expect(getCountryView(index.get(code) ?? [], code)).toEqual(getCountryView(meetings, code));
  });
});

describe('toPairLabel', () => {
  test.each([
    ['CN', 'RU', 'China–Russia'],
    ['RU', 'CN', 'Russia–China'],
    ['CN', 'BR', 'China–Brazil'],
  ])('%s + %s → %s', (a, b, expected) => {
    expect(toPairLabel(a, b)).toBe(expected);
  });
});
