import { describe, expect, test } from 'vitest';
import { cleanDocument } from '../../../src/ingest/clean-document.ts';
import { parseKind } from '../../../src/ingest/parse-kind.ts';

describe('parseKind', () => {
  test.each([
    ['Wang Yi Meets with Foreign Minister of Russia\n\nOn January 21, 2014, Foreign Minister Wang Yi met with Foreign Minister Sergey Lavrov of Russia in Montreux.', 'meeting'],
    ['Wang Yi Holds Telephone Talks with Foreign Minister Sergei Lavrov of Russia\n\nOn March 3, 2014, Foreign Minister Wang Yi held telephone talks with Russian Foreign Minister Sergei Lavrov.', 'phone-call'],
    ['Macron, Merkel hold video talks with China\'s Xi\n\nFrench President Emmanuel Macron and German Chancellor Angela Merkel held video talks with Chinese President Xi Jinping on Monday.', 'video-call'],
    ['State Councilor Wang Yi and Russian Foreign Minister Sergey Lavrov exchanged New Year congratulatory messages.\n\nWang Yi said in his message that ties are good.', 'message-exchange'],
    ['Russian President Vladimir Putin on Saturday sent a message to his Chinese counterpart, Xi Jinping, congratulating him.\n\nXi was elected.', 'message-exchange'],
    ['Chinese, Brazilian presidents hold talks\n\nChinese President Xi Jinping held talks with his Brazilian counterpart Luiz Inacio Lula da Silva in Beijing on Friday.', 'talks'],
    ['Chinese state councilor, FM meets press on foreign policy\n\nChinese State Councilor and Foreign Minister Wang Yi met the press Friday morning.', 'press-conference'],
    ['Xi to meet Biden via video link\n\nChinese President Xi Jinping will meet with U.S. President Joe Biden via video link on Nov. 16, Foreign Ministry spokesperson Hua Chunying said here Saturday.', 'statement'],
    ['China\'s Li visits Berlin\n\nChina\'s new premier Li Keqiang has held talks with leading German parliamentarians on the final day of his Berlin visit.', 'visit'],
    ['President Xi Jinping left Beijing Tuesday for state visits to Spain, Argentina, Panama and Portugal.\n\nXi was invited to pay the visits.', 'visit'],
    ['China and Russia signed a joint statement to strengthen their key partnership on Friday after President Xi Jinping arrived in Moscow.\n\nThe visit will create a blueprint.', 'joint-statement'],
    ['Chinese President Hu Jintao and visiting Russian President Vladimir Putin began their talks at the Great Hall of the People on Tuesday.\n\nHu said ties are good.', 'talks'],
    ['The conversation took place the day after the inauguration.\n\nHowever, the discussion took place via video link while adhering to formalities.', 'video-call'],
  ])('%#: %s', (text, kind) => {
    expect(parseKind(cleanDocument(text))).toBe(kind);
  });
});
