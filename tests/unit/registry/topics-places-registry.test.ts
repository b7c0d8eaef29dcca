import { describe, expect, test } from 'vitest';
import { parseYamlWith } from '../../../src/registry/parse-registry.ts';
import { PlacesFileSchema, TopicsFileSchema } from '../../../src/schema/registry.ts';
import { cleanDocument } from '../../../src/ingest/clean-document.ts';
import { parseTopics } from '../../../src/ingest/parse-topics.ts';
import { cityCoordinates, compilePlaces } from '../../../src/ingest/vocabulary/places.ts';
import { curatedRegistry, readRegistryText } from './curated-registry.ts';

const topicsFile = parseYamlWith(TopicsFileSchema, 'topics.yml', readRegistryText('topics.yml'));
const placesFile = parseYamlWith(PlacesFileSchema, 'places.yml', readRegistryText('places.yml'));
const registry = curatedRegistry();
const terms = [...registry.topics, ...registry.organizations];
const everyPattern = [
  ...terms.flatMap((term) => term.match.map((source) => [term.id, source] as const)),
  ...registry.venues.flatMap((venue) => venue.match.map((source) => [venue.name, source] as const)),
  ...registry.occasions.flatMap((occasion) => occasion.match.map((source) => [occasion.id, source] as const)),
];

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('content/registry/topics.yml and places.yml', () => {
  test('both files validate against their schemas', () => {
    expect(topicsFile.ok ? [] : topicsFile.problems).toEqual([]);
    expect(placesFile.ok ? [] : placesFile.problems).toEqual([]);
  });

  test('ids are unique: topics and organizations together, occasions, venue names, curated names', () => {
    expect(duplicates(terms.map((term) => term.id))).toEqual([]);
    expect(duplicates(registry.occasions.map((occasion) => occasion.id))).toEqual([]);
    expect(duplicates(registry.venues.map((venue) => venue.name))).toEqual([]);
    expect(duplicates(registry.placeNames.map((place) => place.name.toLowerCase()))).toEqual([]);
  });

  test('the vocabulary is not empty', () => {
    expect(registry.topics.length).toBeGreaterThan(40);
    expect(registry.organizations.length).toBeGreaterThan(20);
    expect(registry.occasions.length).toBeGreaterThan(20);
  });

  test.each(everyPattern)('%s: /%s/u compiles and does not match an empty or a neutral text', (_, source) => {
    const pattern = new RegExp(source, 'u');
    expect(pattern.test('')).toBe(false);
    expect(pattern.test('The two sides exchanged views on matters of common concern and agreed to stay in touch.')).toBe(false);
  });

  test('(?i:...) makes a part case-insensitive, as the file header says', () => {
    expect(new RegExp('(?i:\\bclimate change\\b)', 'u').test('CLIMATE CHANGE')).toBe(true);
    expect(new RegExp('\\bSyria', 'u').test('syria')).toBe(false);
  });

  test('every venue in a city, and every curated name, can be placed on the map', () => {
    const book = compilePlaces(registry);
    // A venue outside any city falls back on its country's centre, so only venues in a city are checked.
    const unplaced = [
      ...registry.venues.filter((venue) => venue.city !== undefined && cityCoordinates(venue.city, venue.country, book) === undefined).map((venue) => venue.name),
      ...registry.placeNames.filter((place) => place.coordinates === undefined && cityCoordinates(place.city ?? place.name, place.country, book) === undefined).map((place) => place.name),
    ];
    expect(unplaced).toEqual([]);
  });
});

describe('real bulletin texts map to the expected ids', () => {
  test.each([
    [
      'Sochi Winter Olympics is a great event in Russia. President Xi Jinping will attend the opening ceremony of Sochi Winter Olympics at the invitation of President Vladimir Putin, making it a good start for China-Russia comprehensive strategic partnership of coordination.',
      ['strategic-partnership', 'olympic-games', 'sochi-winter-olympics'],
      [],
    ],
    [
      'Wang Yi said that the two heads of state have reached important consensus on commemorating the 70th anniversary of the success of the world anti-fascism war.',
      ['anniversary-commemorations', 'world-war-ii'],
      [],
    ],
    [
      'Both sides agreed to deepen cooperation within the SCO and BRICS, and to coordinate at the United Nations Security Council on the Korean Peninsula nuclear issue.',
      ['korean-peninsula', 'nuclear-issues'],
      ['united-nations', 'un-security-council', 'brics', 'sco'],
    ],
    [
      'The successful launch of the Year of Scientific and Technological Innovation between China and Russia as well as joint efforts against the COVID-19 pandemic.',
      ['science-and-technology', 'covid-19', 'theme-years'],
      [],
    ],
    [
      'The President raised human rights, including in Xinjiang, Tibet and Hong Kong, and concerns about fentanyl and unfair trade practices.',
      ['hong-kong', 'xinjiang', 'tibet', 'counternarcotics', 'trade-and-economy', 'human-rights'],
      [],
    ],
  ])('%s', (text, topics, organizations) => {
    expect(parseTopics(cleanDocument(text), registry)).toEqual({ topics, organizations });
  });
});
