/**
 * The curated people registry, `content/registry/people.yml`, checked as a whole and against the
 * hand-checked labels of the real corpus: every person the gold names must be registered, and
 * every spelling of one person must lead to one page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseYamlWith } from '../../../src/registry/parse-registry.ts';
import { findPerson, isProvisional, normaliseName, resolvePeople } from '../../../src/registry/resolve-people.ts';
import { PeopleFileSchema, type Person } from '../../../src/schema/registry.ts';

const FILE = 'content/registry/people.yml';
const GOLD_FILES = ['../shared/corpus/real/gold.jsonl', '../shared/seeds/gold.jsonl'];

interface GoldParticipant {
  name: string;
  role?: string | null;
  country?: string | null;
  aliases?: string[];
}
interface GoldRecord {
  file: string;
  date: string | null;
  participants: GoldParticipant[];
  mentioned: string[];
}

const parsed = parseYamlWith(PeopleFileSchema, FILE, readFileSync(FILE, 'utf8'));
const people: Person[] = parsed.ok ? parsed.value : [];
const registry = { people };
const gold: GoldRecord[] = GOLD_FILES.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldRecord),
);

/** A gold participant as the parser hands it to the resolver. */
const found = (p: GoldParticipant, name = p.name) => ({
  name,
  ...(p.role == null ? {} : { role: p.role }),
  ...(p.country == null ? {} : { country: p.country }),
});

/** The ids the gold participants of a record resolve to, with `name` of participant `i` replaced. */
function resolveRecord(record: GoldRecord, replace?: { index: number; name: string }): string[] {
  const participants = record.participants.map((p, i) => found(p, i === replace?.index ? replace.name : p.name));
  return resolvePeople({ participants, mentioned: [] }, record.date ?? undefined, registry).participants.map((p) => p.person);
}

describe('content/registry/people.yml', () => {
  test('validates against PeopleFileSchema', () => {
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(people.length).toBeGreaterThanOrEqual(100);
  });

  test('ids are unique', () => {
    const ids = people.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('no name or alias belongs to two people once normalised', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const person of people) {
      for (const form of [person.name, ...person.aliases]) {
        const key = normaliseName(form).replace(/ /g, '');
        expect(key, `${person.id}: "${form}" normalises to nothing`).not.toBe('');
        const other = owner.get(key);
        if (other !== undefined && other !== person.id) clashes.push(`"${form}" of ${person.id} is also ${other}`);
        owner.set(key, person.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('every canonical name and alias finds its own person', () => {
    const wrong = people.flatMap((person) =>
      [person.name, ...person.aliases].flatMap((form) => {
        const match = findPerson(form, {}, registry);
        const id = match === undefined ? 'nobody' : 'person' in match ? match.person.id : `ambiguous ${match.ambiguous.map((p) => p.id).join('/')}`;
        return id === person.id ? [] : [`"${form}" → ${id}, not ${person.id}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  test('roles run forwards: no role ends before it begins', () => {
    const pad = (date: string): string => (date.length === 4 ? `${date}-01` : date).slice(0, 7);
    const backwards = people.flatMap((person) =>
      person.roles.filter((r) => r.from !== undefined && r.to !== undefined && pad(r.to) < pad(r.from)).map((r) => `${person.id}: ${r.title}`),
    );
    expect(backwards).toEqual([]);
  });
});

describe('the people of the gold labels are registered', () => {
  test('the gold files are there to check', () => {
    expect(gold.length).toBeGreaterThan(50);
    expect(gold.flatMap((r) => r.participants).length).toBeGreaterThan(100);
  });

  test.each(gold.filter((r) => r.participants.length > 0).map((r) => [r.file, r] as const))(
    '%s: every participant resolves to a registered person, a distinct one each',
    (_file, record) => {
      const ids = resolveRecord(record);
      expect(ids).toHaveLength(record.participants.length);
      expect(ids.filter((id) => isProvisional(id, registry))).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  test.each(
    gold.flatMap((record) =>
      record.participants.flatMap((p, index) => (p.aliases ?? []).map((alias) => [record.file, alias, p.name, record, index] as const)),
    ),
  )('%s: the alias "%s" is the same person as "%s"', (_file, alias, _name, record, index) => {
    expect(resolveRecord(record, { index, name: alias })[index]).toBe(resolveRecord(record)[index]);
  });

  test('a full name the gold writes in several files is one person in all of them', () => {
    const idsByName = new Map<string, Set<string>>();
    for (const record of gold) {
      const ids = resolveRecord(record);
      record.participants.forEach((p, i) => {
        if (p.name.trim().split(/\s+/).length < 2) return;
        const key = normaliseName(p.name);
        const set = idsByName.get(key) ?? new Set<string>();
        set.add(ids[i] ?? '');
        idsByName.set(key, set);
      });
    }
    const split = [...idsByName].filter(([, ids]) => ids.size > 1).map(([name, ids]) => `${name}: ${[...ids].join(', ')}`);
    expect(split).toEqual([]);
  });

  test.each([
    ['Sergey Lavrov', 'Sergei Lavrov', 'RU', '2014-03-03'],
    ['Antony Blinken', 'Antony J. Blinken', 'US', '2023-02-03'],
    ['S Jaishankar', 'Subrahmanyam Jaishankar', 'IN', '2021-09-16'],
    ['Luiz Inacio Lula da Silva', 'Lula da Silva', 'BR', '2023-04-14'],
    ['Xi Jinping', 'Xi Jin-ping', 'CN', '2017-04-12'],
    ['Prince Saud Al-Faisal', 'Saud al Faisal', 'SA', '2007'],
    ['Prince Faysal bin Farhan bin Abdallah', 'Faisal bin Farhan', 'SA', '2023-07-11'],
    ['Manuchir Mottaki', 'Manouchehr Mottaki', 'IR', '2007'],
    ['Per Stig Moller', 'Per Stig Møller', 'DK', '2007'],
    ['Peer Steinbruck', 'Peer Steinbrück', 'DE', '2013-05-27'],
    ['Yuri Ushakov', 'Yury Ushakov', 'RU', '2024'],
  ])('the gold spellings "%s" and "%s" are one person', (a, b, country, date) => {
    const idOf = (name: string): string | undefined => {
      const match = findPerson(name, { country, date }, registry);
      return match !== undefined && 'person' in match ? match.person.id : undefined;
    };
    expect(idOf(a)).toBeDefined();
    expect(idOf(b)).toBe(idOf(a));
  });

  test('namesakes in the gold stay apart: the two Presidents Bush, the two Clintons', () => {
    const byFile = (file: string): GoldRecord => gold.find((r) => r.file === file) as GoldRecord;
    // 2006: "former US President George Bush" visits Hu Jintao; that year's president was his son.
    expect(resolveRecord(byFile('091_6049fdfb6dafddd9.txt'))).toContain('george-h-w-bush');
    expect(resolveRecord(byFile('094_8a874022ad8ab301.txt'))).toContain('george-w-bush');
    // Undated: "Presidents Bush, Hu" can only be the Bush in office alongside Hu Jintao.
    expect(resolveRecord(byFile('092_fd898ba1e7b0ec02.txt'))).toContain('george-w-bush');
    expect(resolveRecord(byFile('047_e65355df3460d37c.txt'))).toContain('hillary-clinton');
  });
});
