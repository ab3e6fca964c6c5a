/**
 * Coreference inside an article: whom a speaker mention refers to. Pronouns ("er", "she", "она") and role
 * phrases ("der Vorstandschef", "the governor", "министр") refer back to a person named before, with
 * agreement in gender where the text shows it and recency; a surname refers to the full name given earlier
 * ("Diess" → "Herbert Diess"). Never across a subheading, and only to someone named in the last few sentences:
 * no referent is better than a wrong one.
 */
import type { StatementDocument } from './document'
import { sentenceOf } from './document'
import type { Draft } from './draft'
import { firstNameGender } from './first-names'
import { isNameWord } from './names'
import type { Ref } from './annotations'
import { findRefs, groupRefs } from './speakers'
import { countStartingBefore, spansOverlapping } from './spans-in-range'

type Gender = 'f' | 'm' | null

interface Person {
  /** The fullest form of the name seen so far. */
  name: string
  /** Its last word (lastWord), compared on every lookup. */
  surname: string
  start: number
  sentence: number
  paragraph: number
  gender: Gender
  /** The phrase that introduced the person ("der Chef Matthias Frankenstein"), lower-cased. */
  phrase: string
}

const PRONOUN_GENDER: Record<string, Gender> = {
  er: 'm', he: 'm', он: 'm', she: 'f', она: 'f', sie: 'f',
  // Possessive and object forms: "по его словам", "nach seinen Worten", "according to him".
  его: 'm', её: 'f', ее: 'f', seinen: 'm', seinem: 'm', him: 'm', her: 'f',
}
/** A locative preposition: the name after it is a place. */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|im|at|в|во)\s+$/iu
/** How many sentences back a pronoun or role may reach for its person. */
const REACH = 4
/** How many earlier person mentions a surname may look back over for its full name. */
const SURNAME_REACH = 400

