/** Reader-facing names of countries and places. */
import type { Location } from '../schema/entry.ts';

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** The English name of an ISO 3166-1 alpha-2 code (`RU` → `Russia`); the code itself when unknown. */
export function toCountryName(code: string): string {
  return REGION_NAMES.of(code) ?? code;
}

/**
 * The place of an event as one line, most specific first
 * (`Diaoyutai State Guesthouse, Beijing, China`); `undefined` when nothing is known.
 * The occasion is not a place and is left to the caller.
 */
export function toPlaceLabel(location: Location | null): string | undefined {
  if (location === null) return undefined;
  const parts = [location.venue, location.city, location.country && toCountryName(location.country)];
  const known = parts.filter((part): part is string => part !== undefined && part !== '');
  return known.length > 0 ? known.join(', ') : undefined;
}
