/**
 * German verb forms for the lexicon: 3rd person present and past (singular and plural), Konjunktiv I 3rd person
 * singular, Partizip II; separable verbs and fixed frames in both word orders — the main clause frame
 * ("teilte … mit", "gab … zu bedenken") and the verb-final clause ("mitteilte", "zu bedenken gab") — and their
 * participles ("mitgeteilt", "zu bedenken gegeben"). Weak verbs are regular; strong and mixed verbs take their
 * principal parts from the file's irregular table, also through an inseparable prefix ("bestreiten" from
 * "streiten").
 */
import { alternatives, type Form, type VerbForms } from './forms'
import type { DeFile, DeIrregular, DeVerb } from './schema'

const INSEPARABLE = ['hinter', 'wider', 'unter', 'über', 'miss', 'emp', 'ent', 'ver', 'zer', 'be', 'er', 'ge']

interface Parts {
  present: string[]
  presentPlural: string[]
  past: string[]
  pastPlural: string[]
  participle: string[]
  subjunctive: string[]
  subjunctivePlural: string[]
}

export function germanVerb(entry: DeVerb, irregular: DeFile['irregular']): VerbForms {
  const words = entry.lemma.split(' ')
  const reflexive = words[0] === 'sich'
  if (reflexive) words.shift()
  const verb = words[words.length - 1]
  const frame = words.slice(0, -1).join(' ')
  const particle = entry.particle ?? ''
  if (particle && !verb.startsWith(particle)) throw new Error(`de lexicon: "${entry.lemma}" does not start with its particle "${particle}"`)
  const parts = withOldSpelling(conjugate(verb.slice(particle.length), irregular))
  const only = entry.only ? new Set(entry.only) : null
  const exclude = new Set(entry.exclude ?? [])
  const forms: Form[] = []
  const add = (f: Form) => {
    if (only && !only.has(f.kind as 'present')) return
    if (exclude.has(f.text)) return
    forms.push(f)
  }
  const finite: [string[], Form['kind'], boolean][] = [
    [parts.present, 'present', false],
    [parts.presentPlural, 'present', true],
    [parts.past, 'past', false],
    [parts.pastPlural, 'past', true],
    [parts.subjunctive, 'subjunctive', false],
    [parts.subjunctivePlural, 'subjunctive', true],
  ]
  if (particle || frame) {
    const tail = [frame, particle].filter(Boolean).join(' ')
    const before = frame ? `${frame} ` : ''
    for (const [list, kind, plural] of finite) {
      for (const f of list) {
        add({ text: f, kind, plural, tail })
        // The verb-final plural is also the infinitive after a modal ("kann … mitteilen"), far more often.
        if (!plural) add({ text: `${before}${particle}${f}`, kind, plural, final: true })
      }
    }
    for (const p of parts.participle) add({ text: `${before}${particle}${p}`, kind: 'participle' })
  } else if (reflexive) {
    // Only the main clause order, where "sich" follows the finite verb: "zeigte sich", "sorgt sich".
    for (const [list, kind, plural] of finite) for (const f of list) add({ text: `${f} sich`, kind, plural, v2: true })
  } else {
    for (const [list, kind, plural] of finite) for (const f of list) add({ text: f, kind, plural, final: kind !== 'subjunctive', v2: true })
    for (const p of parts.participle) add({ text: p, kind: 'participle' })
  }
  return { lemma: entry.lemma, class: entry.class, objects: entry.objects, ...(entry.denies ? { denies: true as const } : {}), forms }
}

/** Principal parts of a verb without separable particle or frame. */
export function conjugate(verb: string, irregular: DeFile['irregular']): Parts {
  const own = irregular[verb]
  if (own) return fromIrregular(verb, own, '')
  for (const prefix of INSEPARABLE) {
    if (verb.startsWith(prefix) && verb.length > prefix.length + 3 && irregular[verb.slice(prefix.length)]) {
      return fromIrregular(verb, irregular[verb.slice(prefix.length)], prefix)
    }
  }
  return weak(verb)
}

function fromIrregular(verb: string, forms: DeIrregular, prefix: string): Parts {
  if (!Array.isArray(forms)) {
    const split = (s: string) => alternatives(s)
    const [present, past, subjunctive] = [split(forms.present), split(forms.past), split(forms.subjunctive)]
    return {
      present: present.slice(0, 1),
      presentPlural: present.slice(1),
      past: past.slice(0, 1),
      pastPlural: past.slice(1),
      participle: split(forms.participle),
      subjunctive: subjunctive.slice(0, 1),
      subjunctivePlural: subjunctive.slice(1),
    }
  }
  const [present, past, participle] = forms.map(alternatives)
  // A prefix that is not separable replaces the participle's "ge-": "gestritten" → "bestritten".
  const pp = participle.map((p) => (prefix ? prefix + p.replace(/^ge/u, '') : p))
  const pasts = past.map((p) => prefix + p)
  return {
    present: present.map((p) => prefix + p),
    presentPlural: [verb],
    past: pasts,
    pastPlural: pasts.map((p) => p + (p.endsWith('e') ? 'n' : 'en')),
    participle: pp,
    subjunctive: [subjunctiveOf(verb)],
    subjunctivePlural: [verb],
  }
}

function subjunctiveOf(verb: string): string {
  // "geben" → "gebe", "tun" → "tue".
  return verb.endsWith('en') ? verb.slice(0, -1) : verb.replace(/n$/u, 'e')
}

/** A weak (regular) verb: "sagen" → sagt, sagte, gesagt; "behaupten" → behauptet; "fordern" → fordert. */
function weak(verb: string): Parts {
  const stem = /[eaiouäöü][lr]n$/u.test(verb) ? verb.slice(0, -1) : verb.replace(/e?n$/u, '')
  const e = needsE(stem) ? 'e' : ''
  const ge = INSEPARABLE.some((p) => verb.startsWith(p) && verb.length > p.length + 3) || stem.endsWith('ier') ? '' : 'ge'
  const past = `${stem}${e}te`
  return {
    present: [`${stem}${e}t`],
    presentPlural: [verb],
    past: [past],
    pastPlural: [`${past}n`],
    participle: [`${ge}${stem}${e}t`],
    subjunctive: [`${stem}e`],
    subjunctivePlural: [verb],
  }
}

/** "antwort-et", "bericht-et", "meld-et", "rechn-et", "bezeichn-et", "entgegn-et"; but "warn-t", "erwähn-t". */
function needsE(stem: string): boolean {
  if (/(?:[dt]|chn)$/u.test(stem)) return true
  return /[^aeiouäöülrhmn][mn]$/u.test(stem)
}

/** The spelling before 1996, still in archives and some outlets: "läßt", "faßte", "schloß" next to "lässt". */
function withOldSpelling(parts: Parts): Parts {
  const old = (list: string[]) => [...new Set(list.flatMap((f) => [f, f.replace(/ss(?=t|$)/gu, 'ß')]))]
  return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, old(v)])) as unknown as Parts
}
