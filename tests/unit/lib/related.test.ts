import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getAllRelated, getRelated, toDayNumber, windowAround, type Relatable } from '../../../src/lib/related.ts';

const m = (id: string, date: string | undefined, people: string[], topics: string[] = []): Relatable => ({ id, date, people, topics });
const ids = (target: Relatable, items: Relatable[], limit?: number) => getRelated(target, items, (x) => x, limit).map((r) => r.item.id);

const TARGET = m('t', '2014-01-21', ['wang-yi', 'sergey-lavrov'], ['ukraine-crisis', 'arms-control']);

describe('getRelated', () => {
  test('excludes the meeting itself and meetings sharing nothing', () => {
    expect(ids(TARGET, [TARGET, m('x', '2014-01-20', ['john-kerry'], ['trade'])])).toEqual([]);
  });

  test('one shared person outweighs two shared topics', () => {
    const person = m('person', '2010-01-01', ['wang-yi']);
    const topics = m('topics', '2014-01-22', ['john-kerry'], ['ukraine-crisis', 'arms-control']);
    expect(ids(TARGET, [topics, person])).toEqual(['person', 'topics']);
  });

  test('equal scores: nearest in time first, either direction; undated last', () => {
    const items = [m('undated', undefined, ['wang-yi']), m('far', '2020-01-01', ['wang-yi']), m('near-before', '2013-12-30', ['wang-yi']), m('near-after', '2014-01-25', ['wang-yi'])];
    expect(ids(TARGET, items)).toEqual(['near-after', 'near-before', 'far', 'undated']);
  });

  test('at most five by default, and says what is shared', () => {
    const items = Array.from({ length: 8 }, (_, i) => m(`m${i}`, `2014-02-0${i + 1}`, ['sergey-lavrov', 'x'], ['arms-control']));
    const related = getRelated(TARGET, items, (x) => x);
    expect(related.map((r) => r.item.id)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(related[0]).toMatchObject({ sharedPeople: ['sergey-lavrov'], sharedTopics: ['arms-control'], score: 4, days: 11 });
  });

  test('an undated target orders equal scores by id', () => {
    expect(ids(m('t', undefined, ['a']), [m('c', '2014', ['a']), m('b', '2000', ['a'])])).toEqual(['b', 'c']);
  });
});

describe('windowAround', () => {
  test('the nearest values on both sides, nearer first, the earlier on a tie, the centre left out', () => {
    expect(windowAround([1, 3, 5, 6, 9], 5, 3)).toEqual([6, 3, 1]);
    expect(windowAround([1, 3, 6, 9], 5, 2)).toEqual([6, 3]);
    expect(windowAround([4, 6], 5, 1)).toEqual([4]);
  });

  test('stops at the ends and returns everything when the list is short', () => {
    expect(windowAround([1, 2, 3], 10, 5)).toEqual([3, 2, 1]);
    expect(windowAround([7, 8], 0, 5)).toEqual([7, 8]);
    expect(windowAround([], 3, 5)).toEqual([]);
    expect(windowAround([1, 2, 3], 2, 0)).toEqual([]);
  });

  test('always a contiguous run of the list, of min(size, length without the centre)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 50 }), { maxLength: 20 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 25 }), (values, center, size) => {
        const sorted = [...values].sort((a, b) => a - b);
        const picked = windowAround(sorted, center, size);
        const others = sorted.filter((v) => v !== center);
        expect(picked).toHaveLength(Math.min(size, others.length));
        const run = [...picked].sort((a, b) => a - b);
        const start = others.indexOf(run[0] as number);
        expect(run).toEqual(others.slice(start, start + run.length));
      }),
    );
  });
});

describe('toDayNumber', () => {
  test('a month counts from its middle, a year from July 1', () => {
    expect(toDayNumber('2014-01') - toDayNumber('2014-01-01')).toBe(14);
    expect(toDayNumber('2014') - toDayNumber('2014-07-01')).toBe(0);
  });
});

describe('getAllRelated', () => {
  // Few people, topics and dates, so that ties on score and on distance in time are common.
  const relatable = fc.record({
    date: fc.option(fc.constantFrom('2014', '2014-01', '2014-01-10', '2014-01-20', '2013-12-31', '2015-06'), { nil: undefined }),
    people: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 }),
    topics: fc.array(fc.constantFrom('a', 't', 'u', 'v', 'w'), { maxLength: 4 }),
  });
  const archive = fc.array(relatable, { maxLength: 40 }).map((list) => list.map((item, i): Relatable => ({ id: `m${String((i * 7) % 41).padStart(2, '0')}`, ...item })));

  test('gives every item the list getRelated gives it, in the same order', () => {
    fc.assert(
      fc.property(archive, fc.integer({ min: 0, max: 7 }), (items, limit) => {
        const all = getAllRelated(items, (x) => x, limit);
        expect(all.size).toBe(items.length);
        for (const item of items) expect(all.get(item.id)).toEqual(getRelated(item, items, (x) => x, limit));
      }),
    );
  });

  test('the same with small windows, where the window decides who is a candidate', () => {
    fc.assert(
      fc.property(archive, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 6 }), (items, limit, window) => {
        const all = getAllRelated(items, (x) => x, limit, window);
        for (const item of items) expect(all.get(item.id)).toEqual(getRelated(item, items, (x) => x, limit, window));
      }),
    );
  });

  test('a meeting far away in time drops out once nearer ones fill the window', () => {
    const items = [m('t', '2014-01-10', ['a']), m('near-1', '2014-01-09', ['a']), m('near-2', '2014-01-12', ['a']), m('far', '2000-01-01', ['a'])];
    const related = (window: number) => getAllRelated(items, (x) => x, 5, window).get('t')?.map((r) => r.item.id);
    expect(related(3)).toEqual(['near-1', 'near-2', 'far']);
    expect(related(2)).toEqual(['near-1', 'near-2']);
  });

  test('a person id and a topic id spelled alike do not match each other', () => {
    const all = getAllRelated([m('x', '2014', ['a']), m('y', '2014', [], ['a'])], (x) => x);
    expect(all.get('x')).toEqual([]);
  });
});
