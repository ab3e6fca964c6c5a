/**
 * English verb forms for the lexicon: base, -s, past, past participle and -ing, with particles and fixed words
 * after the verb kept in place ("pointed out", "went on to say"). Irregular and consonant-doubling verbs take
 * their past and participle from the file's irregular table ("said", "admitted"); the -ing form doubles too.
 */
import { alternatives, type Form, type VerbForms } from './forms'
import type { EnFile, EnVerb } from './schema'

const VOWEL = /[aeiou]/u

export function englishVerb(entry: EnVerb, irregular: EnFile['irregular']): VerbForms {
  const [verb, ...rest] = entry.lemma.split(' ')
  const after = rest.length ? ` ${rest.join(' ')}` : ''
  const own = irregular[verb]
  const past = own ? alternatives(own[0]) : [regularPast(verb)]
  const participle = own ? alternatives(own[1]) : past
  const only = entry.only ? new Set(entry.only) : null
  const exclude = new Set(entry.exclude ?? [])
  const forms: Form[] = []
  const add = (text: string, kind: Form['kind'], plural?: boolean) => {
    // The data calls the -s form "s"; as a form it is the present.
    if (only && !only.has(kind === 'present' ? 's' : (kind as 'base'))) return
    if (exclude.has(text)) return
    if (forms.some((f) => f.text === text && f.kind === kind)) return
    forms.push({ text, kind, plural })
  }
  if (!entry.noun) add(verb + after, 'base', true)
  if (!entry.nounPlural) add(thirdPerson(verb) + after, 'present')
  for (const p of past) add(p + after, 'past')
  for (const p of participle) add(p + after, 'participle')
  add(ing(verb, past[0]) + after, 'ing')
  return { lemma: entry.lemma, class: entry.class, objects: entry.objects, ...(entry.denies ? { denies: true as const } : {}), forms }
}

export function thirdPerson(verb: string): string {
  if (verb === 'be') return 'is'
  if (verb === 'have') return 'has'
  if (/(?:s|x|z|ch|sh)$/u.test(verb) || /[^aeiou]o$/u.test(verb)) return `${verb}es`
  if (/[^aeiou]y$/u.test(verb)) return `${verb.slice(0, -1)}ies`
  return `${verb}s`
}

export function regularPast(verb: string): string {
  if (verb.endsWith('e')) return `${verb}d`
  if (/[^aeiou]y$/u.test(verb)) return `${verb.slice(0, -1)}ied`
  // One syllable ending in a single vowel and consonant doubles it: "plan" → "planned"; longer verbs are in the table.
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/u.test(verb)) return `${verb}${verb[verb.length - 1]}ed`
  return `${verb}ed`
}

/** "saying", "arguing", "admitting" (doubling as in the past tense), "lying". */
export function ing(verb: string, past: string): string {
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`
  const last = verb[verb.length - 1]
  if ((past === `${verb}${last}ed` || /^[^aeiou]*[aeiou][bdgklmnprt]$/u.test(verb)) && !VOWEL.test(last)) return `${verb}${last}ing`
  if (/[^eoy]e$/u.test(verb) && verb.length > 2) return `${verb.slice(0, -1)}ing`
  return `${verb}ing`
}
