import { describe, expect, test } from 'vitest';
import { linkNames, nameWords, stripHonorifics } from '../../../../src/ingest/people/link-names.ts';

/** Links names given in document order; returns, for each, the name of the person it joined. */
const link = (names: string[]) => {
  const { people, personOf } = linkNames(names.map((name, order) => ({ name, order })));
  return personOf.map((id) => people[id]?.name);
};

describe('linkNames', () => {
  test.each<[string, string[], (string | undefined)[]]>([
    ['a surname joins the full name', ['Sergey Lavrov', 'Lavrov'], ['Sergey Lavrov', 'Sergey Lavrov']],
    ['a Chinese surname comes first', ['Xi', 'Xi Jinping', 'Xi'], ['Xi Jinping', 'Xi Jinping', 'Xi Jinping']],
    ['a shorter full form joins the fullest', ['Lula da Silva', 'Luiz Inacio Lula da Silva'], ['Luiz Inacio Lula da Silva', 'Luiz Inacio Lula da Silva']],
    ['an initial does not matter', ['Antony J. Blinken', 'Antony Blinken'], ['Antony J. Blinken', 'Antony J. Blinken']],
    ['a shared surname goes to the last named before', ['Barack Obama', 'Michelle Obama', 'Obama'], ['Barack Obama', 'Michelle Obama', 'Michelle Obama']],
    ['a headline surname goes to the first named after', ['Obama', 'Barack Obama', 'Michelle Obama'], ['Barack Obama', 'Barack Obama', 'Michelle Obama']],
    ['a surname never written in full stays a person', ['Bush', 'Hu Jintao'], ['Bush', 'Hu Jintao']],
  ])('%s', (_label, names, expected) => {
    expect(link(names)).toEqual(expected);
  });
});

describe('names without titles', () => {
  test.each<[string, string]>([
    ['Dr. S. Jaishankar', 'S. Jaishankar'],
    ['Madame Peng Liyuan', 'Peng Liyuan'],
    ['HE Ali Al Sharif', 'Ali Al Sharif'],
    ['He Lifeng', 'He Lifeng'],
  ])('%s → %s', (name, stripped) => {
    expect(stripHonorifics(name)).toBe(stripped);
  });

  test('comparable words drop honorifics, initials and particles', () => {
    expect(nameWords('Prince Faisal bin Farhan')).toEqual(['faisal', 'farhan']);
  });
});