export function resolveCoreference(doc: StatementDocument, drafts: Draft[]): Draft[] {
  const persons = collectPersons(doc)
  // Who spoke last: a pronoun continues the speaker before an object named since ("Graham called out his rival
  // Trump …, which he believes …" is Graham's belief).
  let lastSpeaker: string | null = null
  // Where the last speaker's statement ended: someone who opens a sentence after it competes for a pronoun.
  let lastSpokeAt = 0
  // The gender the text's own pronouns gave each person so far ("…,” she said" continuing Meghan): a later "he"
  // cannot continue her.
  const pronounGender = new Map<string, Gender>()
  for (const d of drafts) {
    const spokeBefore = lastSpeaker
    const spokeBeforeAt = lastSpokeAt
    if (d.speaker?.person) {
      lastSpeaker = d.speaker.person
      lastSpokeAt = d.end
    }
    const sp = d.speaker
    // Bodies ("the ministry", "das Ministerium") are resolved by the actor stage, not here.
    if (!sp?.speaker || findRefs(doc, sp.start, sp.end).some((r) => r.type === 'generic' || r.type === 'actor')) continue
    // A role taken for the current speaker shows a gender too: "the spokeswoman" cannot continue Olaf Scholz.
    const said = PRONOUN_GENDER[sp.speaker.trim().toLowerCase()] ?? (sp.viaContext ? roleGender(sp.speaker) : null)
    if (said && sp.speaker.trim().toLowerCase() !== 'sie' && sp.person) {
      const known = pronounGender.get(sp.person) ?? persons.find((p) => p.start < sp.start && isNamed(p, sp.person) && p.gender)?.gender ?? null
      if (known && known !== said) {
        leaveOpen(d, `“${sp.speaker.trim()}” cannot be ${sp.person}, ${known === 'f' ? 'a woman' : 'a man'}`)
        lastSpeaker = spokeBefore
        lastSpokeAt = spokeBeforeAt
        continue
      }
      pronounGender.set(sp.person, said)
    }
    const mention = sp.speaker.trim()
    const lower = mention.toLowerCase()
    const count = countStartingBefore(persons, sp.start)
    const here = sentenceOf(doc, sp.start)
    const recent: Person[] = []
    for (let i = count - 1; i >= 0 && here.index - persons[i].sentence <= REACH; i--) if (!headingBetween(doc, persons[i].paragraph, here.paragraph)) recent.unshift(persons[i])
    const fitting = lower in PRONOUN_GENDER ? fittingPersons(recent, lower) : []
    const rivals = rivalsFor(fitting, here.index)
    // "Lavrov met Blinken on Friday. He said …": two people who fit, named together last, and neither the last
    // speaker: nobody can tell, also where the context had taken one of them for the speaker.
    if (rivals.size > 1 && !fitting.some((p) => isNamed(p, spokeBefore)) && sp.person) {
      leaveOpen(d, `“${mention}” may be ${[...rivals].join(' or ')}: left open`)
      lastSpeaker = spokeBefore
      lastSpokeAt = spokeBeforeAt
      continue
    }
    // "Netanyahu visited the settlement on Tuesday. “…,” he said": someone else who fits opened the sentence right
    // before, after the last speaker spoke: the pronoun is theirs. Further back, either may be meant: left open.
    const newcomer = spokeBefore && fitting.some((p) => isNamed(p, spokeBefore)) ? fitting.findLast((p) => !isNamed(p, spokeBefore) && p.start >= spokeBeforeAt && opensSentence(doc, p)) : undefined
    if (newcomer && newcomer.sentence === here.index - 1) {
      if (lower !== 'sie') pronounGender.set(newcomer.name, PRONOUN_GENDER[lower])
      d.speaker = { ...sp, person: newcomer.name, actorId: sp.viaContext ? null : sp.actorId }
      d.reasons = [...(d.reasons ?? []), `refers to ${newcomer.name} (pronoun, the subject of the sentence before)`]
      lastSpeaker = newcomer.name
      lastSpokeAt = d.end
      continue
    }
    if (newcomer) {
      leaveOpen(d, `“${mention}” may be ${spokeBefore} or ${newcomer.name}: left open`)
      lastSpeaker = spokeBefore
      lastSpokeAt = spokeBeforeAt
      continue
    }
    if (sp.person && sp.person !== sp.speaker && /\s/u.test(sp.person)) {
      d.speaker = { ...sp, person: personName(sp.person) }
      continue
    }
    if (!count) continue
    // Surnames look further back, but only so far: long texts stay linear.
    const before = persons.slice(Math.max(0, count - SURNAME_REACH), count)
    let found: Person | undefined
    let how = ''
    if (lower in PRONOUN_GENDER) {
      const speaker = fitting.find((p) => isNamed(p, spokeBefore))
      found = speaker ?? (rivals.size > 1 ? undefined : fitting[fitting.length - 1])
      how = speaker ? 'pronoun, the speaker before' : 'pronoun'
    } else if (!isNameWord(doc, sp.end - lastWord(mention).length, sp.end) || /^(?:der|die|das|the|a|an)\s/iu.test(mention)) {
      const head = roleHead(mention)
      if (head) {
        found = [...recent].reverse().find((p) => p.phrase.includes(head))
        how = 'role'
      }
    } else {
      const surname = lastWord(mention)
      found = before.findLast((p) => p.name !== mention && /\s/u.test(p.name) && sameName(p.surname, surname))
      how = 'surname'
    }
    if (found) {
      if (lower in PRONOUN_GENDER && lower !== 'sie') pronounGender.set(found.name, PRONOUN_GENDER[lower])
      d.speaker = { ...sp, person: found.name }
      d.reasons = [...(d.reasons ?? []), `refers to ${found.name} (${how}, named before)`]
      lastSpeaker = found.name
      lastSpokeAt = d.end
    }
  }
  return drafts
}

/** The mention may be more than one person, or not the one the context gave: no person, and no actor through the context. */
function leaveOpen(d: Draft, why: string): void {
  const sp = d.speaker!
  d.speaker = { ...sp, person: null, actorId: sp.viaContext ? null : sp.actorId, review: true, confidence: Math.min(sp.confidence, 0.4) }
  d.reasons = [...(d.reasons ?? []), why]
}

