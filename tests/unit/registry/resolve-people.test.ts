import { describe, expect, test } from 'vitest';
import type { Person, Role } from '../../../src/schema/registry.ts';
import {
  findPerson,
  isProvisional,
  normaliseName,
  provisionalId,
  resolvePeople,
  roleOn,
  type PersonHints,
} from '../../../src/registry/resolve-people.ts';

const person = (id: string, name: string, country: string, roles: Role[], aliases: string[] = []): Person => ({ id, name, aliases, country, roles });

/** A small registry, built here so that each rule is tested on facts the test states. */
const people: Person[] = [
  person('sergey-lavrov', 'Sergey Lavrov', 'RU', [{ title: 'Foreign Minister', from: '2004-03' }], ['Sergey Viktorovich Lavrov']),
  person('xi-jinping', 'Xi Jinping', 'CN', [{ title: 'Vice President', from: '2008-03', to: '2013-03' }, { title: 'President', from: '2013-03' }]),
  person('hu-jintao', 'Hu Jintao', 'CN', [{ title: 'President', from: '2003-03', to: '2013-03' }]),
  person('wang-yi', 'Wang Yi', 'CN', [
    { title: 'Foreign Minister', from: '2013-03', to: '2022-12' },
    { title: 'Director of the Office of the Central Foreign Affairs Commission', from: '2023-01' },
    { title: 'Foreign Minister', from: '2023-07' },
  ]),
  person('wang-xiaohong', 'Wang Xiaohong', 'CN', [{ title: 'Minister of Public Security', from: '2022-06' }]),
  person('s-jaishankar', 'S. Jaishankar', 'IN', [{ title: 'External Affairs Minister', from: '2019-05' }], ['Subrahmanyam Jaishankar']),
  person('george-h-w-bush', 'George H. W. Bush', 'US', [
    { title: 'Vice President', from: '1981-01-20', to: '1989-01-20' },
    { title: 'President', from: '1989-01-20', to: '1993-01-20' },
  ]),
  person('george-w-bush', 'George W. Bush', 'US', [{ title: 'President', from: '2001-01-20', to: '2009-01-20' }]),
  person('bill-clinton', 'Bill Clinton', 'US', [{ title: 'President', from: '1993-01-20', to: '2001-01-20' }], ['William Jefferson Clinton']),
  person('hillary-clinton', 'Hillary Clinton', 'US', [{ title: 'Secretary of State', from: '2009-01-21', to: '2013-02-01' }]),
  person('barack-obama', 'Barack Obama', 'US', [{ title: 'President', from: '2009-01-20', to: '2017-01-20' }]),
  person('donald-trump', 'Donald Trump', 'US', [{ title: 'President', from: '2017-01-20', to: '2021-01-20' }, { title: 'President', from: '2025-01-20' }]),
  person('luiz-inacio-lula-da-silva', 'Luiz Inácio Lula da Silva', 'BR', [{ title: 'President', from: '2023-01' }], ['Lula']),
  person('yury-ushakov', 'Yury Ushakov', 'RU', [{ title: 'Aide to the President', from: '2012-05' }]),
  person('philipp-rosler', 'Philipp Rösler', 'DE', []),
];
const registry = { people };

const idOf = (name: string, hints: PersonHints = {}): string | string[] | undefined => {
  const found = findPerson(name, hints, registry);
  if (found === undefined) return undefined;
  return 'person' in found ? found.person.id : found.ambiguous.map((p) => p.id);
};

const wangYi = people.find((p) => p.id === 'wang-yi') as Person;

describe('normaliseName', () => {
  test.each([
    ['Xi Jin-ping', 'xi jinping'],
    ['Xi Jinping', 'xi jinping'],
    ['S. Jaishankar', 's jaishankar'],
    ['Dr. S. Jaishankar', 's jaishankar'],
    ['Sergei Lavrov', 'sergey lavrov'],
    ['Sergej Lavrov', 'sergey lavrov'],
    ['Yuri Ushakov', 'yury ushakov'],
    ['Yuriy Ushakov', 'yury ushakov'],
    ['Aleksandr Grushko', 'alexander grushko'],
    ['Dmitriy Peskov', 'dmitry peskov'],
    ['Dmitrii Peskov', 'dmitry peskov'],
    ['Nikolai Patrushev', 'nikolay patrushev'],
    ['Mariya Zakharova', 'maria zakharova'],
    ['Philipp Rösler', 'philipp rosler'],
    ['Per Stig Møller', 'per stig moller'],
    ['  Madame   Peng  Liyuan ', 'peng liyuan'],
    ['H.E. Sheikh Tamim bin Hamad Al-Thani', 'tamim bin hamad althani'],
    ['HE Sultan bin Saad Al Muraikhi', 'sultan bin saad al muraikhi'],
    ['Prince Saud Al-Faisal', 'saud alfaisal'],
    ['Joseph R. Biden Jr.', 'joseph r biden'],
    ['Queen Elizabeth II', 'elizabeth ii'],
  ])('%s → %s', (name, key) => {
    expect(normaliseName(name)).toBe(key);
  });

  test('the Chinese surname He is not the honorific H.E.', () => {
    expect(normaliseName('He Lifeng')).toBe('he lifeng');
  });

  test('short syllables are not folded (Li, Lei, Yi)', () => {
    expect(normaliseName('Li Lei')).toBe('li lei');
    expect(normaliseName('Wang Yi')).toBe('wang yi');
  });
});

