/**
 * The schema of an editor override: `content/overrides/<entry-id>.yml` corrects what the
 * parser got wrong in one entry. Overrides are input, like the raw files: every ingest applies
 * them again after parsing, so a correction survives every re-ingest.
 *
 * Every top-level key replaces the parsed value as a whole (a `participants` list replaces
 * the whole list, a `location` the whole location); keys left out keep the parsed value.
 * `null` removes an optional field. The entry's `id` (the file name), `source` and `copies`
 * (provenance, from the raw files) cannot be overridden.
 */
import { z } from 'astro/zod';
import {
  CountryCodeSchema,
  DatePrecisionSchema,
  EntryIdSchema,
  IsoDaySchema,
  KindSchema,
  LocationSchema,
  PersonIdSchema,
  SlugSchema,
} from './entry.ts';
import { RegistryDateSchema } from './registry.ts';

/** A key an override may not set, with the reason an editor sees. */
function forbidden(why: string) {
  return z.never({ error: `cannot be changed by an override: ${why}` }).optional();
}

/**
 * A participant as an editor writes one. Without `person`, the name is resolved through the
 * people registry (with `role` and `country` as hints), as the parser's names are.
 */
export const OverrideParticipantSchema = z
  .object({
    /** The name as it should be shown (`Sergey Lavrov`). */
    name: z.string().min(1),
    /** The office held that day; absent: the registry's role on the entry's date, if any. */
    role: z.string().min(1).optional(),
    /** The country the person represents, ISO 3166-1 alpha-2. */
    country: CountryCodeSchema.optional(),
    /** The registry id, to settle an ambiguous name by hand; absent: resolved from the name. */
    person: PersonIdSchema.optional(),
  })
  .strict();
export type OverrideParticipant = z.infer<typeof OverrideParticipantSchema>;

/** A mentioned person: a name (resolved through the registry) or `{ name, person? }`. */
export const OverrideMentionSchema = z.union([
  z.string().min(1),
  z
    .object({
      /** The name as the text gives it. */
      name: z.string().min(1),
      /** The registry id; absent: resolved from the name. */
      person: PersonIdSchema.optional(),
    })
    .strict(),
]);
export type OverrideMention = z.infer<typeof OverrideMentionSchema>;

/** One override file. Every field is optional; see the module comment for how each applies. */
export const OverrideSchema = z
  .object({
    /** Not allowed: the file's name says which entry it patches. */
    id: forbidden('the file name (<entry-id>.yml) says which entry it patches'),
    /** Not allowed: provenance comes from the raw file. */
    source: forbidden('provenance comes from the raw file'),
    /** Not allowed: copies are the raw files holding the same text. */
    copies: forbidden('copies are found from the raw files'),
    /** Replaces the title. */
    title: z.string().min(1).optional(),
    /** Replaces the event's date (and sets `datePrecision` from its length); `null` removes both. */
    date: RegistryDateSchema.nullable().optional(),
    /** Sets the precision explicitly; rarely needed, since `date` implies it. */
    datePrecision: DatePrecisionSchema.nullable().optional(),
    /** Replaces the publication date (`YYYY-MM-DD`); `null` removes it. */
    published: IsoDaySchema.nullable().optional(),
    /** Replaces the kind of event. */
    kind: KindSchema.optional(),
    /** Replaces the whole list of participants. */
    participants: z.array(OverrideParticipantSchema).optional(),
    /** Replaces the whole list of people mentioned. */
    mentioned: z.array(OverrideMentionSchema).optional(),
    /** Replaces the whole location; `null` means the event has no place (a call) or it is unknown. */
    location: LocationSchema.nullable().optional(),
    /** Replaces the topics: ids of `content/registry/topics.yml`. */
    topics: z.array(SlugSchema).optional(),
    /** Replaces the organizations: ids of `content/registry/topics.yml`. */
    organizations: z.array(SlugSchema).optional(),
    /**
     * Links this report to the meeting of another entry (its id), or unlinks it (this entry's
     * own id). The entry is then left out of automatic linking.
     */
    meeting: EntryIdSchema.optional(),
  })
  .strict();
export type Override = z.infer<typeof OverrideSchema>;
