/**
 * The shipped seed of people who speak for registry actors (resources/persons/persons.json): heads of state and
 * government, foreign ministers, spokespeople, heads of international organisations, with their offices and
 * dates. Validated with zod when first used.
 */
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

let cached: SeedPerson[] | undefined

/** The shipped people, validated once per process. */
export function defaultPersons(): SeedPerson[] {
  cached ??= personSeedSchema.parse(data).persons
  return cached
}