describe('roleOn', () => {
  test.each<[string | undefined, string | undefined]>([
    ['2015-06-01', 'Foreign Minister'],
    ['2022-12', 'Foreign Minister'],
    // The gap: no longer Foreign Minister, but director of the commission's office.
    ['2023-03-15', 'Director of the Office of the Central Foreign Affairs Commission'],
    ['2023-06', 'Director of the Office of the Central Foreign Affairs Commission'],
    // The return: both offices, the more recently begun shown.
    ['2023-07', 'Foreign Minister'],
    ['2024-02-10', 'Foreign Minister'],
    // A year overlaps every office that any of its days does.
    ['2023', 'Foreign Minister'],
    ['2012', undefined],
    ['2012-12-31', undefined],
    [undefined, undefined],
  ])('Wang Yi on %s: %s', (date, title) => {
    expect(roleOn(wangYi, date)?.title).toBe(title);
  });

  test('the day a president hands over, the newcomer holds the office begun that day', () => {
    const trump = people.find((p) => p.id === 'donald-trump') as Person;
    const obama = people.find((p) => p.id === 'barack-obama') as Person;
    expect(roleOn(obama, '2017-01-19')?.title).toBe('President');
    expect(roleOn(obama, '2017-01-21')).toBeUndefined();
    expect(roleOn(trump, '2017-01-20')?.title).toBe('President');
    expect(roleOn(trump, '2023-05')).toBeUndefined();
    expect(roleOn(trump, '2025-02')).toEqual({ title: 'President', from: '2025-01-20' });
  });

  test('a role with an open start or end reaches as far as time does', () => {
    const open: Pick<Person, 'roles'> = { roles: [{ title: 'Ambassador', to: '2004-03' }, { title: 'Spokesperson' }] };
    expect(roleOn(open, '1990')?.title).toBe('Spokesperson');
    expect(roleOn({ roles: [{ title: 'Ambassador', to: '2004-03' }] }, '1990')?.title).toBe('Ambassador');
    expect(roleOn({ roles: [{ title: 'Ambassador', to: '2004-03' }] }, '2004-04')).toBeUndefined();
  });

  test('a malformed date matches no role', () => {
    expect(roleOn(wangYi, 'January 2015')).toBeUndefined();
  });
});

describe('findPerson: full names, aliases and spellings', () => {
  test.each([
    ['Sergey Lavrov', 'sergey-lavrov'],
    ['Sergei Lavrov', 'sergey-lavrov'],
    ['SERGEY LAVROV', 'sergey-lavrov'],
    ['Sergey Viktorovich Lavrov', 'sergey-lavrov'],
    ['Sergei V. Lavrov', 'sergey-lavrov'],
    ['Lavrov Sergey', 'sergey-lavrov'],
    ['Xi Jin-ping', 'xi-jinping'],
    ['Jinping Xi', 'xi-jinping'],
    ['President Xi Jinping', 'xi-jinping'],
    ['Dr. S. Jaishankar', 's-jaishankar'],
    ['S Jaishankar', 's-jaishankar'],
    ['Subrahmanyam Jaishankar', 's-jaishankar'],
    ['Yuri Ushakov', 'yury-ushakov'],
    ['Philipp Rosler', 'philipp-rosler'],
    ['PHILIPP RÖSLER', 'philipp-rosler'],
    ['Luiz Inacio Lula da Silva', 'luiz-inacio-lula-da-silva'],
    ['Lula', 'luiz-inacio-lula-da-silva'],
    ['da Silva', 'luiz-inacio-lula-da-silva'],
    ['William Jefferson Clinton', 'bill-clinton'],
    ['Wang, Minister of Public Security. Xiaohong', 'wang-xiaohong'],
  ])('%s → %s', (name, id) => {
    expect(idOf(name)).toBe(id);
  });

  test('a name nobody registered is not found', () => {
    expect(idOf('Kim Jong Un')).toBeUndefined();
    expect(idOf('Jinping')).toBeUndefined();
    expect(idOf('')).toBeUndefined();
  });

  test('a full name is kept even when the text gives another country (the country may be the parser\'s guess)', () => {
    expect(idOf('Sergey Lavrov', { country: 'CN' })).toBe('sergey-lavrov');
  });
});

