/**
 * The schemas of the curated registries in `content/registry/`: people, topics and
 * organizations, and places. Editors keep these files by hand; the ingest reads them to
 * resolve what a bulletin names, and the site reads them for the person, place and topic
 * pages. One schema per file, so a typo is reported with the file and the path to it.
 */
import { z } from 'astro/zod';
import { CoordinatesSchema, CountryCodeSchema, PartialDateSchema, SlugSchema } from './entry.ts';

/**
 * A date in a registry file. YAML reads an unquoted `2013` as a number, so a whole year may
 * be written either way; months and days are strings (`2013-03`, `2013-03-16`).
 */
export const RegistryDateSchema = z
  .union([z.string(), z.number().int()])
  .transform((value) => String(value))
  .pipe(PartialDateSchema);

/** A regular expression written as a string in YAML; checked to compile. Case-insensitive parts use `(?i:...)`. */
export const PatternSchema = z.string().min(1).refine(
  (source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression (JavaScript syntax, "u" flag)' },
);

/** One office a person held, over a span of time. `to` absent: still held (or end unknown). */
export const RoleSchema = z
  .object({
    /** The office as a reader would say it (`Foreign Minister`). */
    title: z.string().min(1),
    /** The first month or day in office (`2013-03` or `2013-03-16`); absent when unknown. */
    from: RegistryDateSchema.optional(),
    /** The last month or day in office; absent while it is held. */
    to: RegistryDateSchema.optional(),
    /** The body the office belongs to, when the title alone is ambiguous (`State Council`). */
    of: z.string().min(1).optional(),
  })
  .strict();
export type Role = z.infer<typeof RoleSchema>;

/** One person of `content/registry/people.yml`. */
export const PersonSchema = z
  .object({
    /** Permanent id and URL slug (`/people/<id>/`); never changes once published. */
    id: SlugSchema,
    /** The canonical name, in the order and spelling the archive displays (`Sergey Lavrov`). */
    name: z.string().min(1),
    /** Every other spelling, transliteration and form seen (`Sergei Lavrov`, `Lavrov`). */
    aliases: z.array(z.string().min(1)).default([]),
    /** The country the person represents, ISO 3166-1 alpha-2. */
    country: CountryCodeSchema.optional(),
    /** Offices held, in time order. */
    roles: z.array(RoleSchema).default([]),
    /** One line saying who this is, for the person's page. */
    description: z.string().min(1).optional(),
  })
  .strict();
export type Person = z.infer<typeof PersonSchema>;

/** The whole of `people.yml`: a list of people with unique ids. */
export const PeopleFileSchema = z.array(PersonSchema).superRefine((people, ctx) => {
  const seen = new Map<string, number>();
  people.forEach((person, index) => {
    const first = seen.get(person.id);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `id "${person.id}" is already used by entry ${first}` });
    } else seen.set(person.id, index);
  });
});

/** A topic or an organization of `content/registry/topics.yml`. */
export const TermSchema = z
  .object({
    /** Permanent id and URL slug (`ukraine-crisis`, `sco`). */
    id: SlugSchema,
    /** What readers see (`Ukraine crisis`, `Shanghai Cooperation Organization`). */
    label: z.string().min(1),
    /** A short form, for organizations known by one (`SCO`). */
    short: z.string().min(1).optional(),
    /** Patterns that find the term in a bulletin's title or text; any one is enough. */
    match: z.array(PatternSchema).min(1),
    /** One line saying what the term covers, for its page. */
    description: z.string().min(1).optional(),
  })
  .strict();
export type Term = z.infer<typeof TermSchema>;

/** The whole of `topics.yml`. */
export const TopicsFileSchema = z
  .object({
    topics: z.array(TermSchema),
    organizations: z.array(TermSchema),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    for (const [group, terms] of [['topics', file.topics], ['organizations', file.organizations]] as const) {
      terms.forEach((term, index) => {
        if (seen.has(term.id)) ctx.addIssue({ code: 'custom', path: [group, index, 'id'], message: `id "${term.id}" is used twice` });
        seen.add(term.id);
      });
    }
  });
export type TopicsFile = z.infer<typeof TopicsFileSchema>;

/** A famous building or site, and where it stands. */
export const VenueSchema = z
  .object({
    /** The venue as displayed (`Great Hall of the People`). */
    name: z.string().min(1),
    /** Patterns that find it in the text. */
    match: z.array(PatternSchema).min(1),
    /** The city it is in, as the gazetteer names it, when it is in one. */
    city: z.string().min(1).optional(),
    /** The country it is in, ISO 3166-1 alpha-2. */
    country: CountryCodeSchema,
    /** Where it stands, for a venue outside any city (`Camp David`); a venue in a city takes the city's. */
    coordinates: CoordinatesSchema.optional(),
  })
  .strict();
export type Venue = z.infer<typeof VenueSchema>;

/** A place name whose sense in diplomatic news differs from the gazetteer's largest match. */
export const PlaceNameSchema = z
  .object({
    /** The name as written (`Bali`, `Washington, D.C.`); matched without regard to case. */
    name: z.string().min(1),
    /** The city to record, when it differs from the name as written (`Washington` for `Washington, D.C.`); absent: the name itself. */
    city: z.string().min(1).optional(),
    /** The country it is in, ISO 3166-1 alpha-2. */
    country: CountryCodeSchema,
    /** Where it lies, when the gazetteer lacks the name or gives it another sense (`Bali`, `Washington`). */
    coordinates: CoordinatesSchema.optional(),
  })
  .strict();
export type PlaceName = z.infer<typeof PlaceNameSchema>;

/** A recurring multilateral gathering (`G20 Summit`, `BRICS Summit`, `UN General Assembly`). */
export const OccasionSchema = z
  .object({
    /** Permanent id (`g20-summit`). */
    id: SlugSchema,
    /** What readers see (`G20 Summit`). */
    label: z.string().min(1),
    /** Patterns that recognise the occasion in "on the sidelines of ..." phrases; the first occasion that matches wins. */
    match: z.array(PatternSchema).min(1),
  })
  .strict();
export type Occasion = z.infer<typeof OccasionSchema>;

/** The whole of `places.yml`. */
export const PlacesFileSchema = z
  .object({
    venues: z.array(VenueSchema),
    names: z.array(PlaceNameSchema),
    occasions: z.array(OccasionSchema),
  })
  .strict();
export type PlacesFile = z.infer<typeof PlacesFileSchema>;

/** Everything curated, as the ingest and the site use it. */
export interface Registry {
  people: Person[];
  topics: Term[];
  organizations: Term[];
  venues: Venue[];
  placeNames: PlaceName[];
  occasions: Occasion[];
}
