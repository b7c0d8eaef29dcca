import { describe, expect, test } from 'vitest';
import { countLabel, groupIntoMeetings, indexMeetingsByReport, isMainReport } from '../../../src/lib/meetings.ts';
import { makeEntry, participant } from './make-entry.ts';

const day = (date: string) => ({ date, datePrecision: 'day' as const });

describe('groupIntoMeetings', () => {
  test('one meeting per meeting id, newest first, undated last', () => {
    const meetings = groupIntoMeetings([
      makeEntry('old', day('2014-01-21')),
      makeEntry('undated'),
      makeEntry('new', day('2020-12-30')),
      makeEntry('new-tass', { ...day('2020-12-30'), meeting: 'new' }),
    ]);
    expect(meetings.map((m) => m.id)).toEqual(['new', 'old', 'undated']);
    expect(meetings.map((m) => m.reports.length)).toEqual([2, 1, 1]);
  });

  test('the main report is the one whose id is the meeting id, listed first', () => {
    const [meeting] = groupIntoMeetings([
      makeEntry('b-second', { meeting: 'm-main' }),
      makeEntry('a-third', { meeting: 'm-main' }),
      makeEntry('m-main'),
    ]);
    expect(meeting?.main.id).toBe('m-main');
    expect(meeting?.reports.map((r) => r.id)).toEqual(['m-main', 'a-third', 'b-second']);
  });

  test('without its main report a meeting is still listed, the first report by id standing in', () => {
    const [meeting] = groupIntoMeetings([makeEntry('z', { meeting: 'gone' }), makeEntry('y', { meeting: 'gone' })]);
    expect(meeting?.id).toBe('gone');
    expect(meeting?.main.id).toBe('y');
  });

  test('merges participants, mentions, topics and organizations of all reports, once each', () => {
    const [meeting] = groupIntoMeetings([
      makeEntry('main', {
        participants: [participant('wang-yi', 'CN', { role: 'Foreign Minister' }), participant('sergey-lavrov', 'RU')],
        mentioned: [{ name: 'Xi Jinping', person: 'xi-jinping' }],
        topics: ['ukraine-crisis'],
        organizations: ['sco'],
      }),
      makeEntry('other', {
        meeting: 'main',
        participants: [
          participant('wang-yi', 'CN', { role: 'State Councilor' }),
          participant('maria-zakharova', 'RU'),
        ],
        // Named as a participant by the main report: not a mere mention of the meeting.
        mentioned: [{ name: 'Lavrov', person: 'sergey-lavrov' }, { name: 'Putin', person: 'vladimir-putin' }],
        topics: ['ukraine-crisis', 'trade'],
        organizations: ['brics'],
      }),
    ]);
    expect(meeting?.participants.map((p) => p.person)).toEqual(['wang-yi', 'sergey-lavrov', 'maria-zakharova']);
    // The main report's version of a participant wins.
    expect(meeting?.participants[0]?.role).toBe('Foreign Minister');
    expect(meeting?.mentioned.map((m) => m.person)).toEqual(['xi-jinping', 'vladimir-putin']);
    expect(meeting?.topics).toEqual(['ukraine-crisis', 'trade']);
    expect(meeting?.organizations).toEqual(['sco', 'brics']);
  });

  test('date and place come from the main report, else from the first report that has them', () => {
    const place = { city: 'Montreux', country: 'CH', place: 'montreux-ch' };
    const [meeting] = groupIntoMeetings([
      makeEntry('main'),
      makeEntry('other', { meeting: 'main', ...day('2014-01-21'), location: place }),
    ]);
    expect(meeting?.date).toBe('2014-01-21');
    expect(meeting?.datePrecision).toBe('day');
    expect(meeting?.location).toEqual(place);

    const [undated] = groupIntoMeetings([makeEntry('alone')]);
    expect(undated).not.toHaveProperty('date');
    expect(undated?.location).toBeNull();
  });
});

describe('indexMeetingsByReport and isMainReport', () => {
  test('every report finds its meeting; only the main report is main', () => {
    const entries = [makeEntry('a'), makeEntry('b', { meeting: 'a' }), makeEntry('c')];
    const index = indexMeetingsByReport(groupIntoMeetings(entries));
    expect(index.get('b')?.id).toBe('a');
    expect(index.get('c')?.id).toBe('c');
    const meeting = index.get('a');
    if (!meeting) throw new Error('no meeting for a');
    expect(entries.map((entry) => isMainReport(meeting, entry))).toEqual([true, false, false]);
  });
});

describe('countLabel', () => {
  test.each([
    [0, 'meeting', undefined, '0 meetings'],
    [1, 'meeting', undefined, '1 meeting'],
    [12, 'meeting', undefined, '12 meetings'],
    [2, 'country', 'countries', '2 countries'],
  ])('%i %s → %s', (count, singular, plural, expected) => {
    expect(countLabel(count, singular, plural)).toBe(expected);
  });
});
