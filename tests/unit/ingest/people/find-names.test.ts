import { describe, expect, test } from 'vitest';
import { findUnits, vouchedNameTokens } from '../../../../src/ingest/people/find-names.ts';

const context = { knownTokens: new Set(['xi', 'jinping', 'putin']), titleCase: false };

/** The named units of a sentence as `name | role | country`. */
const names = (text: string, titleCase = false) =>
  findUnits(text, { ...context, titleCase })
    .filter((unit) => unit.name !== undefined)
    .map((unit) => [unit.name, unit.role ?? '', unit.country ?? ''].join(' | '));

describe('findUnits: names and their offices', () => {
  test.each<[string, string[]]>([
    ['Russian Foreign Minister Sergey Lavrov met Wang Yi.', ['Sergey Lavrov | Foreign Minister | RU', 'Wang Yi |  | ']],
    ['The Premier of China’s State Council, Li Qiang, called him.', ['Li Qiang | Premier of the State Council | CN']],
    ['Sergei Prikhodko, Putin\'s foreign policy adviser, told reporters.', ["Sergei Prikhodko | Putin's foreign policy adviser | ", 'Putin |  | ']],
    ['Secretary of State Antony J. Blinken arrived.', ['Antony J. Blinken | Secretary of State | ']],
    ['External Affairs Minister (EAM) Dr. S Jaishankar spoke.', ['S Jaishankar | External Affairs Minister | ']],
    ['He met Foreign Minister Fumio Kishida of Japan.', ['Fumio Kishida | Foreign Minister | JP']],
    ['Chinese President Xi Jinpingand Russian President Vladimir Putin at the Kremlin.', ['Xi Jinping | President | CN', 'Vladimir Putin | President | RU']],
    ['The talks took place at the Great Hall of the People in Buenos Aires.', []],
    ['Follow Sputnik for more.', []],
    ['Putin greets Xi Jinping with a wave.', ['Putin |  | ', 'Xi Jinping |  | ']],
    ['Xi Holds Talks With Lavrov', ['Xi |  | ']],
    ["Xi's entourage includes his wife Peng Liyuan and He Lifeng, vice chairman of the National Committee.", ['Xi |  | ', 'Peng Liyuan | wife | ', 'He Lifeng | vice chairman of the National Committee | ']],
  ])('%s', (text, expected) => {
    expect(names(text, /Holds Talks/.test(text))).toEqual(expected);
  });

  test('an office without a name is a unit of its own', () => {
    const [obama, office] = findUnits('President Obama met with the Chinese Foreign Minister today.', context);
    expect(obama?.name).toBe('Obama');
    expect(office).toMatchObject({ role: 'Foreign Minister', country: 'CN', group: false });
    expect(office?.name).toBeUndefined();
  });

  test('a plural office is a group', () => {
    const [, group] = findUnits('Li Keqiang held talks with leading German parliamentarians.', context);
    expect(group).toMatchObject({ group: true });
  });
});

describe('vouchedNameTokens', () => {
  test('collects the words of names an office or two name-shaped words vouch for', () => {
    expect(vouchedNameTokens('President Xi Jinping met Putin in Moscow and Sergey Lavrov.')).toEqual(['xi', 'jinping', 'sergey', 'lavrov']);
  });
});
