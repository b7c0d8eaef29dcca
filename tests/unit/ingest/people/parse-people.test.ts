import { describe, expect, test } from 'vitest';
import { cleanDocument } from '../../../../src/ingest/clean-document.ts';
import { parsePeople, type FoundParticipant } from '../../../../src/ingest/parse-people.ts';

const people = (text: string, kind: Parameters<typeof parsePeople>[1] = 'other') => parsePeople(cleanDocument(text), kind);

describe('parsePeople: who took part', () => {
  test.each<[string, string, FoundParticipant[], string[]]>([
    [
      'role before, country after the name ("X met with Y of Russia")',
      'On March 2, 2015, Foreign Minister Wang Yi met with Foreign Minister Sergey Lavrov of Russia in Moscow. Wang Yi said the two sides should deepen cooperation. Lavrov agreed.',
      [{ name: 'Wang Yi', role: 'Foreign Minister' }, { name: 'Sergey Lavrov', role: 'Foreign Minister', country: 'RU' }],
      [],
    ],
    [
      '"his Russian counterpart" gives the country; the surnames join the full names',
      'Chinese President Xi Jinping on Tuesday held talks with his Russian counterpart Vladimir Putin in Beijing. Xi said relations were at their best. Putin agreed.',
      [{ name: 'Xi Jinping', role: 'President', country: 'CN' }, { name: 'Vladimir Putin', role: 'President', country: 'RU' }],
      [],
    ],
    [
      'phone talks; a counterpart without an office of its own takes the other side\'s',
      'Japanese Foreign Minister Taro Kono held phone talks with his South Korean counterpart Kang Kyung-wha on Friday, the ministry said.',
      [{ name: 'Taro Kono', role: 'Foreign Minister', country: 'JP' }, { name: 'Kang Kyung-wha', role: 'Foreign Minister', country: 'KR' }],
      [],
    ],
    [
      'negation: "did not hold talks with" leaves them mentioned',
      'Indian External Affairs Minister Subrahmanyam Jaishankar met Russian Foreign Minister Sergey Lavrov on the sidelines of the summit on Friday. Jaishankar did not hold bilateral talks with his Pakistani and Chinese counterparts Bilawal Bhutto and Wang Yi.',
      [{ name: 'Subrahmanyam Jaishankar', role: 'External Affairs Minister', country: 'IN' }, { name: 'Sergey Lavrov', role: 'Foreign Minister', country: 'RU' }],
      ['Bilawal Bhutto', 'Wang Yi'],
    ],
    [
      'future meetings are mentioned; the visitor took part',
      'Russian Prime Minister Mikhail Mishustin begins his visit to Beijing. In the next two days, he will meet with Chinese President Xi Jinping and will hold talks with Premier Li Qiang.',
      [{ name: 'Mikhail Mishustin', role: 'Prime Minister', country: 'RU' }],
      ['Xi Jinping', 'Li Qiang'],
    ],
    [
      'an announced meeting: the spokesperson who announces it took part',
      'Chinese President Xi Jinping will meet with U.S. President Joe Biden via video link on Tuesday, Foreign Ministry spokesperson Hua Chunying said here Saturday.',
      [{ name: 'Hua Chunying', role: 'Foreign Ministry spokesperson' }],
      ['Xi Jinping', 'Joe Biden'],
    ],
    [
      'an announced visit: "says ... spokesman"',
      'Chinese State Councilor and Foreign Minister Wang Yi will be visiting Washington on May 23, says Foreign Ministry spokesman Lu Kang.',
      [{ name: 'Lu Kang', role: 'Foreign Ministry spokesman' }],
      ['Wang Yi'],
    ],
    [
      'surname-only mentions merge into the full name',
      'President Hu Jintao met visiting Kenyan President Mwai Kibaki in Beijing on Monday. Hu said China values its ties with Kenya. Kibaki thanked Hu for the warm welcome.',
      [{ name: 'Hu Jintao', role: 'President' }, { name: 'Mwai Kibaki', role: 'President', country: 'KE' }],
      [],
    ],
    [
      'honorifics (HE, Dr., Madame) are stripped; an apposition gives the office',
      'HE Minister of State for Foreign Affairs Dr. Mohammed bin Abdulaziz Al Khulaifi met on Sunday with HE Madame Catherine Colonna, Minister for Europe and Foreign Affairs of France.',
      [
        { name: 'Mohammed bin Abdulaziz Al Khulaifi', role: 'Minister of State for Foreign Affairs' },
        { name: 'Catherine Colonna', role: 'Minister for Europe and Foreign Affairs', country: 'FR' },
      ],
      [],
    ],
    [
      'office with its country after it ("Foreign Minister of the People\'s Republic of China Wang Yi")',
      "On July 17, Foreign Minister Sergey Lavrov had a telephone conversation with State Councilor and Foreign Minister of the People's Republic of China Wang Yi.",
      [{ name: 'Sergey Lavrov', role: 'Foreign Minister' }, { name: 'Wang Yi', role: 'State Councilor and Foreign Minister', country: 'CN' }],
      [],
    ],
    [
      'office before a comma, name after it ("The Minister ..., Prince X,")',
      'The Minister of Foreign Affairs, Prince Faisal bin Farhan, met today with the Russian Foreign Minister, Sergey Lavrov, on the sidelines of the meeting.',
      [{ name: 'Faisal bin Farhan', role: 'Minister of Foreign Affairs' }, { name: 'Sergey Lavrov', role: 'Foreign Minister', country: 'RU' }],
      [],
    ],
    [
      'secondary ("also met") and planned meetings are mentioned',
      'Secretary of State Hillary Clinton met Chinese Foreign Minister Yang Jiechi in Washington on Wednesday. Yang also met with Treasury Secretary Timothy Geithner and is set to meet President Barack Obama on Thursday.',
      [{ name: 'Hillary Clinton', role: 'Secretary of State' }, { name: 'Yang Jiechi', role: 'Foreign Minister', country: 'CN' }],
      ['Timothy Geithner', 'Barack Obama'],
    ],
    [
      'an earlier event in an "after" clause is mentioned',
      'Chinese President Xi Jinping returned to Beijing on Sunday evening after a meeting with US President Barack Obama in California.',
      [{ name: 'Xi Jinping', role: 'President', country: 'CN' }],
      ['Barack Obama'],
    ],
    [
      'a solo press conference has one participant',
      'Chinese State Councilor and Foreign Minister Wang Yi met the press on Friday morning. Wang said President Xi Jinping would visit Europe this year.',
      [{ name: 'Wang Yi', role: 'State Councilor and Foreign Minister', country: 'CN' }],
      ['Xi Jinping'],
    ],
    [
      'an unnamed side ("the Chinese Foreign Minister") is named by a later sentence',
      'President Obama met with the Chinese Foreign Minister today in the Oval Office. During the meeting, President Obama and Foreign Minister Yang discussed the bilateral relationship.',
      [{ name: 'Obama', role: 'President' }, { name: 'Yang', role: 'Foreign Minister', country: 'CN' }],
      [],
    ],
    [
      'a pronoun subject ("where he met") stands for the person named before it',
      'Xi is in Tanzania, where he met Sunday with his counterpart, President Jakaya Kikwete. Xi Jinping arrived from Moscow.',
      [{ name: 'Xi Jinping' }, { name: 'Jakaya Kikwete', role: 'President' }],
      [],
    ],
    [
      'a message sent to "his Chinese counterpart, NAME,"',
      'Russian President Vladimir Putin on Saturday sent a message to his Chinese counterpart, Xi Jinping, congratulating him on his re-election.',
      [{ name: 'Vladimir Putin', role: 'President', country: 'RU' }, { name: 'Xi Jinping', role: 'President', country: 'CN' }],
      [],
    ],
    [
      'heads of state only referred to are mentioned',
      'State Councilor and Foreign Minister Wang Yi and Russian Foreign Minister Sergey Lavrov exchanged New Year congratulatory messages. Wang Yi said relations under President Xi Jinping and President Vladimir Putin were strong.',
      [{ name: 'Wang Yi', role: 'State Councilor and Foreign Minister' }, { name: 'Sergey Lavrov', role: 'Foreign Minister', country: 'RU' }],
      ['Xi Jinping', 'Vladimir Putin'],
    ],
    [
      'a photographer in a caption credit is mentioned',
      'Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday.\n\nChinese President Xi Jinping holds talks with Brazilian President Luiz Inacio Lula da Silva in Beijing, April 14, 2023. (Xinhua/Ding Haitao)',
      [{ name: 'Xi Jinping', role: 'President', country: 'CN' }, { name: 'Luiz Inacio Lula da Silva', role: 'President', country: 'BR' }],
      ['Ding Haitao'],
    ],
    [
      'a lone surname that acts ("Putin greets") is a person',
      'The conversation took place on Tuesday. Putin greets Xi Jinping with a wave and calls him a dear friend. Putin said relations were strong.',
      [{ name: 'Putin' }, { name: 'Xi Jinping' }],
      [],
    ],
    [
      'a spouse welcomed with a participant took part',
      'Visiting Chinese President Hu Jintao has attended an informal dinner hosted by his Russian counterpart Vladimir Putin. Hu Jintao and his wife Liu Yongqing were warmly welcomed by Putin and his wife.',
      [{ name: 'Hu Jintao', role: 'President', country: 'CN' }, { name: 'Vladimir Putin', role: 'President', country: 'RU' }, { name: 'Liu Yongqing', role: 'wife' }],
      [],
    ],
    [
      'the host of a banquet ("hosted by") took part',
      'On Jan. 19, 2011, President Hu Jintao attended the welcome banquet hosted by U.S. President Barack Obama at the White House.',
      [{ name: 'Hu Jintao', role: 'President' }, { name: 'Barack Obama', role: 'President', country: 'US' }],
      [],
    ],
    [
      'a list of people met ("for meetings with A, B and C")',
      'Secretary of State Antony Blinken traveled to Beijing for meetings with President Xi Jinping, Foreign Minister Wang Yi and Minister of Public Security Wang Xiaohong.',
      [
        { name: 'Antony Blinken', role: 'Secretary of State' },
        { name: 'Xi Jinping', role: 'President' },
        { name: 'Wang Yi', role: 'Foreign Minister' },
        { name: 'Wang Xiaohong', role: 'Minister of Public Security' },
      ],
      [],
    ],
    [
      'the hosts of a departing trip are mentioned',
      'President Xi Jinping left Beijing on Tuesday for state visits to Spain and Argentina. Xi was invited by Spanish King Felipe VI and Argentine President Mauricio Macri.',
      [{ name: 'Xi Jinping', role: 'President' }],
      ['Felipe VI', 'Mauricio Macri'],
    ],
  ])('%s', (_label, text, participants, mentioned) => {
    expect(people(text)).toEqual({ participants, mentioned });
  });
});

