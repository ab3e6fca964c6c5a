/**
 * Turns an alias as written in the seed or by the analyst ("Министерство иностранных дел",
 * "Auswärtiges Amt", "Russische Föderation") into a token pattern that accepts its inflected forms.
 *
 * Why paradigms and not a stemmer: Snowball stemmers merge word classes that must stay apart here
 * ("Minsker Abkommen" and "минский" would become the capital Minsk) and miss some case forms
 * ("Moskaus" ≠ "moskau"). Instead each word gets the endings of its class: German strong/weak
 * adjective endings and genitive -s/-es, Russian noun declension by stem ending and adjective
 * endings. Over-generation (forms that do not exist) is harmless: they never occur in text.
 *
 * Phrase structure: adjectives before the head inflect with it, the head inflects, complements
 * after the head ("иностранных дел", "für auswärtige Angelegenheiten", "Америки") stay as written.
 * In a hyphenated compound only the last part inflects ("Нью-Дели", "Saudi-Arabiens").
 *
 * Notation inside alias text: `word!` never inflects; `word~` inflects as a noun even where it
 * would stay fixed (all-caps "МИД~" → МИДа, МИДу); `word|stem` gives the stem of the oblique
 * cases when it differs (Russian fleeting vowels: "Египет|Египт" → Египта).
 * Case: a word written with a capital only matches a capitalised word; an acronym written in
 * capitals only matches capitals ("US" is not "us"); a lower-case word matches any case.
 */
import { Gap, tokenize, type Token } from './tokenize'
import { foldWord } from './normalize'

export type Lang = 'de' | 'en' | 'ru'

/** Flags of a word form. */
export const FORM_BASE = 1
/** A form that can stand as a genitive complement ("Russlands", "России", "РФ", "Belarus"). */
export const FORM_GEN = 2

export const CaseRule = { Any: 0, Upper: 1, Caps: 2 } as const
export type CaseRule = (typeof CaseRule)[keyof typeof CaseRule]

export interface Slot {
  /** Folded form → FORM_* flags. */
  forms: Map<string, number>
  caseRule: CaseRule
  /** The gap before this slot in the alias (ignored for the first slot). */
  gap: Gap
  possessive: boolean
}

export interface Pattern {
  slots: Slot[]
  /** Index of the head word, whose form tells the case of the whole phrase. */
  head: number
}

export class AliasSyntaxError extends Error {
  constructor(alias: string, reason: string) {
    super(`Alias "${alias}": ${reason}`)
    this.name = 'AliasSyntaxError'
  }
}