/** The person's mention opens its sentence, titles and all ("Blinken, meanwhile, …", "Foreign Minister Kuleba wrote"). */
function opensSentence(doc: StatementDocument, p: Person): boolean {
  const s = sentenceOf(doc, p.start)
  return /^[\s„“"«»–—-]*(?:(?:the|der|die|das)\s+)?(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,4}$/u.test(doc.masked.slice(s.start, p.start))
}

/** The recent people a pronoun can stand for. German "sie" is also "they": only a person known to be a woman. */
function fittingPersons(recent: readonly Person[], pronoun: string): Person[] {
  const gender = PRONOUN_GENDER[pronoun]
  // A one-word name may be a company or a place ("Foxconn"): a pronoun needs a person's full name or gender.
  return recent.filter((p) => p.gender === gender || (p.gender === null && pronoun !== 'sie' && /\s/u.test(p.name)))
}

/** The person is the one a speaker's name stands for ("Lavrov" for Sergey Lavrov). */
function isNamed(p: Person, name: string | null): boolean {
  return !!name && (p.name === name || sameName(p.surname, lastWord(name)))
}

/** The different people who fit, named in the pronoun's own sentence or together in the last sentence that names one. */
function rivalsFor(fitting: readonly Person[], sentence: number): Set<string> {
  const last = fitting[fitting.length - 1]?.sentence
  return new Set(fitting.filter((p) => p.sentence === sentence || p.sentence === last).map((p) => p.name))
}

function collectPersons(doc: StatementDocument): Person[] {
  const refs = findRefs(doc, 0, doc.masked.length)
  const out: Person[] = []
  // Persons by the first letters of their surname: finding an earlier full name stays cheap in long texts.
  const bySurname = new Map<string, Person[]>()
  const surnameKey = (n: string) => lastWord(n).toLowerCase().slice(0, 4)
  for (const g of groupRefs(doc, refs)) {
    // A name after "in" is a place ("Antony Blinken in Geneva").
    const names = g.refs.filter((r: Ref) => r.type === 'name' && !PLACE_BEFORE.test(doc.masked.slice(Math.max(0, r.start - 6), r.start)))
    // A name inside a body's name ("Ministry of Education") is no person.
    if (!names.length || spansOverlapping(doc.unregistered, g.start, g.end).length) continue
    const n = names[names.length - 1]
    const name = personName(doc.text.slice(n.start, n.end))
    // "Aisha's Salon", "Trump's campaign": what belongs to someone is no person.
    if (!name || /['’]s\s+\S/u.test(name)) continue
    // The phrase around the name: roles before it and an apposition after it ("X, Sprecherin des …").
    const phrase = introduction(doc, g.start, Math.min(doc.masked.length, g.end + 60))
    const surname = lastWord(name)
    const full = (bySurname.get(surnameKey(name)) ?? []).find((p) => sameName(p.surname, surname) && p.name.length >= name.length)
    const s = sentenceOf(doc, n.start)
    // A person the registry knows: their name and gender from there.
    const known = spansOverlapping(doc.personMentions, n.start, n.end).find((m) => m.personIds.length === 1)
    const seed = known ? doc.persons?.person(known.personIds[0]) : undefined
    const fullest = seed && !/\s/u.test(full?.name ?? name) ? doc.persons!.displayName(seed.id, doc.language) : (full?.name ?? name)
    const person: Person = {
      name: fullest,
      surname: lastWord(fullest),
      start: n.start,
      sentence: s.index,
      paragraph: s.paragraph,
      gender: seed?.gender ?? genderOf(doc, name, phrase) ?? full?.gender ?? null,
      phrase: introduction(doc, g.start, g.end),
    }
    out.push(person)
    const key = surnameKey(person.name)
    const list = bySurname.get(key) ?? []
    list.push(person)
    bySurname.set(key, list)
  }
  return out
}

// Whole words only: "talking" holds no "king", "within" and "Putin" no German feminine "-in". German role nouns
// take "-in" after an agent suffix (Sprecherin, Präsidentin, Journalistin, Direktorin, Sekretärin), so such an
// ending counts after a letter, at a word's end; a word of its own counts from the word's start ("Kreml-Sprecher"
// too: a hyphen is no letter). Only tested, never matched: written so that no letter run is tried at every word start.
const FEMININE_ROLE = /(?:(?<=\p{L})(?:(?:erin|entin|antin|istin|orin|ärin|eurin)(?:nen)?|ница)|(?<![\p{L}])(?:spokeswoman|chairwoman|congresswoman|businesswoman|mrs|ms|frau|madam|queen|princess|duchess|countess|empress|actress|heiress|госпожа))(?![\p{L}])/iu
const MASCULINE_ROLE = /(?<![\p{L}])(?:spokesman|chairman|congressman|businessman|mr|herr|sir|king|prince|duke|pope|господин|papst|präsident|minister|kanzler|sprecher|chef|botschafter|vorsitzender|direktor|bürgermeister|generalsekretär|abgeordneter)(?![\p{L}])/iu

/** The words that introduce a person: the name's phrase and the words right before it, within its clause. */
function introduction(doc: StatementDocument, start: number, end: number): string {
  const before = doc.masked.slice(Math.max(0, start - 40), start)
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1)
  return (clause + doc.masked.slice(start, end)).toLowerCase()
}

/** Gender where the text shows it: a Russian surname or first name ending, a title, a feminine role noun. */
function genderOf(doc: StatementDocument, name: string, phrase: string): Gender {
  const words = name.split(/\s+/u)
  if (doc.language === 'ru') {
    const last = words[words.length - 1].toLowerCase()
    if (/(?:ова|ева|ёва|ина|ына|ская|цкая)$/u.test(last)) return 'f'
    if (/(?:ов|ев|ёв|ин|ын|ский|цкий)$/u.test(last)) return 'm'
  }
  return roleGender(phrase) ?? firstNameGender(name)
}

/** The gender a role word in the phrase shows ("die Sprecherin", "the spokesman", "представительница"), or null. */
export function roleGender(phrase: string): Gender {
  if (FEMININE_ROLE.test(phrase)) return 'f'
  if (MASCULINE_ROLE.test(phrase)) return 'm'
  return null
}

/** The head noun of a role phrase, stemmed a little ("der Vorstandschef" → "vorstandsche", "the governor" → "govern"). */
function roleHead(mention: string): string | null {
  const word = lastWord(mention).toLowerCase()
  if (word.length < 4) return null
  return word.slice(0, Math.max(4, word.length - 3))
}

/** The name without the titles and role compounds before it ("VW-Chef Herbert Diess" → "Herbert Diess"). */
function personName(surface: string): string | null {
  const words = surface.trim().split(/\s+/u)
  while (words.length > 1 && (/-/u.test(words[0]) || /^\p{Lu}{2,}$/u.test(words[0]) || /^(?:Dr|Prof|Mr|Mrs|Ms|Herr|Frau|Sir|Judge|President|Präsident|Papst|Pope)\.?$/u.test(words[0]))) words.shift()
  const name = words.join(' ')
  return name.length >= 2 ? name : null
}

function lastWord(s: string): string {
  const ws = s.trim().split(/\s+/u)
  return ws[ws.length - 1].replace(/['’]s?$/u, '')
}

/** Surnames equal up to a short case ending ("Лавров"/"Лаврова", "Peskows"/"Peskow"). */
function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  if (x === y) return true
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  return short.length >= 4 && long.startsWith(short.slice(0, -1)) && long.length - short.length <= 3
}

function headingBetween(doc: StatementDocument, from: number, to: number): boolean {
  for (let p = from + 1; p <= to; p++) if (doc.paragraphs[p]?.heading) return true
  return false
}