describe('findPerson: surnames and missing initials', () => {
  test.each<[string, PersonHints, string | string[] | undefined]>([
    ['Lavrov', {}, 'sergey-lavrov'],
    ['Jaishankar', { country: 'IN' }, 's-jaishankar'],
    // Chinese names: the family name comes first.
    ['Xi', { country: 'CN' }, 'xi-jinping'],
    ['Bush', { date: '2006' }, 'george-w-bush'],
    ['Bush', { date: '1990-05-03' }, 'george-h-w-bush'],
    ['Bush', { country: 'US' }, ['george-h-w-bush', 'george-w-bush']],
    ['Clinton', { date: '2010-06' }, 'hillary-clinton'],
    ['Clinton', { date: '1995' }, 'bill-clinton'],
    ['Clinton', { date: '2020' }, ['bill-clinton', 'hillary-clinton']],
    // The office the text gives chooses when the date cannot.
    ['Clinton', { role: 'Secretary of State' }, 'hillary-clinton'],
    ['Secretary Clinton', { date: '2009-03-11' }, 'hillary-clinton'],
    ['President Bush', { date: '2002-05-01' }, 'george-w-bush'],
    ['Wang', { country: 'CN', role: 'Minister of Public Security' }, 'wang-xiaohong'],
    ['Wang', { country: 'CN' }, ['wang-yi', 'wang-xiaohong']],
    // A vice president is not the president.
    ['Bush', { role: 'Vice President' }, 'george-h-w-bush'],
    // A name missing its middle initial.
    ['George Bush', { date: '2006-12' }, 'george-w-bush'],
    ['George Bush', { date: '2006-12', role: 'former President' }, 'george-h-w-bush'],
    ['George Bush', {}, ['george-h-w-bush', 'george-w-bush']],
    // A bare surname of another country is another person.
    ['Lavrov', { country: 'CN' }, undefined],
    ['Bush', { country: 'RU' }, undefined],
  ])('%s %o → %o', (name, hints, expected) => {
    expect(idOf(name, hints)).toEqual(expected);
  });

  test('the people who took part together choose among namesakes', () => {
    const hu = people.find((p) => p.id === 'hu-jintao') as Person;
    expect(idOf('Bush', { alongside: [hu] })).toBe('george-w-bush');
  });

  test('a date outside every candidate\'s offices leaves a lone candidate in place', () => {
    expect(idOf('Lavrov', { date: '1999' })).toBe('sergey-lavrov');
  });
});

describe('provisionalId and isProvisional', () => {
  test('the slug of the normalised name', () => {
    expect(provisionalId('Wang Xiaohong', 'CN', { people: [] })).toBe('wang-xiaohong');
    expect(provisionalId('Dr. Mohammed bin Abdulaziz Al-Khulaifi', 'QA', registry)).toBe('mohammed-bin-abdulaziz-alkhulaifi');
    expect(provisionalId('Sergei Ryabkov', undefined, registry)).toBe('sergey-ryabkov');
    expect(provisionalId('Sergey Ryabkov', undefined, registry)).toBe(provisionalId('Sergei Ryabkov', undefined, registry));
  });

  test('a slug taken by a registered person gets the country, else -unconfirmed', () => {
    expect(provisionalId('Wang Yi', 'SG', registry)).toBe('wang-yi-sg');
    expect(provisionalId('Wang Yi', undefined, registry)).toBe('wang-yi-unconfirmed');
    const crowded = { people: [...people, person('wang-yi-sg', 'Wang Yi', 'SG', [])] };
    expect(provisionalId('Wang Yi', 'SG', crowded)).toBe('wang-yi-unconfirmed');
  });

  test('a name without Latin letters gets a stable hashed id', () => {
    const id = provisionalId('王毅', undefined, registry);
    expect(id).toMatch(/^person-[0-9a-f]{8}$/);
    expect(provisionalId('王毅', undefined, registry)).toBe(id);
    expect(provisionalId('拉夫罗夫', undefined, registry)).not.toBe(id);
  });

  test('isProvisional tells registered ids from made-up ones', () => {
    expect(isProvisional('sergey-lavrov', registry)).toBe(false);
    expect(isProvisional('wang-yi-unconfirmed', registry)).toBe(true);
  });
});