const DE_ADJ_ENDINGS = ['', 'e', 'en', 'em', 'er', 'es']
const DE_NOUN_ENDINGS = ['', 's', 'es', 'n', 'en']
const RU_ADJ_ENDINGS = ['ий', 'ый', 'ой', 'ого', 'его', 'ому', 'ему', 'им', 'ым', 'ом', 'ем', 'ая', 'яя', 'ую', 'юю', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ыми', 'ими', 'ей']
const RU_ADJ_NOMINATIVE = /(ий|ый|ой|ая|яя|ое|ее|ые|ие)$/
const DE_ADJ_ENDING = /(es|er|en|em|e)$/

/** Russian noun endings by the ending of the nominative: [ending to drop, endings to add]. */
const RU_NOUN: Array<[RegExp, number, string[]]> = [
  [/ия$/, 2, ['ия', 'ии', 'ию', 'ией', 'иею', 'ий', 'иям', 'иями', 'иях']],
  [/я$/, 1, ['я', 'и', 'е', 'ю', 'ей', 'ею', 'ь', 'ям', 'ями', 'ях']],
  [/а$/, 1, ['а', 'ы', 'и', 'е', 'у', 'ой', 'ою', '', 'ам', 'ами', 'ах']],
  [/о$/, 1, ['о', 'а', 'у', 'ом', 'е', '', 'ам', 'ами', 'ах']],
  [/е$/, 1, ['е', 'я', 'ю', 'ем', 'и', 'й', 'ям', 'ями', 'ях']],
  [/ь$/, 1, ['ь', 'я', 'ю', 'ем', 'е', 'и', 'ью', 'ей', 'ям', 'ями', 'ях']],
  [/й$/, 1, ['й', 'я', 'ю', 'ем', 'е', 'и', 'ев', 'ям', 'ями', 'ях']],
  [/[ыи]$/, 1, ['ы', 'и', '', 'ов', 'ев', 'ей', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях']],
  [/$/, 0, ['', 'а', 'у', 'ом', 'ем', 'е', 'ы', 'и', 'ов', 'ев', 'ам', 'ами', 'ах']],
]

type WordClass = 'fixed' | 'noun' | 'adj'

interface AliasWord {
  token: Token
  /** Folded oblique stem from `word|stem`, if given. */
  stem: string | null
  mark: '!' | '~' | null
}

/** Splits alias text into words with their notation marks. */
function parseAlias(alias: string): AliasWord[] {
  const marks: Array<{ mark: '!' | '~' | null; stem: string | null }> = []
  const clean = alias.replace(/([^\s\-!~|]+)(?:\|([^\s\-!~|]+))?([!~])?/g, (_all, word: string, stem?: string, mark?: string) => {
    if (/[\p{L}\p{N}]/u.test(word)) marks.push({ mark: (mark as '!' | '~' | undefined) ?? null, stem: stem ? foldWord(stem) : null })
    return word
  })
  const tokens = tokenize(clean)
  if (tokens.length === 0) throw new AliasSyntaxError(alias, 'has no words')
  if (tokens.length !== marks.length) {
    // Punctuation split a word ("d'Orsay" stays one token; "a/b" would not): marks cannot be placed.
    if (marks.some((m) => m.mark || m.stem)) throw new AliasSyntaxError(alias, 'marks (! ~ |) must follow whole words')
    return tokens.map((token) => ({ token, stem: null, mark: null }))
  }
  return tokens.map((token, i) => ({ token, stem: marks[i].stem, mark: marks[i].mark }))
}

function caseRuleOf(token: Token): CaseRule {
  if (token.caps && token.end - token.start >= 2) return CaseRule.Caps
  return token.upper ? CaseRule.Upper : CaseRule.Any
}

function addForm(forms: Map<string, number>, form: string, flags: number): void {
  if (form.length === 0) return
  forms.set(form, (forms.get(form) ?? 0) | flags)
}

function nounForms(word: string, stem: string | null, lang: Lang): Map<string, number> {
  const forms = new Map<string, number>()
  if (lang === 'de') {
    const invariantGenitive = /[sxzß]$/.test(word)
    for (const e of DE_NOUN_ENDINGS) {
      addForm(forms, word + e, e === '' ? FORM_BASE | (invariantGenitive ? FORM_GEN : 0) : e.endsWith('s') ? FORM_GEN : 0)
    }
    // Latin plurals: Ministerium → Ministerien
    if (word.endsWith('ium')) addForm(forms, word.slice(0, -2) + 'en', 0)
  } else if (lang === 'ru') {
    const [, drop, endings] = RU_NOUN.find(([re]) => re.test(word))!
    const stems = [word.slice(0, word.length - drop), ...(stem ? [stem] : [])]
    for (const s of stems) for (const e of endings) addForm(forms, s + e, FORM_GEN)
    forms.set(word, FORM_BASE)
  } else {
    // English: the plural of the head ("the Russian and Belarusian foreign ministries").
    forms.set(word, FORM_BASE)
    addForm(forms, /[sxz]$|[cs]h$/.test(word) ? word + 'es' : /[^aeiou]y$/.test(word) ? word.slice(0, -1) + 'ies' : word + 's', 0)
  }
  return forms
}

function adjectiveForms(word: string, lang: Lang): Map<string, number> {
  const forms = new Map<string, number>()
  if (lang === 'de') {
    const stem = word.length > 4 ? word.replace(DE_ADJ_ENDING, '') : word
    for (const e of DE_ADJ_ENDINGS) addForm(forms, stem + e, 0)
  } else if (lang === 'ru' && RU_ADJ_NOMINATIVE.test(word)) {
    const stem = word.slice(0, -2)
    for (const e of RU_ADJ_ENDINGS) addForm(forms, stem + e, 0)
  }
  forms.set(word, FORM_BASE | (forms.get(word) ?? 0))
  return forms
}

function fixedForms(word: string): Map<string, number> {
  return new Map([[word, FORM_BASE | FORM_GEN]])
}

/** Is this word, standing before `next`, an attributive adjective of the head? */
function looksAdjectival(word: AliasWord, next: AliasWord | undefined, lang: Lang): boolean {
  if (!next || next.token.gap === Gap.Break) return false
  if (lang === 'ru') return RU_ADJ_NOMINATIVE.test(word.token.norm) && word.token.norm.length >= 4
  if (lang === 'de') return DE_ADJ_ENDING.test(word.token.norm) && next.token.upper
  return false
}

/** Groups of words joined by hyphens; only a group's last word inflects. */
function hyphenGroups(words: AliasWord[]): AliasWord[][] {
  const groups: AliasWord[][] = []
  for (const w of words) {
    if (groups.length > 0 && w.token.gap === Gap.Hyphen) groups[groups.length - 1].push(w)
    else groups.push([w])
  }
  return groups
}

function buildPattern(words: AliasWord[], classes: WordClass[], head: number, lang: Lang): Pattern {
  const slots = words.map((w, i): Slot => {
    const norm = w.token.norm
    const acronym = w.token.caps && w.token.end - w.token.start >= 2
    let cls = w.mark === '!' ? 'fixed' : w.mark === '~' ? 'noun' : classes[i]
    if (acronym && w.mark !== '~') cls = 'fixed'
    const forms = cls === 'noun' ? nounForms(norm, w.stem, lang) : cls === 'adj' ? adjectiveForms(norm, lang) : fixedForms(norm)
    return { forms, caseRule: caseRuleOf(w.token), gap: w.token.gap, possessive: w.token.possessive }
  })
  return { slots, head }
}

/**
 * A noun phrase: adjectives, then the head (the first word that is not adjectival), then
 * complements that keep their form. English phrases only take a plural on their last word
 * (possessives are handled by the tokenizer); single proper names ("Moscow") none.
 */
export function nounPhrasePattern(alias: string, lang: Lang): Pattern {
  const words = parseAlias(alias)
  const classes: WordClass[] = words.map(() => 'fixed')
  if (lang === 'en') {
    // Only the last word can change (plural); the rest keeps its form.
    const last = words[words.length - 1]
    if (!last.token.upper || words.length > 1) classes[words.length - 1] = 'noun'
    return buildPattern(words, classes, words.length - 1, lang)
  }
  const groups = hyphenGroups(words)
  let index = 0
  let head = -1
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]
    const lastIndex = index + group.length - 1
    if (head < 0) {
      const nextWord = groups[g + 1]?.[0]
      if (looksAdjectival(group[group.length - 1], nextWord, lang)) {
        classes[lastIndex] = 'adj'
      } else {
        classes[lastIndex] = 'noun'
        head = lastIndex
      }
    }
    index += group.length
  }
  return buildPattern(words, classes, head < 0 ? words.length - 1 : head, lang)
}

/** An adjective ("russisch", "российский", "saudi-arabisch"): its last word takes adjective endings. */
export function adjectivePattern(alias: string, lang: Lang): Pattern {
  const words = parseAlias(alias)
  const classes: WordClass[] = words.map((_, i) => (i === words.length - 1 && lang !== 'en' ? 'adj' : 'fixed'))
  return buildPattern(words, classes, words.length - 1, lang)
}

/** The alias text without notation marks, for display. */
export function displayAlias(alias: string): string {
  return alias.replace(/\|[^\s\-!~|]+/g, '').replace(/[!~](?=\s|-|$)/g, '')
}
