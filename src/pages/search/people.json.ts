/**
 * `/search/people.json`: everyone who has a person page, with every spelling of their name,
 * for the search page to offer a person's page when a query names them in any spelling
 * (src/lib/search-names.ts). Built once; small (a few hundred names).
 */
import type { APIRoute } from 'astro';
import { getPeople } from '../../data/entries.ts';
import { toPersonPath } from '../../lib/paths.ts';
import type { SearchPerson } from '../../lib/search-names.ts';

export const GET: APIRoute = async () => {
  const people: SearchPerson[] = (await getPeople()).map((person) => ({
    id: person.id,
    name: person.name,
    aliases: person.alsoWrittenAs,
    url: toPersonPath(person.id),
    meetings: person.meetings,
  }));
  return new Response(JSON.stringify(people), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
