/** The shape of resources/actors/seed.json, validated with zod before anything is built from it. */
import { z } from 'zod'

const ACTOR_KINDS = ['foreign-ministry', 'ministry', 'government', 'presidency', 'organisation', 'agency', 'person', 'other'] as const
export const actorKind = z.enum(ACTOR_KINDS)

const text = z.string().trim().min(1, 'must not be empty')
/**
 * A term with an optional confidence, and `office` for a term naming an officeholder rather than the body:
 * "Außenministerium", { "text": "Seite", "confidence": 0.75 }, { "text": "Premier", "confidence": 0.85, "office": true }.
 */
const term = z.union([text, z.object({ text, confidence: z.number().gt(0).lte(1).optional(), office: z.boolean().optional() }).strict()])
const perLang = <T extends z.ZodType>(item: T) =>
  z.object({ de: z.array(item).optional(), en: z.array(item).optional(), ru: z.array(item).optional() }).strict()
/** Aliases by language; "*" for language-neutral ones (acronyms). */
const aliasesByLang = z
  .object({ de: z.array(text).optional(), en: z.array(text).optional(), ru: z.array(text).optional(), '*': z.array(text).optional() })
  .strict()

const grammarWords = z
  .object({
    determiners: z.array(text),
    genitiveLinks: z.array(text),
    locativeLinks: z.array(text),
    prepositions: z.array(text),
    attributiveHeads: z.array(text),
    conjunctions: z.array(text),
    demonstratives: z.array(text),
  })
  .strict()

const countryNames = z
  .object({ names: z.array(text).min(1), adjectives: z.array(text).min(1), capitals: z.array(text).optional() })
  .strict()

export const bodySuffix = z.string().regex(/^[a-z]+$/, 'a body suffix is lower-case letters (mfa, gov, pres)')

export const seedSchema = z
  .object({
    version: z.number().int().positive(),
    notation: z.string().optional(),
    grammar: z.object({ de: grammarWords, en: grammarWords, ru: grammarWords }).strict(),
    bodyTypes: z.record(
      bodySuffix,
      z
        .object({
          kind: actorKind,
          /** English display name; {label} is the country's label ("Russian"). */
          name: z.string().includes('{label}', { message: 'must contain {label}' }),
          /** The phrase used in generated display aliases, with its grammatical gender where it matters. */
          display: z
            .object({
              de: z.tuple([text, z.enum(['m', 'f', 'n'])]),
              en: text,
              ru: z.tuple([text, z.enum(['m', 'f', 'n'])]),
            })
            .strict(),
          terms: perLang(term),
        })
        .strict(),
    ),
    genericTerms: z.partialRecord(actorKind, perLang(text)),
    countries: z.array(
      z
        .object({
          iso: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in lower case'),
          /** English adjective for display names ("Russian", "U.S."); defaults to the first English adjective. */
          label: text.optional(),
          de: countryNames,
          en: countryNames,
          ru: countryNames,
          bodies: z.array(bodySuffix).min(1),
          /** false when the capital stands for something else in the news (Brussels → the EU). */
          capitalMetonym: z.boolean().optional(),
        })
        .strict(),
    ),
    actors: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens'),
          name: text.optional(),
          /** The actor's name in German and Russian (English is `name`), for reports and the app in that language. */
          names: z.object({ de: text.optional(), en: text.optional(), ru: text.optional() }).strict().optional(),
          kind: actorKind.optional(),
          country: z.string().regex(/^[a-z]{2}$/).nullable().optional(),
          aliases: aliasesByLang.optional(),
          metonyms: aliasesByLang.optional(),
        })
        .strict(),
    ),
  })
  .strict()

export type SeedFile = z.infer<typeof seedSchema>
