import { describe, expect, test } from 'vitest';
import { countryOfPhrase, normaliseRole, rolesCompatible } from '../../../../src/ingest/people/roles.ts';

describe('normaliseRole', () => {
  test.each<[string, string | undefined]>([
    ['Russian Foreign Minister', 'Foreign Minister'],
    ['Chinese State Councilor and Foreign Minister', 'State Councilor and Foreign Minister'],
    ["Foreign Minister of the People's Republic of China", 'Foreign Minister'],
    ["Premier of China's State Council", 'Premier of the State Council'],
    ['Prime Minister of the Russian Federation', 'Prime Minister'],
    ['External Affairs Minister (EAM) Dr.', 'External Affairs Minister'],
    ['Chinese president', 'President'],
    ['his South Korean counterpart', 'counterpart'],
    ['HE Minster of Foreign Affairs of the Republic of the Sudan', 'Minister of Foreign Affairs'],
    ['Minister of Foreign Affairs Prince', 'Minister of Foreign Affairs'],
    ['PM', 'Prime Minister'],
    ['Chinese', undefined],
  ])('%s → %s', (phrase, role) => {
    expect(normaliseRole(phrase)).toBe(role);
  });
});

describe('countryOfPhrase', () => {
  test.each<[string, string | undefined]>([
    ['Russian Foreign Minister', 'RU'],
    ['his U.S. counterpart', 'US'],
    ['US Secretary of State', 'US'],
    ["Premier of the State Council of the People's Republic of China", 'CN'],
    ['Minister of Foreign Affairs of the Republic of the Sudan', 'SD'],
    ['Director of the CCP Central Foreign Affairs Office', 'CN'],
    ['German Ambassador to China', 'DE'],
    ['Secretary of State', undefined],
  ])('%s → %s', (phrase, code) => {
    expect(countryOfPhrase(phrase)).toBe(code);
  });
});

describe('rolesCompatible', () => {
  test.each<[string, string, boolean]>([
    ['leader', 'President', true],
    ['leader', 'Premier', true],
    ['Foreign Minister', 'Secretary of State', true],
    ['Foreign Minister', 'President', false],
    ['premier', 'Prime Minister', true],
  ])('%s ~ %s: %s', (unnamed, named, expected) => {
    expect(rolesCompatible(unnamed, named)).toBe(expected);
  });
});
