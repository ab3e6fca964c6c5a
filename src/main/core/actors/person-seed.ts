/**
 * The shipped seed of people who speak for registry actors (resources/persons/persons.json): heads of state and
 * government, foreign ministers, spokespeople, heads of international organisations, with their offices and
 * dates. Validated with zod when first used.
 */
import { createHash } from 'node:crypto'
import { z } from 'zod'
import data from '../../../../resources/persons/persons.json'

const name = z.string().trim().min(2)
const month = z.string().regex(/^\d{4}(?:-\d{2})?$/u, 'a date is YYYY or YYYY-MM')

const office = z
  .object({ role: z.string().min(1), actor: z.string().min(1), from: month, to: month.nullable() })
  .strict()
  .refine((o) => !o.to || o.to >= o.from, 'an office ends after it begins')

const person = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/u),
    gender: z.enum(['f', 'm']),
    names: z.object({ de: z.array(name).min(1), en: z.array(name).min(1), ru: z.array(name).min(1) }).strict(),
    /** A surname alone names the person (false for common words and shared surnames: "Price", "Wang"). */
    surnameAlone: z.boolean().optional(),
    offices: z.array(office).min(1),
  })
  .strict()

export const personSeedSchema = z.object({ version: z.number().int().positive(), notation: z.string().optional(), persons: z.array(person) }).strict()

export type SeedPerson = z.infer<typeof person>
export type Office = z.infer<typeof office>

/**
 * A person as the engine knows them, shipped or the analyst's own (person-store.ts): names in some languages,
 * the gender where known.
 */
export interface KnownPerson {
  id: string
  gender: 'f' | 'm' | null
  names: Partial<Record<string, string[]>>
  surnameAlone?: boolean
  /**
   * Learned from a title in some article (source 'text'): the surname alone names them only where the article
   * also gives the full name or names the same body for the speaker (statements/link-persons.ts).
   */
  learned?: boolean
  offices: Office[]
}

export interface PersonSeed {
  version: number
  /** SHA-256 of the seed's content: a library syncs again when it changes. */
  hash: string
  persons: SeedPerson[]
}

let cached: PersonSeed | undefined

/**
 * The shipped person seed, validated once per process when its people are first read: a library whose
 * person seed is current compares only the version and hash at start-up.
 */
export function defaultPersonSeed(): PersonSeed {
  if (!cached) {
    const hash = createHash('sha256').update(JSON.stringify(data)).digest('hex')
    let persons: SeedPerson[] | undefined
    const parsed = () => personSeedSchema.parse(data)
    cached =
      typeof data.version === 'number'
        ? {
            version: data.version,
            hash,
            get persons() {
              return (persons ??= parsed().persons)
            },
          }
        : { ...parsed(), hash }
  }
  return cached
}

/** The shipped people, validated once per process. */
export function defaultPersons(): SeedPerson[] {
  return defaultPersonSeed().persons
}
