import { describe, expect, test } from 'vitest';
import { foldName, matchPeople, type SearchPerson } from '../../../src/lib/search-names.ts';

const person = (id: string, name: string, aliases: string[], meetings: number): SearchPerson => ({ id, name, aliases, url: `/people/${id}/`, meetings });
const PEOPLE = [
  person('sergey-lavrov', 'Sergey Lavrov', ['Sergei Lavrov', 'Sergey Viktorovich Lavrov'], 10),
  person('wang-yi', 'Wang Yi', [], 30),
  person('wang-xiaohong', 'Wang Xiaohong', ['Wang'], 1),
  person('lula', 'Luiz Inácio Lula da Silva', ['Lula'], 2),
  person('li-qiang', 'Li Qiang', [], 2),
  person('george-w-bush', 'George W. Bush', ['George Walker Bush', 'Bush'], 3),
  person('george-h-w-bush', 'George H. W. Bush', ['Bush'], 1),
  person('yury-ushakov', 'Yury Ushakov', [], 1),
  person('recep-tayyip-erdogan', 'Recep Tayyip Erdoğan', [], 1),
];
const ids = (query: string) => matchPeople(query, PEOPLE).map((p) => p.id);

describe('foldName', () => {
  test('folds case, accents, dots and transliterations as the resolver does', () => {
    expect(foldName('Sergei LAVROV')).toEqual(foldName('Sergey Lavrov'));
    expect(foldName('Erdogan')).toEqual(foldName('Erdoğan'));
    expect(foldName('  ')).toEqual([]);
  });
});

describe('matchPeople', () => {
  test.each([
    ['Sergei Lavrov', ['sergey-lavrov']],
    ['sergey lavrov', ['sergey-lavrov']],
    ['SERGEJ LAVROV', ['sergey-lavrov']],
    ['Sergey V. Lavrov', []],
    ['Sergey Viktorovich Lavrov', ['sergey-lavrov']],
    ['lavrov', ['sergey-lavrov']],
    ['Lavrov Ukraine', []],
    ['sergei lavrov ukraine', ['sergey-lavrov']],
    ['Yuri Ushakov', ['yury-ushakov']],
    ['recep tayyip erdogan', ['recep-tayyip-erdogan']],
    ['wang yi', ['wang-yi']],
    ['wang', ['wang-xiaohong']],
    ['Lula', ['lula']],
    ['lula brazil', []],
    ['Li', []],
    ['ukraine', []],
    ['', []],
  ])('%j → %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  test('a surname shared by several people offers each, most meetings first', () => {
    expect(ids('Bush')).toEqual(['george-w-bush', 'george-h-w-bush']);
  });

  test('offers at most `limit` people', () => {
    expect(matchPeople('bush', PEOPLE, 1).map((p) => p.id)).toEqual(['george-w-bush']);
  });
});
