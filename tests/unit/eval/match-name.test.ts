import { describe, expect, test } from 'vitest';
import { matchNames, namesMatch, toNameKey, toNameTokens } from '../../../src/eval/match-name.ts';

describe('namesMatch', () => {
  test.each([
    // transliteration
    ['Sergei Lavrov', 'Sergey Lavrov', true],
    ['Yury Ushakov', 'Yuri Ushakov', true],
    ['Yuriy Ushakov', 'Yuri Ushakov', true],
    ['Dmitry Medvedev', 'Dmitri Medvedev', true],
    ['Dmitriy Medvedev', 'Dmitrii Medvedev', true],
    ['Arkady Dvorkovich', 'Arkadiy Dvorkovich', true],
    ['Yevgeny Primakov', 'Evgeniy Primakov', true],
    ['Aleksey Overchuk', 'Alexei Overchuk', true],
    ['Prince Faisal bin Farhan bin Abdallah', 'Prince Faysal bin Farhan bin Abdallah', true],
    // name order, case, diacritics, punctuation
    ['Lavrov Sergey', 'Sergey Lavrov', true],
    ['Jinping Xi', 'Xi Jinping', true],
    ['SERGEY LAVROV', 'Sergey Lavrov', true],
    ['Lavrov, Sergey', 'Sergey Lavrov', true],
    ['Philipp Rösler', 'Philipp Rosler', true],
    ['Philipp Roesler', 'Philipp Rösler', true],
    ['Peer Steinbrück', 'Peer Steinbruck', true],
    ['Saud Al Faisal', 'Prince Saud Al-Faisal', true],
    // honorifics and initials
    ['Antony Blinken', 'Antony J. Blinken', true],
    ['Dr. S. Jaishankar', 'S Jaishankar', true],
    ['Minister Sergey Lavrov', 'Sergey Lavrov', true],
    ['Foreign Minister Wang Yi', 'Wang Yi', true],
    ['State Councilor and Foreign Minister Wang Yi', 'Wang Yi', false], // `and` is not a title: not stripped
    ['H.E. Wang Yi', 'Wang Yi', true],
    ['President Putin', 'Vladimir Putin', true],
    ["Putin's", 'Putin', true],
    ['George W. Bush', 'George Bush', true],
    ['George Bush Jr.', 'George Bush', true],
    // surname only, both ways
    ['Vladimir Putin', 'Putin', true],
    ['George W. Bush', 'Bush', true],
    ['Putin', 'Vladimir Putin', true],
    ['Xi', 'Xi Jinping', true],
    ['Jaishankar', 'S Jaishankar', true],
    ['Medvedev', 'Vladimir Putin', false],
    // part of a longer name
    ['Luiz Inacio Lula', 'Luiz Inacio Lula da Silva', true],
    ['Lula da Silva', 'Luiz Inacio Lula da Silva', true],
    ['George Walker Bush', 'George Bush', true],
    ['Yang Jiechi Meets', 'Yang Jiechi', false],
    ['Wang Yi Has', 'Wang Yi', false],
    // different people
    ['Michelle Obama', 'Barack Obama', false],
    ['Bill Clinton', 'Hillary Clinton', false],
    ['Li Qiang', 'Li Keqiang', false],
    ['Wang Qishan', 'Wang Yi', false],
    ['Zhou Yi', 'Zhu Yi', false],
    ['President', 'Vladimir Putin', false],
    ['', 'Vladimir Putin', false],
  ])('%j vs gold %j → %s', (predicted, gold, expected) => {
    expect(namesMatch(predicted, gold)).toBe(expected);
  });
});

describe('toNameTokens', () => {
  test.each([
    ['Dr. S. Jaishankar', ['jaishankar']],
    ['Antony J. Blinken', ['antoni', 'blinken']],
    ['Luiz Inacio Lula da Silva', ['luiz', 'inacio', 'lula', 'silva']],
    ['Secretary of State Hillary Clinton', ['hilari', 'clinton']],
    ['S', ['s']],
    ['President', []],
  ])('%j → %j', (name, tokens) => {
    expect(toNameTokens(name)).toEqual(tokens);
  });

  test('toNameKey ignores order', () => {
    expect(toNameKey('Lavrov Sergey')).toBe(toNameKey('Sergei Lavrov'));
  });
});

describe('matchNames', () => {
  test('pairs one to one: a duplicate prediction is an extra', () => {
    expect(matchNames(['Putin', 'Vladimir Putin'], [{ name: 'Vladimir Putin' }])).toEqual({
      pairs: [[1, 0]],
      missed: [],
      extra: [0],
    });
  });

  test('finds the largest matching, not the greedy one', () => {
    // `Obama` could take either gold name; only giving it Barack lets Michelle match too.
    const result = matchNames(['Obama', 'Michelle Obama'], [{ name: 'Barack Obama' }, { name: 'Michelle Obama' }]);
    expect(result.pairs).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(result.missed).toEqual([]);
    expect(result.extra).toEqual([]);
  });

  test('aliases count as the gold name', () => {
    expect(matchNames(['Secretary Clinton'], [{ name: 'Hillary Clinton' }]).pairs).toEqual([[0, 0]]);
    expect(matchNames(['Minister Wang'], [{ name: 'Wang Xiaohong', aliases: ['Minister Wang'] }]).pairs).toEqual([[0, 0]]);
  });

  test('reports missed gold names and extra predictions by index', () => {
    expect(matchNames(['Wang Yi', 'Matthew Miller'], [{ name: 'Wang Yi' }, { name: 'Antony Blinken' }])).toEqual({
      pairs: [[0, 0]],
      missed: [1],
      extra: [1],
    });
  });
});
