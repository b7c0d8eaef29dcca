import { describe, expect, test } from 'vitest';
import type { Entry } from '../../../src/schema/entry.ts';
import type { Registry } from '../../../src/schema/registry.ts';
import { applyOverride, classifyOverrideName, parseOverride } from '../../../src/ingest/apply-override.ts';

const REGISTRY: Registry = {
  people: [
    { id: 'wang-yi', name: 'Wang Yi', aliases: [], country: 'CN', roles: [{ title: 'Foreign Minister', from: '2013-03' }] },
    { id: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Sergei Lavrov'], country: 'RU', roles: [{ title: 'Foreign Minister', from: '2004-03' }] },
  ],
  topics: [
    { id: 'syria', label: 'Syria', match: ['Syria'] },
    { id: 'ukraine-crisis', label: 'Ukraine crisis', match: ['Ukraine'] },
  ],
  organizations: [{ id: 'sco', label: 'Shanghai Cooperation Organization', short: 'SCO', match: ['SCO'] }],
  venues: [],
  placeNames: [],
  occasions: [],
};

const ENTRY: Entry = {
  id: '2014-01-21-wang-yi-sergey-lavrov-20f3d1',
  title: 'Wang Yi Meets with Foreign Minister of Russia',
  date: '2014-01-21',
  datePrecision: 'day',
  published: '2014-01-22',
  kind: 'meeting',
  participants: [
    { name: 'Wang Yi', person: 'wang-yi', role: 'Foreign Minister', country: 'CN' },
    { name: 'Sergey Lavrov', person: 'sergey-lavrov', role: 'Foreign Minister', country: 'RU' },
  ],
  mentioned: [{ name: 'Xi Jinping', person: 'xi-jinping' }],
  location: { city: 'Montreux', country: 'CH' },
  topics: ['syria'],
  organizations: [],
  meeting: '2014-01-21-wang-yi-sergey-lavrov-20f3d1',
  source: { file: '003.txt', sha256: 'a'.repeat(64) },
};

const FILE = `${ENTRY.id}.yml`;

/** Parses the YAML text of an override and applies it to ENTRY; fails the test if the text is invalid. */
function apply(text: string): ReturnType<typeof applyOverride> {
  const parsed = parseOverride(FILE, text);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return applyOverride(ENTRY, parsed.override, REGISTRY, FILE);
}

/** The patched entry; fails the test when the override did not apply. */
function patched(text: string): Entry {
  const result = apply(text);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.entry;
}

describe('classifyOverrideName', () => {
  test.each([
    ['2014-01-21-wang-yi-20f3d1.yml', { kind: 'override', id: '2014-01-21-wang-yi-20f3d1' }],
    ['README.md', { kind: 'other' }],
    ['.DS_Store', { kind: 'other' }],
    ['x.yaml', { kind: 'problem', message: 'x.yaml: override files end in .yml; rename it to x.yml' }],
    ['Not An Id.yml', { kind: 'problem', message: expect.stringMatching(/^Not An Id\.yml: the name must be an entry id/) }],
  ])('%s', (name, expected) => expect(classifyOverrideName(name)).toEqual(expected));
});

describe('parseOverride', () => {
  test('reads every field, quoted or not', () => {
    expect(parseOverride(FILE, 'date: 2014\npublished: 2014-01-22\nkind: talks\nmentioned: [Xi Jinping, {name: Li Keqiang}]')).toEqual({
      ok: true,
      override: { date: '2014', published: '2014-01-22', kind: 'talks', mentioned: ['Xi Jinping', { name: 'Li Keqiang' }] },
    });
  });

  test('reports every problem at once, each naming the file and the field', () => {
    const result = parseOverride(FILE, 'id: other\nsource: {file: x}\ndate: 21 January\nkind: chat\ncolour: red');
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        `${FILE}: id: cannot be changed by an override: the file name (<entry-id>.yml) says which entry it patches`,
        `${FILE}: source: cannot be changed by an override: provenance comes from the raw file`,
        expect.stringMatching(new RegExp(`^${FILE}: date: .*YYYY`)),
        expect.stringMatching(new RegExp(`^${FILE}: kind: `)),
        expect.stringMatching(new RegExp(`^${FILE}: \\(top level\\): .*colour`)),
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  test('names the file when the YAML itself is broken', () => {
    const result = parseOverride(FILE, 'title: "unclosed');
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(new RegExp(`^${FILE}: not valid YAML: `))]);
  });
});

describe('applyOverride: top-level keys replace the parsed value', () => {
  test('an empty override changes nothing', () => {
    expect(patched('{}')).toEqual(ENTRY);
  });

  test('title, kind, topics and location are replaced as a whole; other fields are kept', () => {
    const entry = patched('title: Corrected title\nkind: talks\ntopics: [ukraine-crisis]\norganizations: [sco]\nlocation: {city: Geneva}');
    expect(entry).toEqual({
      ...ENTRY,
      title: 'Corrected title',
      kind: 'talks',
      topics: ['ukraine-crisis'],
      organizations: ['sco'],
      // The whole location: the parsed country does not survive.
      location: { city: 'Geneva' },
    });
  });

  test('a location with a city and country gets its place id and coordinates; a country alone its centre', () => {
    const lausanne = patched('location: {city: Lausanne, country: CH}').location;
    expect(lausanne).toMatchObject({ city: 'Lausanne', country: 'CH', place: 'lausanne-ch' });
    expect(lausanne?.coordinates?.lat).toBeCloseTo(46.52, 1);
    expect(lausanne?.coordinates?.lon).toBeCloseTo(6.63, 1);
    const swiss = patched('location: {country: CH}').location;
    expect(swiss?.place).toBeUndefined();
    expect(swiss?.coordinates?.lat).toBeCloseTo(47, 0);
    // What the editor wrote wins.
    expect(patched('location: {city: Lausanne, country: CH, coordinates: {lat: 1, lon: 2}}').location?.coordinates).toEqual({ lat: 1, lon: 2 });
  });

  test('the source and the id are never touched', () => {
    const entry = patched('title: T');
    expect(entry.id).toBe(ENTRY.id);
    expect(entry.source).toEqual(ENTRY.source);
  });
});

describe('applyOverride: null removes', () => {
  test('date: null removes the date and its precision', () => {
    const entry = patched('date: null');
    expect(entry).not.toHaveProperty('date');
    expect(entry).not.toHaveProperty('datePrecision');
  });

  test('published: null removes the publication date; location: null means no place', () => {
    const entry = patched('published: null\nlocation: null');
    expect(entry).not.toHaveProperty('published');
    expect(entry.location).toBeNull();
  });
});

describe('applyOverride: date precision', () => {
  test.each([
    ['date: "2014-02-03"', { date: '2014-02-03', datePrecision: 'day' }],
    ['date: 2014-02', { date: '2014-02', datePrecision: 'month' }],
    ['date: 2014', { date: '2014', datePrecision: 'year' }],
  ])('%s sets the precision from its length', (text, expected) => {
    expect(patched(text)).toMatchObject(expected);
  });

  test('an explicit precision that contradicts the date is an invalid entry, naming the file', () => {
    expect(apply('date: 2014-02\ndatePrecision: day')).toEqual({
      ok: false,
      problems: [`${FILE}: datePrecision: date "2014-02" has month precision, not day`],
    });
  });
});

describe('applyOverride: people', () => {
  test('a given person id is kept as written', () => {
    const entry = patched('participants:\n  - {name: Wang Yi, person: wang-yi}\n  - {name: S. Lavrov, person: sergey-lavrov, role: Minister}');
    expect(entry.participants).toEqual([
      { name: 'Wang Yi', person: 'wang-yi' },
      { name: 'S. Lavrov', person: 'sergey-lavrov', role: 'Minister' },
    ]);
  });

  test('names without a person id are resolved through the registry, in order', () => {
    const entry = patched('participants:\n  - {name: Sergei Lavrov, country: RU}\n  - {name: Wang Yi, person: wang-yi}\nmentioned: [Wang Yi, {name: Sergey Lavrov, person: sergey-lavrov}]');
    expect(entry.participants.map((p) => [p.name, p.person])).toEqual([
      ['Sergei Lavrov', 'sergey-lavrov'],
      ['Wang Yi', 'wang-yi'],
    ]);
    expect(entry.mentioned.map((m) => m.person)).toEqual(['wang-yi', 'sergey-lavrov']);
  });

  test('a name the registry lacks gets a provisional id', () => {
    const entry = patched('participants:\n  - {name: Liz Truss, country: GB}\n  - {name: Wang Yi}');
    const truss = entry.participants[0];
    expect(truss?.name).toBe('Liz Truss');
    expect(truss?.person).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(REGISTRY.people.map((p) => p.id)).not.toContain(truss?.person);
  });

  test('mentioned only replaces the mentions; participants are kept', () => {
    const entry = patched('mentioned: []');
    expect(entry.mentioned).toEqual([]);
    expect(entry.participants).toEqual(ENTRY.participants);
  });
});

describe('applyOverride: invalid results name the override file', () => {
  test('unknown topic and organization ids', () => {
    expect(apply('topics: [syria, atlantis]\norganizations: [nato]')).toEqual({
      ok: false,
      problems: [
        `${FILE}: topics.1: "atlantis" is not one of the topics of the registry (topics.yml)`,
        `${FILE}: organizations.0: "nato" is not one of the organizations of the registry (topics.yml)`,
      ],
    });
  });

  test('removing the date but keeping an explicit precision', () => {
    expect(apply('date: null\ndatePrecision: day')).toEqual({
      ok: false,
      problems: [`${FILE}: datePrecision: date and datePrecision go together`],
    });
  });
});
