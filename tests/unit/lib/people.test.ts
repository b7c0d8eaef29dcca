import { describe, expect, test } from 'vitest';
import { groupIntoMeetings } from '../../../src/lib/meetings.ts';
import { countCounterparts, getPersonMeetings, indexPersonMeetings, roleCovers, summarisePeople, toRoleThatDay } from '../../../src/lib/people.ts';
import { PersonSchema, type Person } from '../../../src/schema/registry.ts';
import { makeEntry, participant } from './make-entry.ts';

const day = (date: string) => ({ date, datePrecision: 'day' as const });

const registry: Person[] = [
  PersonSchema.parse({
    id: 'sergey-lavrov',
    name: 'Sergey Lavrov',
    aliases: ['Sergei Lavrov', 'Lavrov'],
    country: 'RU',
    roles: [{ title: 'Foreign Minister', from: '2004-03' }],
  }),
  PersonSchema.parse({
    id: 'wang-yi',
    name: 'Wang Yi',
    country: 'CN',
    roles: [
      { title: 'Foreign Minister', from: '2013-03', to: '2022-12' },
      { title: 'State Councilor', from: '2018-03', to: '2023-03' },
    ],
  }),
  PersonSchema.parse({ id: 'nobody-here', name: 'Nobody Here', country: 'FR' }),
];

// Three meetings: two reports of one Wang–Lavrov meeting, a Wang–Lavrov–Jaishankar meeting
// (Jaishankar is provisional) and a meeting of Lavrov alone that mentions Wang Yi.
const meetings = groupIntoMeetings([
  makeEntry('m1', { ...day('2014-01-21'), participants: [participant('wang-yi', 'CN'), participant('sergey-lavrov', 'RU')] }),
  makeEntry('m1-tass', {
    ...day('2014-01-21'),
    meeting: 'm1',
    participants: [participant('sergey-lavrov', 'RU', { name: 'Sergei Lavrov' }), participant('wang-yi', 'CN')],
  }),
  makeEntry('m2', {
    ...day('2019-07-26'),
    participants: [
      participant('wang-yi', 'CN', { role: 'State Councilor and Foreign Minister' }),
      participant('sergey-lavrov', 'RU'),
      participant('s-jaishankar-in', 'IN', { name: 'S. Jaishankar' }),
    ],
  }),
  makeEntry('m3', {
    ...day('2020-01-01'),
    participants: [participant('sergey-lavrov', 'RU')],
    mentioned: [
      { name: 'Wang', person: 'wang-yi' },
      { name: 'Jaishankar', person: 's-jaishankar-in' },
      { name: 'Continental Tires', person: 'continental-tires' },
    ],
  }),
]);

describe('summarisePeople', () => {
  const people = summarisePeople(meetings, registry);
  const byId = new Map(people.map((p) => [p.id, p]));

  test('lists everyone the meetings name, alphabetically, and no one else', () => {
    expect(people.map((p) => p.name)).toEqual(['S. Jaishankar', 'Sergey Lavrov', 'Wang Yi']);
  });

  test('counts meetings, not reports, and mentions apart', () => {
    expect(byId.get('sergey-lavrov')).toMatchObject({ meetings: 3, mentions: 0 });
    expect(byId.get('wang-yi')).toMatchObject({ meetings: 2, mentions: 1 });
    expect(byId.get('s-jaishankar-in')).toMatchObject({ meetings: 1, mentions: 1 });
  });

  test('a provisional person only ever mentioned gets no page (a weak guess of the parser)', () => {
    expect(byId.has('continental-tires')).toBe(false);
  });

  test('a person the registry lacks is provisional, named and placed as the entries give them', () => {
    expect(byId.get('s-jaishankar-in')).toMatchObject({ provisional: true, name: 'S. Jaishankar', country: 'IN', alsoWrittenAs: ['Jaishankar'] });
    expect(byId.get('s-jaishankar-in')).not.toHaveProperty('record');
  });

  test('a registry person has the registry name and record, aliases and spellings seen', () => {
    const lavrov = byId.get('sergey-lavrov');
    expect(lavrov).toMatchObject({ provisional: false, name: 'Sergey Lavrov', country: 'RU' });
    expect(lavrov?.record?.id).toBe('sergey-lavrov');
    expect(lavrov?.alsoWrittenAs).toEqual(['Sergei Lavrov', 'Lavrov']);
    expect(byId.get('wang-yi')?.alsoWrittenAs).toEqual(['Wang']);
  });
});