describe('parsePeople: offices and names of other traditions', () => {
  test.each<[string, FoundParticipant[]]>([
    [
      "U.S. Secretary of State Marco Rubio spoke with China's Foreign Minister Wang Yi by phone on Friday, the State Department said.",
      [{ name: 'Marco Rubio', role: 'Secretary of State', country: 'US' }, { name: 'Wang Yi', role: 'Foreign Minister', country: 'CN' }],
    ],
    [
      'Emir of Qatar Sheikh Tamim bin Hamad Al Thani received a phone call from US President Joe Biden on Saturday.',
      [{ name: 'Tamim bin Hamad Al Thani', role: 'Emir', country: 'QA' }, { name: 'Joe Biden', role: 'President', country: 'US' }],
    ],
    [
      'Saudi Crown Prince Mohammed bin Salman met British Prime Minister Rishi Sunak in Riyadh on Thursday.',
      [{ name: 'Mohammed bin Salman', role: 'Crown Prince', country: 'SA' }, { name: 'Rishi Sunak', role: 'Prime Minister', country: 'GB' }],
    ],
    ['Kim Jong Un met Russian Foreign Minister Sergei Lavrov in Pyongyang.', [{ name: 'Kim Jong Un' }, { name: 'Sergei Lavrov', role: 'Foreign Minister', country: 'RU' }]],
  ])('%s', (text, participants) => {
    expect(people(text).participants).toEqual(participants);
  });
});

describe('parsePeople: any text', () => {
  test.each(['', 'Ladies and Gentlemen, thank you.', '在2022年新年来临之际,王毅与拉夫罗夫互致新年贺电。', 'A'.repeat(5000), 'Mr. . Dr. , President ( ) of the of', 'Xi Xi Xi Xi met met met'])(
    'never throws and lists nobody twice: %s',
    (text) => {
      const { participants, mentioned } = people(text);
      const names = [...participants.map((p) => p.name), ...mentioned];
      expect(new Set(names).size).toBe(names.length);
    },
  );
});

describe('parsePeople: the kind of bulletin', () => {
  test('a statement has its spokesperson as participant', () => {
    const text = 'Foreign Ministry spokesperson Mao Ning said on Monday that Premier Li Qiang met Prime Minister Anthony Albanese in Beijing.';
    expect(people(text, 'statement').participants).toEqual([{ name: 'Mao Ning', role: 'Foreign Ministry spokesperson' }]);
  });

  test('a text that names nobody has no people', () => {
    expect(people('The two countries signed an agreement on trade on Monday.')).toEqual({ participants: [], mentioned: [] });
  });
});
