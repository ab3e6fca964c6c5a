/**
 * People the text introduces with a title: a full name set beside a role of a registered body —
 * "Maria Sacharowa, Sprecherin des russischen Außenministeriums", "Kremlin spokesman Dmitry Peskov",
 * "Der Sprecher des Auswärtigen Amts, Karl Beispiel", "заместитель министра иностранных дел России Сергей Рябков".
 * Such a person becomes a person of the library (source 'text', persons/person-learning.ts).
 *
 * Precision first: the role word must touch the body mention (or be part of it: "Kremlin spokesman"), the name
 * must touch the title (with at most a comma between), be two to four capitalised words the text shows to be a
 * name, and nobody the library knows under that full name. A bare name, a role without a name ("a spokesman for
 * the ministry") and a role of an unregistered or unnamed body make nobody.
 */
import rolesData from '../../../../resources/persons/roles.json'
import { createPersonIndex, layerPersonIndex } from '../actors/person-index'
import type { KnownPerson } from '../actors/person-seed'
import type { ActorMention } from '../actors/types'
import { classesAt, Letter, Mark } from '../actors/word-scan'
import { roleGender } from './coreference'
import type { StatementDocument } from './document'
import { isNameWord } from './names'
import { isSpace } from './patterns'
import { NOT_NAMES as NEVER_NAMES } from './speakers'
import { spansOverlapping } from './spans-in-range'
import { titledId } from './titled-id'
import type { TitledPerson } from './types'


interface RoleSet {
  /** Any role word, for finding one beside a body. */
  any: string
  /** Each role with its pattern (whole words), in order: the first that matches names the role. */
  each: [string, RegExp][]
  /** The same patterns global, for removing every role word from a phrase. */
  everyWhere: RegExp[]
  /** A role word (group 1) starting right after a body. */
  after: RegExp
  /** The whole phrase is one role word ("sprecher" as the head of "Kremlsprecher"). */
  whole: RegExp
  /** roleOf's answers: the same surfaces ("Außenministerin", "МИД России") recur in every text. */
  memo: Map<string, string | null>
  /** namesBody's answers, likewise. */
  bodyMemo: Map<string, boolean>
}

/** Bound on each language's memo of role answers; it starts afresh when full. */
const MEMO_SIZE = 20_000