describe('getPersonMeetings', () => {
  test('meetings taken part in newest first with the participant record, and mentions apart', () => {
    const { participated, mentioned } = getPersonMeetings(meetings, 'wang-yi');
    expect(participated.map(({ meeting }) => meeting.id)).toEqual(['m2', 'm1']);
    expect(participated[0]?.participant.role).toBe('State Councilor and Foreign Minister');
    expect(mentioned.map((m) => m.id)).toEqual(['m3']);
  });

  test('an unknown person has nothing', () => {
    expect(getPersonMeetings(meetings, 'nobody')).toEqual({ participated: [], mentioned: [] });
  });
});

describe('indexPersonMeetings', () => {
  test('gives everyone named the lists getPersonMeetings gives them, and no one else', () => {
    const index = indexPersonMeetings(meetings);
    const named = new Set(meetings.flatMap((m) => [...m.participants, ...m.mentioned].map((p) => p.person)));
    expect([...index.keys()].sort()).toEqual([...named].sort());
    for (const person of named) expect(index.get(person)).toEqual(getPersonMeetings(meetings, person));
  });
});

describe('countCounterparts', () => {
  test('co-participants with the number of shared meetings, most first', () => {
    expect(countCounterparts(meetings, 'sergey-lavrov')).toEqual([
      { person: 'wang-yi', count: 2 },
      { person: 's-jaishankar-in', count: 1 },
    ]);
  });

  test('ties are broken by display name', () => {
    const names: Record<string, string> = { 'sergey-lavrov': 'Sergey Lavrov', 's-jaishankar-in': 'S. Jaishankar' };
    const two = groupIntoMeetings([
      makeEntry('x', { participants: [participant('wang-yi'), participant('sergey-lavrov'), participant('s-jaishankar-in')] }),
    ]);
    expect(countCounterparts(two, 'wang-yi', (id) => names[id] ?? id).map((c) => c.person)).toEqual(['s-jaishankar-in', 'sergey-lavrov']);
  });

  test('a person who took part in nothing has no counterparts', () => {
    expect(countCounterparts(meetings, 'xi-jinping')).toEqual([]);
  });
});

describe('roleCovers', () => {
  test.each([
    [{ title: 'FM', from: '2013-03', to: '2022-12' }, '2014-01-21', true],
    [{ title: 'FM', from: '2013-03', to: '2022-12' }, '2013-03-16', true],
    [{ title: 'FM', from: '2013-03', to: '2022-12' }, '2013-02-28', false],
    [{ title: 'FM', from: '2013-03', to: '2022-12' }, '2023-01', false],
    [{ title: 'FM', from: '2013-03', to: '2022-12' }, '2022-12-31', true],
    // A meeting dated only by year is not ruled out by a role that began that year.
    [{ title: 'FM', from: '2013-03' }, '2013', true],
    [{ title: 'FM', to: '2014' }, '2014-06-01', true],
    [{ title: 'FM' }, '1999', true],
  ])('%j covers %s: %s', (role, date, expected) => {
    expect(roleCovers(role, date)).toBe(expected);
  });
});

describe('toRoleThatDay', () => {
  const wang = registry[1];

  test('the role the text gives wins', () => {
    expect(toRoleThatDay(participant('wang-yi', 'CN', { role: 'Special Envoy' }), wang, '2019-07-26')).toBe('Special Envoy');
  });

  test('else the registry roles held that day', () => {
    expect(toRoleThatDay(participant('wang-yi'), wang, '2014-01-21')).toBe('Foreign Minister');
    expect(toRoleThatDay(participant('wang-yi'), wang, '2019-07-26')).toBe('Foreign Minister and State Councilor');
  });

  test('nothing when undated, unregistered or out of office', () => {
    expect(toRoleThatDay(participant('wang-yi'), wang, undefined)).toBeUndefined();
    expect(toRoleThatDay(participant('wang-yi'), undefined, '2014-01-21')).toBeUndefined();
    expect(toRoleThatDay(participant('wang-yi'), wang, '2024-05')).toBeUndefined();
  });
});
