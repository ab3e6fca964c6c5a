/**
 * The format of resources/lexicons/{de,en,ru}.json: cue words as data (lemmas and their class), from which
 * forms-{de,en,ru}.ts generate the inflected forms and build.ts the regexes of the Lexicon.
 *
 * Verb classes:
 * - speech: verbs of saying and reporting ("sagen", "warn", "заявить"): speech cues, also for quotes;
 * - stance: verbs of belief, fear and expectation that take a content clause ("befürchten", "believe", "считать"):
 *   speech cues as well, and listed on their own (`stanceVerb`);
 * - naming: verbs that name, characterise or judge ("bezeichnen", "called", "назвать", "condemn"): cues for
 *   partial quotes and object content, not for content clauses;
 * - weak: verbs that report speech only sometimes in news ("zeigen", "show", "find"): kept out of the cue
 *   regexes, listed (`weakVerb`) so that nobody adds them by accident and the engine can ask for them.
 */
import { z } from 'zod'

export const VERB_CLASSES = ['speech', 'stance', 'naming', 'weak'] as const
export type VerbClass = (typeof VERB_CLASSES)[number]
export const NOUN_CLASSES = ['speech', 'stance', 'document'] as const
export type NounClass = (typeof NOUN_CLASSES)[number]

const word = z.string().min(1).refine((s) => s === s.trim() && !/\s{2}/u.test(s), 'no outer or double spaces')

const common = {
  lemma: word,
  class: z.enum(VERB_CLASSES),
  /**
   * Words that must follow the verb (up to two words later): "выразил надежду", "expressed concern",
   * "zeigte sich zuversichtlich", "bestand darauf". Without them the verb is not this entry.
   */
  objects: z.array(word).min(1).optional(),
  /** Generated forms to leave out because they are other words too ("meine": a possessive, "bekannt"). */
  exclude: z.array(word).optional(),
  /**
   * The verb denies its content ("deny", "bestreiten", "опровергнуть"): "The Kremlin denied that troops crossed the
   * border" reports no claim "troops crossed the border", so the statement keeps the verb.
   */
  denies: z.literal(true).optional(),
  note: z.string().optional(),
}

/** German: the lemma is the infinitive, with any frame words before it ("zu bedenken geben", "davon ausgehen"). */
export const deVerbSchema = z
  .object({
    ...common,
    /** Separable prefix written with the verb in verb-final clauses and participles ("mit" in "mitteilen"). */
    particle: word.optional(),
    /** Which forms to generate (default all): 3rd person present, past, participle, Konjunktiv I 3rd person. */
    only: z.array(z.enum(['present', 'past', 'participle', 'subjunctive'])).optional(),
  })
  .strict()

/** English: the lemma is the base form with any particle or fixed words after it ("point out", "go on to say"). */
export const enVerbSchema = z
  .object({
    ...common,
    /** The base form is mostly a noun in news ("claim", "report"): leave out the bare base form. */
    noun: z.boolean().optional(),
    /** The -s form is mostly a plural noun ("fears", "hopes", "reports"): leave it out too. */
    nounPlural: z.boolean().optional(),
    only: z.array(z.enum(['base', 's', 'past', 'participle', 'ing'])).optional(),
  })
  .strict()

/**
 * Russian: the lemma is an infinitive, perfective when `pair` gives the imperfective ("заявить" / "заявлять"),
 * otherwise of the aspect in `aspect` (default imperfective). Words before or after it are fixed ("не исключить",
 * "обратить внимание", "дать понять").
 */
export const ruVerbSchema = z
  .object({
    ...common,
    pair: word.optional(),
    aspect: z.enum(['pf', 'impf', 'both']).optional(),
    /** The imperfective's reflexive-passive 3rd person is an impersonal cue ("сообщается", "говорится", "сообщалось"). */
    impersonal: z.boolean().optional(),
    only: z.array(z.enum(['past', 'present', 'gerund'])).optional(),
  })
  .strict()

const nounSchema = z
  .object({
    lemma: word,
    class: z.enum(NOUN_CLASSES),
    /** All forms to match, when the generated ones (see forms-*.ts) would be wrong. */
    forms: z.array(word).optional(),
    note: z.string().optional(),
  })
  .strict()

const sourcesSchema = z
  .object({
    /** Source phrases before the source: "laut", "according to", "согласно". */
    before: z.array(word),
    /** Preposition, optional modifier and noun: "nach (eigenen) Angaben", "по (его) словам". */
    prepositional: z
      .object({ prepositions: z.array(word).min(1), modifiers: z.array(word), nouns: z.array(word).min(1) })
      .strict()
      .optional(),
    /** Source phrases after the source: "zufolge". */
    after: z.array(word),
    /** Words that open a comparative source clause before a speech verb: "как" ("как сообщил X"), "wie", "as". */
    clause: z.array(word),
  })
  .strict()

/** German irregular verbs: [3rd person present, past, participle], alternatives separated by "|". */
const deIrregular = z.union([
  z.tuple([z.string(), z.string(), z.string()]),
  z.object({ present: z.string(), past: z.string(), participle: z.string(), subjunctive: z.string() }).strict(),
])
/** English irregular verbs: [past, participle], alternatives separated by "|" ("pleaded|pled"). */
const enIrregular = z.tuple([z.string(), z.string()])
/**
 * Russian irregular verbs, reflexive ones without -ся: masculine past, or all four past forms "m|f|n|pl" where
 * the stem changes; present or perfective future 3rd person [singular, plural]; gerund as written.
 */
const ruIrregular = z
  .object({ past: z.string().optional(), present: z.tuple([z.string(), z.string()]).optional(), gerund: z.string().optional() })
  .strict()

function lexiconFile<V extends z.ZodTypeAny, I extends z.ZodTypeAny>(language: string, verb: V, irregular: I) {
  return z
    .object({
      language: z.literal(language),
      notation: z.string(),
      irregular: z.record(z.string(), irregular),
      verbs: z.array(verb).min(1),
      /** Fixed multi-word cues of a class that no lemma generates ("was quoted as saying", "уверен"). */
      phrases: z.array(z.object({ text: word, class: z.enum(VERB_CLASSES) }).strict()),
      nouns: z.array(nounSchema),
      sources: sourcesSchema,
      /** Impersonal report cues: "heißt es", "it was said", "говорится" (Russian adds generated ones). */
      impersonal: z.array(word),
    })
    .strict()
}

export const deFileSchema = lexiconFile('de', deVerbSchema, deIrregular)
export const enFileSchema = lexiconFile('en', enVerbSchema, enIrregular)
export const ruFileSchema = lexiconFile('ru', ruVerbSchema, ruIrregular)

export type DeFile = z.infer<typeof deFileSchema>
export type EnFile = z.infer<typeof enFileSchema>
export type RuFile = z.infer<typeof ruFileSchema>
export type DeVerb = z.infer<typeof deVerbSchema>
export type EnVerb = z.infer<typeof enVerbSchema>
export type RuVerb = z.infer<typeof ruVerbSchema>
export type DeIrregular = z.infer<typeof deIrregular>
export type RuIrregular = z.infer<typeof ruIrregular>
export type Noun = z.infer<typeof nounSchema>

/** Validate a lexicon file; the error names the language and the offending path. */
export function parseLexiconFile<S extends z.ZodTypeAny>(schema: S, data: unknown, name: string): z.infer<S> {
  const r = schema.safeParse(data)
  if (!r.success) {
    const issue = r.error.issues[0]
    throw new Error(`resources/lexicons/${name}.json: ${issue.path.join('.')}: ${issue.message}`)
  }
  return r.data
}
