/**
 * Names in any spelling on the search page: which registered people a query names, so the
 * page can offer their pages ("Sergey Lavrov — person page") above the results. Names are
 * compared the way the ingest's resolver compares them (`normaliseName`: case, accents,
 * honorifics, dots and hyphens, Sergei/Sergey and the other transliteration pairs), so the
 * search and the archive agree on who a spelling stands for. Pure; bundled into the page's script.
 */
import { normaliseName } from '../registry/resolve-people.ts';

/** One person as `/search/people.json` lists them (src/pages/search/people.json.ts). */
export interface SearchPerson {
  /** The person id. */
  id: string;
  /** The name the archive shows. */
  name: string;
  /** Other spellings: registry aliases and the forms the entries use. */
  aliases: string[];
  /** The person's page, base path included. */
  url: string;
  /** Meetings they took part in. */
  meetings: number;
}

/** The folded words of a name or a query (see `normaliseName` in src/registry/resolve-people.ts). */
export function foldName(text: string): string[] {
  const folded = normaliseName(text);
  return folded === '' ? [] : folded.split(' ');
}

/** Whether `needle` occurs in `haystack` as consecutive words. */
function containsWords(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((word, i) => haystack[start + i] === word)) return true;
  }
  return false;
}

/** The shortest single word that counts as naming someone: a surname (`Lavrov`, `Modi`), not `Li` or `Wang`. */
const MIN_SURNAME_LENGTH = 4;

/**
 * The people `query` names, most meetings first (at most `limit`): those whose name or an
 * alias of several words occurs in the query as whole words in any spelling the resolver
 * folds ("sergei lavrov", "Sergey Viktorovich Lavrov ukraine"), or, for a one-word query of at
 * least four letters, whose name or an alias ends with it or is it ("lavrov", "lula"; "Li"
 * alone offers no one).
 */
export function matchPeople(query: string, people: readonly SearchPerson[], limit = 3): SearchPerson[] {
  const words = foldName(query);
  if (words.length === 0) return [];
  const [word] = words;
  const oneWord = words.length === 1 && word !== undefined && word.length >= MIN_SURNAME_LENGTH ? word : undefined;
  const matched = people.filter((person) => {
    const forms = [person.name, ...person.aliases].map(foldName);
    // A form of several words may stand anywhere in the query; a one-word form ("Wang", "Lula"),
    // and a surname, only as the whole query, so "wang yi" does not offer every Wang.
    if (forms.some((form) => form.length > 1 && containsWords(words, form))) return true;
    return oneWord !== undefined && forms.some((form) => form[form.length - 1] === oneWord);
  });
  return matched.sort((a, b) => b.meetings - a.meetings || a.name.localeCompare(b.name)).slice(0, limit);
}
