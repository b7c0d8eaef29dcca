import { describe, expect, test } from 'vitest';
import { groupIntoMeetings } from '../../../src/lib/meetings.ts';
import { toSearchIndexFacts, type SearchIndexContext } from '../../../src/lib/search-index.ts';
import { makeEntry, participant } from './make-entry.ts';

const NAMES: Record<string, string> = { 'wang-yi': 'Wang Yi', 'sergey-lavrov': 'Sergey Lavrov', 'vladimir-putin': 'Vladimir Putin' };
const ALIASES: Record<string, string[]> = { 'sergey-lavrov': ['Sergei Lavrov', 'Lavrov'], 'vladimir-putin': ['Putin'] };
const CONTEXT: SearchIndexContext = {
  personName: (id) => NAMES[id] ?? id,
  personAliases: (id) => ALIASES[id] ?? [],
  termLabel: (id) => (id === 'sco' ? 'Shanghai Cooperation Organization' : id === 'ukraine-crisis' ? 'Ukraine crisis' : id),
};

const main = makeEntry('2014-01-21-main', {
  date: '2014-01-21',
  datePrecision: 'day',
  kind: 'talks',
  participants: [participant('wang-yi', 'CN'), participant('sergey-lavrov', 'RU', { name: 'Sergei Lavrov' })],
  mentioned: [{ name: 'Putin', person: 'vladimir-putin' }],
  location: { city: 'Montreux', country: 'CH', place: 'montreux-ch' },
  topics: ['ukraine-crisis'],
  organizations: ['sco'],
});
const other = makeEntry('2014-01-21-other', { date: '2014-01-21', datePrecision: 'day', kind: 'meeting', meeting: main.id, participants: [participant('wang-yi', 'CN')] });
const undated = makeEntry('undated-call', { kind: 'phone-call', participants: [participant('wang-yi', 'CN')] });
const meetings = groupIntoMeetings([main, other, undated]);
const meetingOf = (id: string) => {
  const found = meetings.find((m) => m.reports.some((r) => r.id === id));
  if (!found) throw new Error(id);
  return found;
};

describe('toSearchIndexFacts', () => {
  test('facets of the meeting: year, the report’s kind, people by display name, countries, city, topics and organizations', () => {
    const facts = toSearchIndexFacts(main, meetingOf(main.id), CONTEXT);
    expect(facts.filters).toEqual([
      ['year', '2014'],
      ['kind', 'talks'],
      ['participant', 'Wang Yi'],
      ['participant', 'Sergey Lavrov'],
      ['country', 'China'],
      ['country', 'Russia'],
      ['country', 'Switzerland'],
      ['place', 'Montreux'],
      ['topic', 'Ukraine crisis'],
      ['topic', 'Shanghai Cooperation Organization'],
    ]);
  });

  test('the place facet is the place page’s name, whatever spelling the report uses', () => {
    const spelt = makeEntry('2013-09-05-spelt', {
      date: '2013-09-05',
      datePrecision: 'day',
      kind: 'meeting',
      participants: [participant('wang-yi', 'CN')],
      location: { city: 'St Petersburg', country: 'RU', place: 'saint-petersburg-ru' },
    });
    const [meeting] = groupIntoMeetings([spelt]);
    if (!meeting) throw new Error('no meeting');
    const named = toSearchIndexFacts(spelt, meeting, { ...CONTEXT, placeName: (place) => (place === 'saint-petersburg-ru' ? 'St. Petersburg' : undefined) });
    expect(named.filters).toContainEqual(['place', 'St. Petersburg']);
    expect(named.filters).not.toContainEqual(['place', 'St Petersburg']);
    // Without a name for the place, the city as written.
    expect(toSearchIndexFacts(spelt, meeting, CONTEXT).filters).toContainEqual(['place', 'St Petersburg']);
  });

  test('the card facts and the date sort key', () => {
    const facts = toSearchIndexFacts(main, meetingOf(main.id), CONTEXT);
    expect(Object.fromEntries(facts.meta)).toEqual({
      date: 'January 21, 2014',
      kind: 'Talks',
      participants: 'Wang Yi, Sergey Lavrov',
      place: 'Montreux, Switzerland',
      meeting: main.id,
      reports: '2',
    });
    expect(facts.sort).toEqual([['date', '2014-01-21']]);
  });

  test('every report of a meeting carries the meeting’s facets, with its own kind', () => {
    const facts = toSearchIndexFacts(other, meetingOf(other.id), CONTEXT);
    expect(facts.filters.filter(([facet]) => facet === 'participant')).toEqual([
      ['participant', 'Wang Yi'],
      ['participant', 'Sergey Lavrov'],
    ]);
    expect(facts.filters).toContainEqual(['kind', 'meeting']);
    expect(Object.fromEntries(facts.meta)['meeting']).toBe(main.id);
  });

  test('every spelling of the names: participants apart from people only mentioned', () => {
    const facts = toSearchIndexFacts(main, meetingOf(main.id), CONTEXT);
    expect(facts.participantNames).toEqual(['Wang Yi', 'Sergey Lavrov', 'Sergei Lavrov', 'Lavrov']);
    expect(facts.mentionedNames).toEqual(['Vladimir Putin', 'Putin']);
  });

  test('an undated meeting: the undated year, "Undated", the lowest sort key (last when newest first), no empty place', () => {
    const facts = toSearchIndexFacts(undated, meetingOf(undated.id), CONTEXT);
    expect(facts.filters[0]).toEqual(['year', 'undated']);
    expect(Object.fromEntries(facts.meta)['date']).toBe('Undated');
    expect(facts.meta.map(([key]) => key)).not.toContain('place');
    expect(facts.sort).toEqual([['date', '0000']]);
  });
});