const NAME_PART = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`
const PARTICLE = String.raw`(?:van|von|de|der|al|bin|ibn|da|di|du|la|le|ter)`
const WHOLE_PARTICLE = new RegExp(`^${PARTICLE}$`, 'u')
const NAME = `${NAME_PART}(?:[ \\u00a0]+(?:${PARTICLE}[ \\u00a0]+)?${NAME_PART}){1,3}`
/** A name right after a title, with or without a comma; it must not run on into more capitalised words. */
const NAME_AFTER = new RegExp(`^(\\s*,\\s*|[ \\u00a0]+)(${NAME})(?![\\p{L}\\p{M}'’-])(?![ \\u00a0]+\\p{Lu})`, 'u')
/** A name right before a title's comma: "Maria Sacharowa, (die) Sprecherin …". */
const NAME_BEFORE = new RegExp(`(${NAME})\\s*,\\s*(?:(?:a|an|the|die|der|das|eine|ein)\\s+)?$`, 'u')
/** A token that looks like a name: capital, then small letters (no acronyms, no digits). */
const NAME_TOKEN = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*$/u
/** German nouns by their suffix: never a surname in a title ("Außenministeriums Anfang Juni"). */
const GERMAN_NOUN = /(?:ung|heit|keit|schaft|tion|ismus|tät|nis|ium|iums|ik|chen)$/u
/** Besides the words that are never names (speakers.ts): months, parts of a month, forms of address. */
const NOT_NAMES = new Set([
  ...NEVER_NAMES,
  ...(
    'januar februar märz april mai juni juli august september oktober november dezember anfang ende mitte january ' +
    'february march may june july october december понедельник вторник среда среду четверг пятница пятницу суббота ' +
    'субботу воскресенье mr mrs ms dr herr frau sir madam господин госпожа'
  ).split(' '),
])

/** "former", "ehemalige", "бывший", "ex-": the title is not held now, and no office can be learned from it. */
const FORMER = /(?<![\p{L}])(?:former|ex|erstwhile|then|ehemalige[rnms]?|frühere[rnms]?|damalige[rnms]?|Ex|бывш\p{L}*|экс)[\s-]*$/iu
const DETERMINERS = /(?<![\p{L}])(?:der|die|das|des|dem|den|the|a|an)(?![\p{L}])/giu

const compiled = new Map<string, RoleSet | null>()

function rolesFor(language: string): RoleSet | null {
  if (compiled.has(language)) return compiled.get(language)!
  const list = (rolesData as unknown as Record<string, [string, string][] | string>)[language]
  const set = Array.isArray(list)
    ? compileRoles(list)
    : null
  compiled.set(language, set)
  return set
}

function compileRoles(list: [string, string][]): RoleSet {
  const any = list.map(([, pattern]) => `(?:${pattern})`).join('|')
  const each = list.map(([role, pattern]): [string, RegExp] => [role, new RegExp(`(?<![\\p{L}])(?:${pattern})(?![\\p{L}])`, 'iu')])
  return {
    any,
    each,
    everyWhere: each.map(([, re]) => new RegExp(re.source, 'giu')),
    after: new RegExp(`^(?:['’]s)?[ \\u00a0]+(${any})(?![\\p{L}])`, 'iu'),
    whole: new RegExp(`^(?:${any})$`, 'iu'),
    memo: new Map(),
    bodyMemo: new Map(),
  }
}

/** The role a title phrase names, or null. */
export function roleOf(phrase: string, language: string): string | null {
  const roles = rolesFor(language)
  if (!roles) return null
  let role = roles.memo.get(phrase)
  if (role === undefined) {
    role = roles.each.find(([, re]) => re.test(phrase))?.[0] ?? null
    if (roles.memo.size >= MEMO_SIZE) roles.memo.clear()
    roles.memo.set(phrase, role)
  }
  return role
}

export function findTitledPersons(doc: StatementDocument): TitledPerson[] {
  const roles = rolesFor(doc.language)
  if (!roles) return []
  const out: TitledPerson[] = []
  for (const m of doc.mentions) {
    // A capital or a country name stands for a government, not for the body whose title it would be.
    if (m.via === 'metonym') continue
    // An office alone ("Secretary of State", "Bundeskanzler", "the Foreign Minister") does not say whose.
    if (!namesBody(m.surface, roles) && !compoundNamesBody(doc, m.surface)) continue
    const title = titleAround(doc, m, roles)
    if (!title || FORMER.test(doc.masked.slice(Math.max(0, title.start - 30), title.start))) continue
    const named = nameAfter(doc, title.end) ?? nameBefore(doc, title.start)
    if (!named || out.some((p) => p.start === named.start)) continue
    const name = doc.text.slice(named.start, named.end).replace(/\s+/gu, ' ')
    const from = Math.min(title.start, named.start)
    const to = Math.max(title.end, named.end)
    out.push({
      name,
      start: named.start,
      end: named.end,
      role: title.role,
      actorId: m.actorId,
      phrase: doc.text.slice(from, to),
      gender: roleGender(doc.text.slice(title.start, title.end)) ?? surnameGender(name, doc.language),
      language: doc.language,
      known: knownByFullName(doc, name),
    })
  }
  return out
}

/** The mention names a body beyond any role word in it: "Kremlin spokesman", "МИД России", not "Secretary of State". */
function namesBody(surface: string, roles: RoleSet): boolean {
  let named = roles.bodyMemo.get(surface)
  if (named === undefined) {
    let rest = surface.replace(DETERMINERS, ' ')
    for (const re of roles.everyWhere) rest = rest.replace(re, ' ')
    named = /\p{L}{3,}/u.test(rest)
    if (roles.bodyMemo.size >= MEMO_SIZE) roles.bodyMemo.clear()
    roles.bodyMemo.set(surface, named)
  }
  return named
}

/**
 * A German compound whose first part names a body the registry knows: "Kremlsprecher", "US-Präsident" (not
 * "Regierungssprecher" or "Bundeskanzler", whose first part says no whose).
 */
function compoundNamesBody(doc: StatementDocument, surface: string): boolean {
  for (const word of surface.split(/\s+/u)) {
    for (let i = 2; i < word.length - 3; i++) {
      const head = word.slice(i).replace(/^-/u, '')
      if (roleOf(head, doc.language) === null || !rolesFor(doc.language)!.whole.test(head)) continue
      const prefix = word.slice(0, i).replace(/-$/u, '')
      if (doc.matcher.findMentions(prefix, doc.language).some((m) => m.start === 0 && m.end === prefix.length)) return true
    }
  }
  return false
}

/** The role phrase the mention is part of: a role inside it ("Kremlin spokesman"), before it or after it. */
function titleAround(doc: StatementDocument, m: ActorMention, roles: RoleSet): { start: number; end: number; role: string } | null {
  const inside = roleOf(m.surface, doc.language)
  if (inside) return { start: m.start, end: m.end, role: inside }
  const before = roleBefore(doc.masked, m.start, roles)
  if (before) {
    const role = roleOf(before.phrase, doc.language)
    if (role) return { start: before.start, end: m.end, role }
  }
  const after = roles.after.exec(doc.masked.slice(m.end, m.end + 80))
  if (after) {
    const role = roleOf(after[1], doc.language)
    if (role) return { start: m.start, end: m.end + after[0].length, role }
  }
  return null
}

/** A role word ending right before `end`, a link word ("des", "of") between: read backwards over a few words. */
function roleBefore(text: string, end: number, roles: RoleSet): { start: number; phrase: string } | null {
  const words: { start: number; end: number }[] = []
  let i = end
  // Whole words of letters and hyphens, separated by whitespace only (as the role patterns are).
  while (words.length < 7) {
    let j = i
    while (j > 0 && j > end - 90 && isSpace(text.charCodeAt(j - 1))) j--
    if (j === i && words.length > 0) break
    let k = j
    // [\p{L}\p{M}-] tested on each UTF-16 unit (as the regex did on text[k - 1], a surrogate alone matching nothing).
    while (k > 0 && (text.charCodeAt(k - 1) === 0x2d || classesAt(text, k - 1, k) & (Letter | Mark))) k--
    if (k === j) break
    words.unshift({ start: k, end: j })
    i = k
  }
  // Whitespace, and only whitespace, between the role (or its link word) and the mention.
  if (!words.length || words[words.length - 1].end === end) return null
  // "Sprecherin des …": a link word may stand between the role and the body; the longest role wins, as written first.
  const last = words.length - 1
  const upTo = LINK_WORD.test(text.slice(words[last].start, words[last].end)) ? last - 1 : last
  for (let first = 0; first <= upTo; first++) {
    const phrase = text.slice(words[first].start, words[upTo].end)
    if (roles.whole.test(phrase)) return { start: words[first].start, phrase }
  }
  return null
}

/** Between a role word and the body it belongs to: "Sprecherin des …", "spokesman for the …". */
const LINK_WORD = /^(?:des|der|dem|von|vom|im|beim|am|of|for|at|to|in)$/iu

function nameAfter(doc: StatementDocument, end: number): { start: number; end: number } | null {
  const m = NAME_AFTER.exec(doc.masked.slice(end, end + 120))
  if (!m) return null
  const start = end + m[1].length
  return usableName(doc, start, start + m[2].length)
}

function nameBefore(doc: StatementDocument, start: number): { start: number; end: number } | null {
  const from = Math.max(0, start - 120)
  const m = NAME_BEFORE.exec(doc.masked.slice(from, start))
  if (!m) return null
  let nameStart = from + m.index
  // Words that open the sentence or the clause ("Laut Maria Sacharowa, …") are not part of the name.
  let text = m[1]
  while (text && NOT_NAMES.has(text.split(/[ \u00a0]+/u)[0].toLowerCase())) {
    const first = /^\S+[ \u00a0]+/u.exec(text)
    if (!first) return null
    nameStart += first[0].length
    text = text.slice(first[0].length)
  }
  // The name must not be the tail of a longer run of capitalised words ("Kommission Anna Schmidt, Sprecherin …").
  if (/\p{Lu}[\p{L}\p{M}'’-]*[ \u00a0]+$/u.test(doc.masked.slice(Math.max(0, nameStart - 40), nameStart))) return null
  return usableName(doc, nameStart, nameStart + text.length)
}

/** Two to four tokens, each a name as the text shows it, none a body, a date word or a German common noun. */
function usableName(doc: StatementDocument, start: number, end: number): { start: number; end: number } | null {
  const tokens: { word: string; start: number }[] = []
  const re = /\S+/gu
  const text = doc.text.slice(start, end)
  for (let m = re.exec(text); m; m = re.exec(text)) tokens.push({ word: m[0], start: start + m.index })
  const named = tokens.filter((t) => !WHOLE_PARTICLE.test(t.word))
  if (named.length < 2 || named.length > 4) return null
  for (const t of named) {
    const word = t.word.replace(/['’]s$/u, '')
    if (!NAME_TOKEN.test(word) || NOT_NAMES.has(word.toLowerCase())) return null
    if (doc.language === 'de' && (GERMAN_NOUN.test(word) || afterArticle(doc, word))) return null
    if (!isNameWord(doc, t.start, t.start + word.length)) return null
  }
  const overlaps = (s: { start: number; end: number }) => s.start < end && s.end > start
  // Binary searches over the sorted spans: a long text's many mentions stay linear.
  const sorted: readonly (readonly { start: number; end: number }[])[] = [doc.mentions, doc.generics, doc.unregistered]
  if (sorted.some((spans) => spansOverlapping(spans, start, end).some(overlaps))) return null
  return { start, end }
}

const ARTICLE_THEN_WORD = /(?<![\p{L}])(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e|er|em|en|es)?)\s+([\p{L}\p{M}'’.-]+)(?![\p{L}])/gu
const wordsAfterArticle = new WeakMap<StatementDocument, Set<string>>()

/** A German word the text writes right after an article ("der Sprecher", "eine Frage") is a noun, not a name. */
function afterArticle(doc: StatementDocument, word: string): boolean {
  let words = wordsAfterArticle.get(doc)
  if (!words) {
    words = new Set()
    for (const m of doc.masked.matchAll(ARTICLE_THEN_WORD)) words.add(m[1])
    wordsAfterArticle.set(doc, words)
  }
  return words.has(word)
}

/** Whom the library knows by this full name (first name and surname). */
function knownByFullName(doc: StatementDocument, name: string): string[] {
  return (doc.persons?.find(name, doc.language) ?? []).filter((m) => /\s/u.test(m.surface) && m.end === name.length).flatMap((m) => m.personIds)
}

/** Russian surnames show the gender ("Захарова", "Рябков"); elsewhere the role word must. */
function surnameGender(name: string, language: string): 'f' | 'm' | null {
  if (language !== 'ru') return null
  const surname = name.split(' ').at(-1)!
  if (/(?:ова|ева|ёва|ина|ына|ская|цкая)$/u.test(surname)) return 'f'
  if (/(?:ов|ев|ёв|ин|ын|ский|цкий)$/u.test(surname)) return 'm'
  return null
}


/**
 * The document with the people its titles introduce added to its person index, so that the engine links their
 * statements as it links known people ("Peskov said" after "Kremlin spokesman Dmitry Peskov"), and says whom
 * they spoke for in this text.
 */
export function withTitledPersons(doc: StatementDocument, found: readonly TitledPerson[]): void {
  const known: KnownPerson[] = found.flatMap((p, i) => (p.known.length ? [] : [{
    id: titledId(i),
    gender: p.gender,
    names: { [p.language]: [p.name] },
    learned: true,
    // The title holds for its whole text, whatever the text's date.
    offices: [{ role: p.role, actor: p.actorId, from: '0001', to: null }],
  }]))
  if (known.length) {
    const extra = createPersonIndex(known)
    const ids = new Set(known.map((p) => p.id))
    const persons = doc.persons ? layerPersonIndex(doc.persons, extra, ids) : extra
    doc.persons = persons
    // Mentions outside quotes, as the document keeps them.
    doc.personMentions = persons.find(doc.text, doc.language).filter((m) => doc.masked[m.start] === doc.text[m.start])
  }
  dropUnsureLearned(doc)
}

/**
 * A surname of somebody learned from another article's title names them here only if this article also gives
 * their full name or names their body; otherwise it may be anybody of that name ("Müller"), and no later step
 * (pronoun gender, names, linking) may take it for them.
 */
function dropUnsureLearned(doc: StatementDocument): void {
  const index = doc.persons
  if (!index || !doc.personMentions.length) return
  const fullNamed = new Set(doc.personMentions.filter((m) => /\s/u.test(m.surface)).flatMap((m) => m.personIds))
  const bodies = new Set(doc.mentions.filter((m) => m.via !== 'metonym').map((m) => m.actorId))
  const sure = (id: string) => !index.person(id)?.learned || fullNamed.has(id) || bodies.has(index.officeAt(id, doc.date)?.actor ?? '')
  doc.personMentions = doc.personMentions.flatMap((m) => {
    const ids = m.personIds.filter(sure)
    return ids.length === m.personIds.length ? [m] : ids.length ? [{ ...m, personIds: ids }] : []
  })
}
