/**
 * Russian verb forms for the lexicon, for both verbs of an aspect pair: past tense (m/f/n/pl), present or
 * perfective future 3rd person (sg/pl), gerunds ("заявив", "заявляя"), reflexive verbs ("высказался",
 * "надеются", "высказавшись") and, for verbs marked impersonal, the reflexive passive of the imperfective
 * ("сообщается", "говорится", "сообщалось"). Regular conjugation classes are derived from the infinitive
 * (-ать/-ять, -ить, -еть, -овать, -ывать/-ивать, -авать, -нуть); the rest come from the file's irregular table.
 * Words before or after the verb in the lemma are kept ("не исключил", "дал понять").
 */
import type { Form, VerbForms } from './forms'
import type { RuFile, RuVerb } from './schema'

const INFINITIVE = /(?:ть|ти|чь)(?:ся|сь)?$/u

export function russianVerb(entry: RuVerb, irregular: RuFile['irregular']): VerbForms {
  const forms: Form[] = []
  const only = entry.only ? new Set(entry.only) : null
  const exclude = new Set(entry.exclude ?? [])
  const aspect = entry.pair ? 'pf' : (entry.aspect ?? 'impf')
  const verbs: [string, 'pf' | 'impf' | 'both'][] = [[entry.lemma, aspect]]
  if (entry.pair) verbs.push([entry.pair, 'impf'])
  for (const [lemma, asp] of verbs) {
    const words = lemma.split(' ')
    const at = words.findIndex((w) => INFINITIVE.test(w))
    if (at < 0) throw new Error(`ru lexicon: no infinitive in "${lemma}"`)
    const before = words.slice(0, at).map((w) => `${w} `).join('')
    const after = words.slice(at + 1).map((w) => ` ${w}`).join('')
    for (const f of conjugate(words[at], asp, irregular, entry.impersonal === true)) {
      if (f.kind !== 'impersonal' && only && !only.has(f.kind as 'past')) continue
      const text = before + f.text + after
      if (exclude.has(text) || forms.some((x) => x.text === text)) continue
      forms.push({ ...f, text })
    }
  }
  return { lemma: entry.lemma, class: entry.class, objects: entry.objects, ...(entry.denies ? { denies: true as const } : {}), forms }
}

/** The forms of one infinitive. */
export function conjugate(infinitive: string, aspect: 'pf' | 'impf' | 'both', irregular: RuFile['irregular'], impersonal: boolean): Form[] {
  const reflexive = /(?:ся|сь)$/u.test(infinitive)
  const base = reflexive ? infinitive.slice(0, -2) : infinitive
  const own = irregular[base] ?? irregular[infinitive] ?? {}
  const out: Form[] = []
  // Past tense: "заявил/заявила/заявило/заявили"; "опроверг/опровергла"; reflexive "высказался/высказалась";
  // the table gives the masculine, or all four where the stem changes ("пришёл|пришла|пришло|пришли").
  const listed = own.past?.split('|')
  const masc = listed?.[0] ?? (base.endsWith('ть') ? `${base.slice(0, -2)}л` : null)
  let neuter: string | null = null
  if (masc) {
    const stem = masc.endsWith('л') ? masc : `${masc}л`
    const four = listed?.length === 4 ? listed : [masc, `${stem}а`, `${stem}о`, `${stem}и`]
    neuter = four[2]
    four.forEach((p, i) => out.push({ text: reflexive ? reflexivePast(p) : p, kind: 'past', plural: i === 3 }))
  }
  const present = own.present ?? presentOf(base)
  if (present) {
    out.push({ text: reflexive ? `${present[0]}ся` : present[0], kind: 'present' })
    out.push({ text: reflexive ? `${present[1]}ся` : present[1], kind: 'present', plural: true })
    // "подчеркнёт" is also written "подчеркнет"; the ending in "ет" then stands for both.
  }
  const gerunds = own.gerund ? [own.gerund] : []
  if (!own.gerund) {
    if (aspect !== 'impf' && base.endsWith('ть')) gerunds.push(reflexive ? `${base.slice(0, -2)}вшись` : `${base.slice(0, -2)}в`)
    if (aspect !== 'pf') {
      const g = imperfectiveGerund(base, present)
      if (g) gerunds.push(reflexive ? `${g}сь` : g)
    }
  }
  for (const g of gerunds) out.push({ text: g, kind: 'gerund' })
  if (impersonal && aspect !== 'pf' && !reflexive && present) {
    out.push({ text: `${present[0]}ся`, kind: 'impersonal' })
    if (neuter) out.push({ text: `${neuter}сь`, kind: 'impersonal' })
  }
  return out
}

function reflexivePast(p: string): string {
  return /[аоиы]$/u.test(p) ? `${p}сь` : `${p}ся`
}

/** Present (or perfective future) 3rd person singular and plural of a non-reflexive infinitive, where regular. */
export function presentOf(base: string): [string, string] | null {
  if (/[ое]вать$/u.test(base)) {
    const stem = base.slice(0, -5)
    return [`${stem}ует`, `${stem}уют`]
  }
  if (/(?:^|[^ыи])авать$/u.test(base) && !/[ыи]вать$/u.test(base)) {
    const stem = base.slice(0, -4)
    return [`${stem}ёт`, `${stem}ют`]
  }
  if (/нуть$/u.test(base)) {
    const stem = base.slice(0, -3)
    return [`${stem}ёт`, `${stem}ут`]
  }
  if (/еять$/u.test(base)) {
    // "надеяться" → "надеется", "надеются".
    const stem = base.slice(0, -3)
    return [`${stem}ет`, `${stem}ют`]
  }
  if (/[ая]ть$/u.test(base)) {
    const stem = base.slice(0, -2)
    return [`${stem}ет`, `${stem}ют`]
  }
  if (/[ие]ть$/u.test(base)) {
    const stem = base.slice(0, -3)
    return [`${stem}ит`, `${stem}${/[жшчщ]$/u.test(stem) ? 'ат' : 'ят'}`]
  }
  return null
}

/** "заявляя", "говоря", "признавая", "констатируя"; none for "-ут" verbs ("пишут"). */
function imperfectiveGerund(base: string, present: [string, string] | null): string | null {
  if (/(?:^|[^ыи])авать$/u.test(base) && !/[ыи]вать$/u.test(base)) return `${base.slice(0, -2)}я`
  if (!present) return null
  const pl = present[1]
  if (/[ая]т$/u.test(pl) && /[жшчщ]ат$/u.test(pl)) return `${pl.slice(0, -2)}а`
  if (/(?:ют|ят)$/u.test(pl)) return `${pl.slice(0, -2)}я`
  return null
}
