/**
 * The one schema of an archive entry. The ingest validates every entry with it before
 * writing, and `src/content.config.ts` uses the same schema for Astro's content collection,
 * so a file that reaches the site is a file the ingest would have written.
 *
 * Field names are a contract (see DESIGN.md): other tools read them.
 */
import { z } from 'astro/zod';

/** How much of `date` the bulletin's text supports. */
export const DatePrecisionSchema = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/** What happened. `other` when the bulletin reports an event of no listed kind. */
export const KindSchema = z.enum([
  'meeting',
  'talks',
  'phone-call',
  'video-call',
  'message-exchange',
  'visit',
  'press-conference',
  'joint-statement',
  'statement',
  'other',
]);
export type Kind = z.infer<typeof KindSchema>;

/** Every kind, in display order. */
export const KINDS: readonly Kind[] = KindSchema.options;

/** ISO 3166-1 alpha-2 country code, upper case (`CN`, `RU`). */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "CN"');

/** A calendar date kept as a string, to day, month or year (`2014-01-21`, `2014-01`, `2014`). */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

/** A full calendar day (`2021-01-05`). */
export const IsoDaySchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'YYYY-MM-DD');

/** A readable, URL-safe slug: lower-case words joined by hyphens (`sergey-lavrov`). */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens');

/**
 * The permanent id of a person in the people registry (`content/registry/people.yml`),
 * or of a provisional person the ingest made for a name the registry lacks.
 */
export const PersonIdSchema = SlugSchema;

/** A person who took part in the event. */
export const ParticipantSchema = z
  .object({
    /** The name as the text gives it, in its fullest form (`Sergey Lavrov`). */
    name: z.string().min(1),
    /** The person's registry id; every participant has one (a provisional one when unregistered). */
    person: PersonIdSchema,
    /** The office held that day: as the text gives it, else the registry's role on the date. */
    role: z.string().min(1).optional(),
    /** The country the person represents, ISO 3166-1 alpha-2. */
    country: CountryCodeSchema.optional(),
  })
  .strict();
export type Participant = z.infer<typeof ParticipantSchema>;

/** A person named in the text who did not take part. */
export const MentionSchema = z
  .object({
    /** The name as the text gives it. */
    name: z.string().min(1),
    /** The person's registry id (a provisional one when unregistered). */
    person: PersonIdSchema,
  })
  .strict();
export type Mention = z.infer<typeof MentionSchema>;

/** A point on the globe, in decimal degrees (WGS 84). */
export const CoordinatesSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  })
  .strict();
export type Coordinates = z.infer<typeof CoordinatesSchema>;

/** Where the event happened. Every part is optional: texts often name only a city or a venue. */
export const LocationSchema = z
  .object({
    /** City (`Montreux`). */
    city: z.string().min(1).optional(),
    /** ISO 3166-1 alpha-2 code of the country (`CH`). */
    country: CountryCodeSchema.optional(),
    /** Building or site (`Great Hall of the People`). */
    venue: z.string().min(1).optional(),
    /** The gathering the event was part of (`G20 Summit`). */
    occasion: z.string().min(1).optional(),
    /** The place's id (`montreux-ch`: city and country), for `/places/<place>/`; set with `city`. */
    place: SlugSchema.optional(),
    /** Where the city (or, without a city, the country) lies, from the gazetteer. */
    coordinates: CoordinatesSchema.optional(),
  })
  .strict();
export type Location = z.infer<typeof LocationSchema>;

/** Provenance: the raw file the entry was made from. */
export const SourceSchema = z
  .object({
    /** The raw file's name, relative to the input folder. */
    file: z.string().min(1),
    /** The page's address, when the raw text gives it. */
    url: z.url().optional(),
    /** SHA-256 of the raw file's bytes, lower-case hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** The publisher named in the text (`Xinhua`, `TASS`), when known. */
    publisher: z.string().min(1).optional(),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

/** A readable, URL-safe id: lower-case words joined by hyphens. */
export const EntryIdSchema = SlugSchema;

/** The frontmatter of one archive entry. The cleaned body is the Markdown below it. */
export const EntrySchema = z
  .object({
    /** Stable slug; the entry's URL is `/meetings/<id>/`. */
    id: EntryIdSchema,
    /** The bulletin's own title, or one generated from the lead sentence. */
    title: z.string().min(1),
    /** When the event happened; absent when the text does not say. */
    date: PartialDateSchema.optional(),
    /** How much of `date` the text supports; present exactly when `date` is. */
    datePrecision: DatePrecisionSchema.optional(),
    /** The bulletin's own publication or crawl date, when given and different from `date`. */
    published: IsoDaySchema.optional(),
    /** What happened. */
    kind: KindSchema,
    /** People who took part. */
    participants: z.array(ParticipantSchema),
    /** People named but not taking part. */
    mentioned: z.array(MentionSchema),
    /** Where it happened; `null` for calls, written exchanges, or when unknown. */
    location: LocationSchema.nullable(),
    /** What was discussed: topic ids of `content/registry/topics.yml` (`ukraine-crisis`). */
    topics: z.array(SlugSchema),
    /** International organizations named: organization ids of the same registry (`sco`). */
    organizations: z.array(SlugSchema),
    /**
     * The meeting this report belongs to: the id of the meeting's main report. Equal to `id`
     * when this entry is the main (or only) report; several bulletins reporting one event
     * share it.
     */
    meeting: EntryIdSchema,
    /** Where the entry came from. */
    source: SourceSchema,
    /** Other raw files holding the same text (exact re-posts), merged into this entry. */
    copies: z.array(SourceSchema).optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if ((entry.date === undefined) !== (entry.datePrecision === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['datePrecision'], message: 'date and datePrecision go together' });
    }
    if (entry.date !== undefined && entry.datePrecision !== undefined) {
      const expected = entry.date.length === 10 ? 'day' : entry.date.length === 7 ? 'month' : 'year';
      if (expected !== entry.datePrecision) {
        ctx.addIssue({
          code: 'custom',
          path: ['datePrecision'],
          message: `date "${entry.date}" has ${expected} precision, not ${entry.datePrecision}`,
        });
      }
    }
  });
export type Entry = z.infer<typeof EntrySchema>;

/**
 * Validates a candidate entry and returns every problem at once, so the ingest can report
 * a bad file with all its faults instead of the first.
 */
export function validateEntry(value: unknown): { ok: true; entry: Entry } | { ok: false; errors: string[] } {
  const result = EntrySchema.safeParse(value);
  if (result.success) return { ok: true, entry: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`),
  };
}