describe('resolvePeople', () => {
  test('participants get ids, keep the text\'s name, office and country, and take the registry\'s where the text is silent', () => {
    const resolved = resolvePeople(
      {
        participants: [
          { name: 'Wang Yi', country: 'CN' },
          { name: 'Sergei Lavrov', role: 'Russian top diplomat' },
          { name: 'Maria Zakharova', role: 'spokeswoman', country: 'RU' },
        ],
        mentioned: [],
      },
      '2023-03-15',
      registry,
    );
    expect(resolved.participants).toEqual([
      { name: 'Wang Yi', person: 'wang-yi', role: 'Director of the Office of the Central Foreign Affairs Commission', country: 'CN' },
      { name: 'Sergei Lavrov', person: 'sergey-lavrov', role: 'Russian top diplomat', country: 'RU' },
      { name: 'Maria Zakharova', person: 'maria-zakharova', role: 'spokeswoman', country: 'RU' },
    ]);
  });

  test('without a date, no office is taken from the registry', () => {
    const resolved = resolvePeople({ participants: [{ name: 'Wang Yi' }], mentioned: [] }, undefined, registry);
    expect(resolved.participants).toEqual([{ name: 'Wang Yi', person: 'wang-yi', country: 'CN' }]);
  });

  test('two names for one person become one participant: first place, fullest name', () => {
    const resolved = resolvePeople(
      {
        participants: [
          { name: 'Lavrov', role: 'Foreign Minister' },
          { name: 'Xi Jinping', role: 'President' },
          { name: 'Sergey Viktorovich Lavrov', country: 'RU' },
        ],
        mentioned: [],
      },
      '2014-01-21',
      registry,
    );
    expect(resolved.participants).toEqual([
      { name: 'Sergey Viktorovich Lavrov', person: 'sergey-lavrov', role: 'Foreign Minister', country: 'RU' },
      { name: 'Xi Jinping', person: 'xi-jinping', role: 'President', country: 'CN' },
    ]);
  });

  test('mentioned names get ids; duplicates merge; participants are not also mentioned', () => {
    const resolved = resolvePeople(
      { participants: [{ name: 'Wang Yi' }, { name: 'Sergey Lavrov' }], mentioned: ['Xi', 'Xi Jinping', 'Sergei Lavrov', 'Kim Jong Un', 'KIM JONG UN'] },
      '2014-01-21',
      registry,
    );
    expect(resolved.mentioned).toEqual([
      { name: 'Xi Jinping', person: 'xi-jinping' },
      { name: 'Kim Jong Un', person: 'kim-jong-un' },
    ]);
  });

  test('a surname the name alone leaves ambiguous is resolved by who else took part', () => {
    const resolved = resolvePeople(
      { participants: [{ name: 'Bush', role: 'President', country: 'US' }, { name: 'Hu Jintao', role: 'President', country: 'CN' }], mentioned: [] },
      undefined,
      registry,
    );
    expect(resolved.participants.map((p) => p.person)).toEqual(['george-w-bush', 'hu-jintao']);
  });

  test('an ambiguous name nobody settles gets a provisional id', () => {
    const resolved = resolvePeople({ participants: [{ name: 'Bush', country: 'US' }], mentioned: ['Clinton'] }, undefined, registry);
    expect(resolved.participants).toEqual([{ name: 'Bush', person: 'bush', country: 'US' }]);
    expect(resolved.mentioned).toEqual([{ name: 'Clinton', person: 'clinton' }]);
    expect(isProvisional('bush', registry)).toBe(true);
  });

  test('an unregistered participant keeps what the text says and gets a provisional id', () => {
    const resolved = resolvePeople({ participants: [{ name: 'Mohammed bin Abdulaziz Al-Khulaifi', role: 'Minister of State', country: 'QA' }], mentioned: [] }, '2023-11', registry);
    expect(resolved.participants).toEqual([
      { name: 'Mohammed bin Abdulaziz Al-Khulaifi', person: 'mohammed-bin-abdulaziz-alkhulaifi', role: 'Minister of State', country: 'QA' },
    ]);
  });

  test('each registry is indexed on its own: a name registered in one is provisional in another', () => {
    const input = { participants: [{ name: 'Wang Xiaohong' }], mentioned: [] };
    expect(resolvePeople(input, '2023', registry).participants).toEqual([
      { name: 'Wang Xiaohong', person: 'wang-xiaohong', role: 'Minister of Public Security', country: 'CN' },
    ]);
    const smaller = { people: people.filter((p) => p.id !== 'wang-xiaohong') };
    expect(resolvePeople(input, '2023', smaller).participants).toEqual([{ name: 'Wang Xiaohong', person: 'wang-xiaohong' }]);
    expect(isProvisional('wang-xiaohong', smaller)).toBe(true);
    expect(isProvisional('wang-xiaohong', registry)).toBe(false);
  });
});
