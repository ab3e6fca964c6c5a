/**
 * Speakers: the references in a stretch of text that can be the source of a statement — actor mentions and
 * generic body references (from the actor matcher), roles ("Sprecherin", "spokeswoman", "официальный
 * представитель"), people's names and pronouns — grouped into noun phrases ("die Sprecherin des russischen
 * Außenministeriums, Maria Sacharowa") and resolved to an actor.
 */
import type { ActorKind, ActorMention } from '../actors/types'
import { compatibleKind, type AttributionContext } from './context'
import type { StatementDocument } from './document'
import type { BodyKind } from './lexicon'
import { stopwords as stopwordsDe } from '@orama/stopwords/german'
import { stopwords as stopwordsEn } from '@orama/stopwords/english'
import { stopwords as stopwordsRu } from '@orama/stopwords/russian'
import { isNameWord } from './names'
import { followsPreposition, IRREGULAR_PAST, isSpace, lastLetterRuns, matchesIn } from './patterns'
import { findRoles } from './role-scan'
import { spansInRange, spansOverlapping } from './spans-in-range'
import { unknownNationality } from './unregistered-bodies'
import type { Ref, RefGroup, RefType } from './annotations'



export interface SpeakerResolution {
  actorId: string | null
  speaker: string
  start: number
  end: number
  confidence: number
  review: boolean
  /** The speaker is a person who speaks for no body (an analyst, a director): unattributed is the right answer. */
  independent: boolean
  /** Resolved through the current source (pronoun, role reference) rather than a name in the sentence. */
  viaContext: boolean
  person: string | null
  /** Why the resolution came out as it did, in words for the analyst. */
  why?: string
}

// A title written short or an initial joins the name after it ("Gov. Chris Christie", "Loretta E. Lynch").
// A surname with a two-word particle ends the name ("Ursula von der Leyen", "Alexander Van der Bellen"), not an
// organisation after it ("Christoph Bals von der Umweltorganisation Germanwatch").
const NAME = /\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}?[\p{L}\p{M}'’]+)*(?:(?:[ \t\u00a0]+|(?<=(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Col|Lt|Sgt|St|Hr|Fr|Rev|Hon|Präs|Abg|\p{Lu}))\.[ \t\u00a0]+|(?<=(?<![\p{L}])\p{Lu})\.(?=\p{Lu}\.))(?:(?:van|von|de|der|al|bin|ibn|v\.(?:[ \t\u00a0]*d\.)?)[ \t\u00a0]+)?\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}?[\p{L}\p{M}'’]+)*){0,6}(?:[ \t\u00a0]+(?:von|van|de)[ \t\u00a0]+(?:der|den|la)[ \t\u00a0]+\p{Lu}[\p{L}\p{M}'’-]*(?![\p{L}\p{M}'’-])(?![ \t\u00a0]*\p{Lu}))?/gu
const CONNECTOR = /^(?:[\s,()–-]|des|der|dem|den|die|von|vom|im|in|aus|für|beim|am|of|the|'s|’s|for|at|from|в|при|из|an|a)*$/iu
const INSTITUTION = /(?<![\p{L}])(?:University|Institute|College|School|Committee|Council|Department|Party|Foundation|Center|Centre|Agency|Bureau|Association|Union|Commission|Ministry|Office|Court|Bank|Group|Corporation|Company|Inc|Times|Post|Journal|News|Tribune|Poll|Universität|Institut|Partei|Verband|Stiftung|Ausschuss|Kommission|Ministerium|Amt|Gericht|Zeitung|Agentur|Konzern|GmbH|AG|Университет|Институт|Партия|Фонд|Комитет|Совет|Министерство|Агентство)(?![\p{L}])/u

/** Capitalised words that start a sentence or name a day or platform rather than a person. */
export const NOT_NAMES = new Set([
  ...stopwordsEn,
  ...stopwordsDe,
  ...stopwordsRu,
  ...(
    'dass laut zudem außerdem doch journalisten reportern medien agenturen nachrichtenagentur agentur montag dienstag mittwoch ' +
    'donnerstag freitag samstag sonntag zuvor später danach dagegen bisher inzwischen bereits erneut according monday ' +
    'tuesday wednesday thursday friday saturday sunday earlier later meanwhile however separately twitter telegram ' +
    'facebook также однако ранее позже затем позднее впоследствии между кроме тем хотя если когда пока поскольку потому ' +
    'зато впрочем кстати вместе тогда сейчас теперь впервые ещё еще уже лишь только именно obwohl wenn als weil während ' +
    'although though when while because since whereas ' +
    // Im, In as printed in Fraktur and transcribed from it ("Jm Vertrauen auf …").
    'jm jn'
  ).split(' '),
])

const isNotName = (word: string) => NOT_NAMES.has(word.toLowerCase())

/** All references in [from, to): computed once per document over the whole text, then sliced. */
export function findRefs(doc: StatementDocument, from: number, to: number): Ref[] {
  return spansInRange((doc.refs ??= computeRefs(doc)), from, to)
}

/** A role noun in the plural. */
const PLURAL_ROLE: Record<string, RegExp> = { de: /(?:en|innen)$/u, en: /s$/u, ru: /(?:ы|и)$/u }

const RU_POSSESSIVE = /^(?:его|её|ее|их)$/iu

/** Every reference in the masked text, without overlaps (actor > generic > role > name > pronoun). */
function computeRefs(doc: StatementDocument): Ref[] {
  const { masked } = doc
  const refs: Ref[] = []
  const occupied = new Uint8Array(masked.length)
  const taken = (s: number, e: number) => occupied.subarray(s, e).includes(1)
  const push = (r: Ref) => {
    refs.push(r)
    occupied.fill(1, r.start, r.end)
  }
  for (const m of doc.mentions) {
    const metonym = m.via === 'metonym'
    push({ type: 'actor', start: m.start, end: m.end, mention: m, modifier: isModifier(doc, m.start, m.end, metonym), located: metonym && afterPreposition(doc, m.start) })
  }
  for (const g of doc.generics) {
    if (taken(g.start, g.end)) continue
    // "Vice-President Mike Pence", "вице-президент": the deputy of a head of state does not speak as the presidency.
    if (g.kind === 'presidency' && VICE_BEFORE.test(masked.slice(Math.max(0, g.start - 6), g.start))) continue
    push({ type: 'generic', start: g.start, end: g.end, kind: toBodyKind(g.kind), office: g.office, qualified: unknownNationality(doc, g.start), modifier: isModifier(doc, g.start, g.end, doc.language === 'en') })
  }
  for (const { start, end, role } of findRoles(doc.lex.roles, masked)) {
    const prefix = /^([\p{L}\p{N}]+)-/u.exec(masked.slice(start, end))?.[1]
    if (!taken(start, end)) push({ type: 'role', start, end, kind: role.kind, prefix, indefinite: INDEFINITE.test(masked.slice(Math.max(0, start - 12), start)) })
  }
  // Read as found (a copy, with its own lastIndex): a long text has tens of thousands of capitalised runs.
  const runs = new RegExp(NAME)
  for (let m = runs.exec(masked); m; m = runs.exec(masked)) {
    const name = trimName(m[0], m.index)
    const free = name && freePart(occupied, name.start, name.end, masked)
    if (!free) continue
    // People the registry knows are names only as far as their mentions go, and after a preposition whom one met or
    // whose words, never the subject: "die Worte von Lawrow", "Lawrows Worte" (German nouns beside them are no part of
    // the name), "с Бербок Лавров заявил" (a run of capitalised words holding two people is two names).
    const known = spansOverlapping(doc.personMentions, free.start, free.end)
    const german = doc.language === 'de' && !germanName(masked, free.start, free.end)
    if (german || (known.length > 1 && known.every((p, i) => i === 0 || p.start >= known[i - 1].end))) {
      for (const p of known) {
        const located = afterPreposition(doc, p.start)
        // A German run that is no name gives only the people after a preposition ("Der CDU-Vorsitzende Friedrich Merz" stays to the title stage).
        if (!taken(p.start, p.end) && (located || !german)) push({ type: 'name', start: p.start, end: p.end, ...(located ? { located } : {}) })
      }
      continue
    }
    // A lone capitalised word is a name only where the text shows it to be one ("Zugleich", "Asked" are not).
    // In German a run of capitalised words may be nouns ("Zwei Jahre"): its last word must be a name.
    const lastWord = /\S+$/u.exec(masked.slice(free.start, free.end))!
    const several = /\s/u.test(masked.slice(free.start, free.end).trim())
    if ((several && doc.language !== 'de') || isNameWord(doc, free.start + lastWord.index, free.end)) push({ type: 'name', ...free })
  }
  // Russian: a country in the genitive after a noun outside the registry names that noun's country
  // ("Министерство обороны России"), it does not speak itself.
  if (doc.language === 'ru') {
    for (const r of refs) {
      if (r.type !== 'actor' || r.mention!.via !== 'metonym' || r.located) continue
      const prev = /([\p{L}-]+)\s+$/u.exec(masked.slice(Math.max(0, r.start - 40), r.start))
      if (prev && !occupied[r.start - prev[0].length] && !RUSSIAN_FUNCTION_WORDS.has(prev[1].toLowerCase())) r.modifier = true
    }
  }
  for (const m of matchesIn(doc.lex.pronoun, masked, 0, masked.length)) {
    const start = m.index
    const end = start + m[0].length
    // "Её коллега из Минобороны … сообщил": a possessive before its noun is no speaker (the noun phrase is).
    if (doc.language === 'ru' && RU_POSSESSIVE.test(m[0]) && /^\s+\p{Ll}/u.test(masked.slice(end, end + 3))) continue
    if (!taken(start, end)) push({ type: 'pronoun', start, end })
  }
  return refs.sort((a, b) => a.start - b.start)
}

/** Ambassadors, envoys and diplomats: people of their own state abroad. */
const ENVOY = /(?:botschafter|gesandte|diplomat|ambassador|envoy|посол|посл[аеуо]м?|дипломат)/iu

const GERMAN_ARTICLES = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen kein keine keinen keinem keiner am im vom zum zur beim ins ' +
    'über unter mit von aus bei nach vor für gegen durch ohne um auf an in zu sein seine seinem seinen seiner ihr ihre ' +
    'ihrem ihren ihrer unser unsere dieser diese dieses diesem diesen jeder jede jedes'
  ).split(' '),
)
const GERMAN_NOUN_SUFFIX = /(?:ung|heit|keit|schaft|tion|tät|ismus|ment|nis|tum|ei|ik|ur|en|ern|ium|ums)$/u

/**
 * German capitalises every noun, so a capitalised word is a name only where a noun could not stand: not
 * after an article or preposition (and adjective), and not a single word with a noun suffix ("Erklärung").
 */
function germanName(masked: string, start: number, end: number): boolean {
  // Every German noun comes here: the cheap test on the word itself first.
  const surface = masked.slice(start, end)
  if (!/\s/u.test(surface) && GERMAN_NOUN_SUFFIX.test(surface)) return false
  const [prev, prev2] = lastLetterRuns(masked, Math.max(0, start - 60), start, 2)
  if (prev && GERMAN_ARTICLES.has(prev.toLowerCase())) return false
  return !(prev && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(prev) && prev2 && GERMAN_ARTICLES.has(prev2.toLowerCase()))
}

const VAGUE_BODY = /(?<![\p{L}])(?:authorities|behörden|власт\p{L}*|sides?|seiten?|сторон\p{L}*|leadership|führung|руководств\p{L}*)(?![\p{L}])/iu

/** Locative prepositions before a body: "in der EU", "at the UN", "в ООН". */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|im|at|inside|within)\s+(?:(?:der|dem|den|the)\s+)?$/iu
/** A plural body noun heading the phrase: several bodies, never one actor. */
const PLURAL_HEAD = /(?<![\p{L}])(?:Regierungen|Ministerien|Behörden|Staaten|governments|ministries|officials|states|members|правительства|министерства|государства|страны|члены)(?![\p{L}])/iu

const PLURAL_BODY_END = /(?:Regierungen|Ministerien|Außenministerien|Behörden|governments|ministries|administrations)$/iu

export const FORMER_WHY = 'a former officeholder speaks for no body'
/** "accused Blinken of saying that …": what someone else says the person said speaks for no body. */
export const ALLEGED_WHY = 'what another says the person said: no body'
const FORMER = /(?<![\p{L}])(?:former|ex-|ehemalige[nmrs]?|frühere[nmrs]?|Ex-|Alt-|бывш\p{L}*|экс-)(?=\s|\p{L})/iu

const UNSURE = 'the body it refers to is not in the registry, or several could be meant'

const DETERMINER_BEFORE = /(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|the|a|an)\s+$/iu

const RUSSIAN_FUNCTION_WORDS = new Set([...stopwordsRu, 'ранее', 'также', 'сегодня', 'вчера', 'накануне', 'официально'])

const INDEFINITE = /(?:^|[^\p{L}])(?:a|an|another|one|ein|eine|einer|einem|einen|eines|один|одна|одного|одной)\s+(?:\p{L}+\s+)?$/iu
const WORD_AFTER = /^\s*([\p{L}][\p{L}\p{M}'’-]*)/u

const VICE_BEFORE = /(?:vice|vize|вице)[\s-]?$/iu

/** The mention follows a preposition: a place or an object, not a subject. */
export function afterPreposition(doc: StatementDocument, start: number): boolean {
  return followsPreposition(doc.masked, start, doc.language)
}


/**
 * A place name or body noun that modifies the noun after it rather than heading the phrase: a possessive
 * ("China's commerce ministry", "the president's temperament") or, in English and Russian, a following
 * lowercase noun ("the US military", "US officials"); adverbs, verbs and function words do not count.
 */
function isModifier(doc: StatementDocument, start: number, end: number, byNextWord: boolean): boolean {
  const surface = doc.masked.slice(start, end)
  if (/['’]s?$/u.test(surface)) return true
  // "EU-Vorgaben", "US-led": the first part of a compound qualifies what follows.
  if (/^-\s?\p{L}/u.test(doc.masked.slice(end, end + 3))) return true
  if (doc.language === 'de' || !byNextWord) return false
  const next = WORD_AFTER.exec(doc.masked.slice(end, end + 40))?.[1]
  if (!next || !/^\p{Ll}/u.test(next)) return false
  if (NOT_NAMES.has(next) || IRREGULAR_PAST.has(next) || /ly$/u.test(next)) return false
  doc.lex.speechVerb.lastIndex = 0
  const verb = doc.lex.speechVerb.exec(doc.masked.slice(end, end + 40))
  if (verb && verb.index === doc.masked.slice(end, end + 40).indexOf(next)) return false
  // Verb forms follow a subject head: English past tense, or -s when no verb follows it ("Russia says" but "US officials said").
  if (doc.language === 'ru') return !/(?:л|ла|ло|ли|ет|ют|ит|ят|ся|сь)$/u.test(next)
  if (/ed$/u.test(next)) return false
  if (!/s$/u.test(next)) return true
  const after = doc.masked.slice(end, end + 80).replace(WORD_AFTER, '')
  doc.lex.speechVerb.lastIndex = 0
  const then = doc.lex.speechVerb.exec(after)
  return !!then && /^\s*$/u.test(after.slice(0, then.index))
}

/** Drop capitalised function words at the front of a capitalised run ("Auch Lawrow", "The Kremlin"). */
function trimName(surface: string, start: number): { start: number; end: number } | null {
  // The words before the first that may be a name go, with the spaces after them. Read in place, not split: every
  // capitalised run of the text comes here, and it starts with a word.
  let offset = 0
  while (offset < surface.length) {
    let end = offset
    if (isSpace(surface.charCodeAt(offset))) {
      while (end < surface.length && isSpace(surface.charCodeAt(end))) end++
    } else {
      while (end < surface.length && !isSpace(surface.charCodeAt(end))) end++
      if (!isNotName(surface.slice(offset, end))) break
    }
    offset = end
  }
  return surface.length - offset >= 3 ? { start: start + offset, end: start + surface.length } : null
}

/** The part of a capitalised run after any other reference in it ("Foreign Minister | Dmytro Kuleba"). */
function freePart(occupied: Uint8Array, start: number, end: number, masked: string): { start: number; end: number } | null {
  let last = end - 1
  while (last >= start && !occupied[last]) last--
  if (last < start) return { start, end }
  const rest = masked.slice(last + 1, end)
  const s = last + 1 + rest.length - rest.trimStart().length
  const first = masked.slice(s, end).split(/\s+/u)[0]
  if (!first || !/^\p{Lu}/u.test(first) || isNotName(first)) return null
  return end - s >= 3 ? { start: s, end } : null
}

/** Across a comma only a name and its role or body belong together ("die Sprecherin des Ministeriums, Maria Sacharowa, …"). */
function apposition(left: Ref, right: Ref): boolean {
  const describes = (r: Ref) => r.type === 'role' || r.type === 'generic' || (r.type === 'actor' && r.mention!.via !== 'metonym')
  return (describes(left) && right.type === 'name') || (left.type === 'name' && describes(right))
}

/** ", der das …": a relative clause begins; what follows is its object, not an apposition. */
const RELATIVE_GAP = /,\s*(?:der|die|das|dem|den)\s+(?:der|die|das|dem|den|des)\s*$/iu

/** Lowercase modifiers of an English role: "planetary" in "Goddard planetary scientist Avi Mandell". */
const EN_ROLE_MODIFIERS = /^\s+(?:(?!(?:and|or|but|nor|said|says|told|who|which|that|to|of|with|on|in|at|by)\s)\p{Ll}[\p{Ll}-]+\s+){1,2}$/u

/** "Goddard planetary scientist …", "NASA senior researcher …": a name or body, modifiers, then the role they qualify. */
function modifiedRole(doc: StatementDocument, last: RefGroup, r: Ref, gap: string): boolean {
  // A possessor stays apart ("Sweden’s deputy director …, Eva-Marie Persson, said": the apposed name speaks).
  return doc.language === 'en' && r.type === 'role' && last.refs[last.refs.length - 1].type !== 'role' && EN_ROLE_MODIFIERS.test(gap) && !/['’]s?$/u.test(doc.masked.slice(last.start, last.end))
}

/** Adjacent references that form one noun phrase. */
export function groupRefs(doc: StatementDocument, refs: readonly Ref[]): RefGroup[] {
  const groups: RefGroup[] = []
  for (const r of refs) {
    const last = groups[groups.length - 1]
    const gap = last ? doc.masked.slice(last.end, r.start) : ''
    // "с Бербок Лавров заявил": the object of a preposition ends its phrase; the name after it starts another.
    const afterObject = !!last?.refs[last.refs.length - 1].located && !r.located && r.type === 'name'
    if (last && !afterObject && r.start >= last.end && ((gap.length <= 25 && CONNECTOR.test(gap) && !RELATIVE_GAP.test(gap) && (!gap.includes(',') || apposition(last.refs[last.refs.length - 1], r))) || modifiedRole(doc, last, r, gap))) {
      last.refs.push(r)
      last.end = Math.max(last.end, r.end)
    } else {
      groups.push({ start: r.start, end: r.end, refs: [r] })
    }
  }
  return groups
}

/**
 * Resolve a speaker phrase to an actor, using the context for generic references, known people and pronouns.
 * `place`: the cue reports from a place, so a place after a preposition may be the source.
 */
export function resolveGroup(doc: StatementDocument, ctx: AttributionContext, group: RefGroup, place = false): SpeakerResolution {
  ctx.advanceTo(group.start)
  // A role or body noun is written with its determiner ("der Sprecher", "the official").
  const det = group.refs[0].type === 'role' || group.refs[0].type === 'generic' ? DETERMINER_BEFORE.exec(doc.masked.slice(Math.max(0, group.start - 8), group.start)) : null
  const start = det ? group.start - det[0].length : group.start
  const base = { speaker: doc.text.slice(start, group.end), start, end: group.end, independent: false, viaContext: false }
  const refsOf = (type: RefType) => group.refs.filter((r) => r.type === type)
  const names = refsOf('name')
  const roles = refsOf('role')
  const actors = refsOf('actor')
  const generic = refsOf('generic')[0]
  const lastName = names[names.length - 1]
  // "Harvard University Institute of Politics", "University of Texas": a name of an institution, no person.
  const institution = names.some((n) => INSTITUTION.test(doc.text.slice(n.start, n.end)))
  const person = lastName && !institution ? doc.text.slice(lastName.start, lastName.end) : null
  const roleKind = roles.find((r) => r.kind)?.kind ?? null
  const paragraph = paragraphIndex(doc, group.start)
  const done = (actorId: string | null, confidence: number, review: boolean, extra: Partial<SpeakerResolution> = {}): SpeakerResolution => {
    if (person && (actorId || roles.length || actors.length || generic)) ctx.rememberPerson(person, actorId)
    return { ...base, actorId, confidence, review, person, ...extra }
  }
  const fromContext = (): SpeakerResolution | null => {
    const c = ctx.continuing(paragraph)
    return c ? { ...base, actorId: c.actorId, confidence: c.actorId ? 0.75 : 0.3, review: !c.actorId, person: c.person, viaContext: true, why: 'refers to the current source' } : null
  }

  // "the Ministry of Education said", "das Gesundheitsministerium teilte mit": a body the registry does not know.
  const unknownBody = actors.some((r) => r.mention!.via !== 'metonym')
    ? undefined
    : spansOverlapping(doc.unregistered, group.start - 2, group.end).find((u) => u.end > group.start || /^\s+$/u.test(doc.masked.slice(u.end, group.start)))
  if (unknownBody) {
    // The speaker is the whole body phrase ("Министерство сельского хозяйства Германии").
    const from = Math.min(unknownBody.start, base.start)
    const to = Math.max(group.end, unknownBody.end)
    return { ...base, speaker: doc.text.slice(from, to), start: from, end: to, actorId: null, confidence: 0.5, review: true, person, independent: true, why: 'a body the registry does not know' }
  }
  if (generic?.qualified && !actors.length) return done(null, 0.4, true, { why: 'a body qualified by a nationality the registry does not know' })
  // "DRK-Generalsekretär", "NATO-Sprecher": the compound names the body; one the registry does not know
  // leaves the person unattributed rather than given to a body named nearby.
  const prefixed = roles.find((r) => r.prefix)
  if (prefixed && !actors.some((r) => r.mention!.via !== 'metonym')) {
    const found = doc.matcher.findMentions(prefixed.prefix!, doc.language)
    if (found.length === 1) return done(found[0].actorId, found[0].via === 'metonym' ? 0.75 : 0.9, found[0].via === 'metonym', { why: 'the role compound names the body' })
    if (!doc.matcher.genericBodyKind?.(prefixed.prefix!, doc.language)) return done(null, 0.5, true, { why: 'the role compound names a body outside the registry', independent: true })
  }
  // "former Secretary of State Hillary Clinton", "der frühere Außenminister", "бывший глава МИД": someone who held
  // the office speaks for no body now.
  if (FORMER.test(doc.masked.slice(Math.max(0, group.start - 20), group.start) + doc.masked.slice(group.start, group.end))) {
    return done(null, 0.5, true, { why: FORMER_WHY, independent: true })
  }
  // "Mehrere Regierungen in der Europäischen Union", "officials at the UN": a body after a locative preposition
  // is where the speakers are, not who speaks; a plural head ("Regierungen", "governments") is several bodies.
  // Not where the cue reports from a place ("в МИД заявили", "im Kreml hieß es"): there the place is the source.
  const placed = place || doc.language === 'ru' ? [] : actors.filter((r) => r.mention!.via !== 'metonym' && LOCATIVE_BEFORE.test(doc.masked.slice(Math.max(0, r.start - 14), r.start)))
  if (placed.length && (placed.length === actors.length || PLURAL_HEAD.test(doc.masked.slice(group.start, placed[0].start)))) {
    return done(null, 0.4, true, { why: 'the body named is where the speakers are, not who speaks' })
  }
  const named = actors.filter((r) => r.mention!.via !== 'metonym' && (!r.modifier || roles.length || generic) && !placed.includes(r))
  // "Die deutschen Regierungen", "Western governments": a plural names several bodies, never one actor.
  if (named.length && named.every((r) => PLURAL_BODY_END.test(doc.masked.slice(r.start, r.end)))) {
    return done(null, 0.4, true, { why: 'several bodies are named together' })
  }
  if (named.length) {
    const fitting = roleKind ? named.find((r) => compatibleKind(roleKind, kindOf(doc, r))) : undefined
    // Several bodies in one phrase: the one right before the person's name speaks ("at the UN summit, Indian PM Modi").
    const attached = lastName ? named.find((r) => /^\s+$/u.test(doc.masked.slice(r.end, lastName.start))) : undefined
    return done((attached ?? fitting ?? named[0]).mention!.actorId, 0.95, false, { why: 'the body is named in the speaker phrase' })
  }
  // "White House advisers", "the US military": a body or country qualifying someone the registry does not know.
  if (actors.length && actors.every((r) => r.modifier) && !roles.length && !generic) return done(null, 0.5, true, { why: 'a body only qualifies someone the registry does not know' })
  // A role with no name and no body refers back to the person speaking ("die Diplomatin", "the minister").
  if (roles.length && !names.length && !actors.length && !generic) {
    if (roles.some((r) => r.indefinite)) return done(null, 0.5, true, { why: 'someone new and unnamed' })
    // "nach Angaben von Diplomaten", "officials said", "дипломаты считают": several unnamed people, of any body.
    if (roles.every((r) => PLURAL_ROLE[doc.language]?.test(doc.masked.slice(r.start, r.end)))) return done(null, 0.5, true, { why: 'several unnamed people, of no body named' })
    const c = fromContext()
    if (c?.person) return c
    // "… bestellte den deutschen Botschafter ein. Der Botschafter sagte …": an envoy speaks for the state that sent them,
    // not for the body named last (which is often the host's, summoning them).
    if (roles.some((r) => ENVOY.test(doc.masked.slice(r.start, r.end)))) return done(null, 0.5, true, { why: 'an envoy speaks for the state that sent them, which the phrase does not name' })
    if (roleKind) {
      const r = ctx.resolveGeneric(roleKind, group.start)
      return done(r.actorId, r.confidence * 0.9, true, { why: r.actorId ? 'the role refers to the body of its kind named most recently' : UNSURE })
    }
    return done(null, 0.6, false, { why: 'a person who speaks for no body', independent: true })
  }
  if (roles.some((r) => r.kind === null)) return done(null, 0.7, false, { why: 'a person who speaks for no body', independent: true })

  // "authorities", "die Behörden", "власти", "the side": with no country named they may be any authority
  // (a city's police, a province): not a government from context.
  if (generic && !actors.length && VAGUE_BODY.test(doc.masked.slice(generic.start, generic.end))) {
    return done(null, 0.5, true, { why: 'a vague reference to authorities, with no country named' })
  }
  // A modifying body noun still says whom a role speaks for ("Foreign Ministry spokeswoman").
  const kind = (generic && (!generic.modifier || roles.length) ? generic.kind : null) ?? roleKind
  const metonymRef = actors.find((r) => r.mention!.via === 'metonym')
  if (metonymRef) {
    const metonym = metonymRef.mention!
    const metonymActor = doc.matcher.actor(metonym.actorId)
    const country = metonymActor?.country ?? null
    // "Der Sprecher des Weißen Hauses", "a Kremlin official": a building standing for one body, not for a
    // country, is the body its spokesperson speaks for.
    if (roleKind === 'body' && !generic && metonymActor && metonymActor.kind !== 'government' && !metonymRef.located) {
      return done(metonymActor.id, 0.85, false, { why: 'a spokesperson of the body the place stands for' })
    }
    if (kind && country) {
      const r = ctx.resolveGeneric(kind, group.start, country)
      return done(r.actorId, r.confidence, r.review, { why: 'the body of its kind in the country named' })
    }
    // A modifier qualifies someone unknown ("the US military"). A place after a preposition ("Embassy in New
    // Delhi", "sagte er in Teheran") only locates, unless the cue reports from a place ("В Кремле заявили").
    if (metonymRef.modifier || generic?.modifier) return done(null, 0.5, true, { why: 'a place only qualifies someone the registry does not know' })
    const locates = (metonym.confidence < 0.5 || metonymRef.located) && !place
    if (!locates) return done(metonym.actorId, Math.max(0.6, metonym.confidence + 0.15), metonym.confidence < 0.55, { why: 'a place standing for its government' })
    if (!group.refs.some((r) => r.type === 'pronoun' || r.type === 'name' || r.type === 'role')) return done(null, 0.5, true, { why: 'a place where, not who' })
  }
  if (generic?.modifier && !roles.length) return done(null, 0.4, true, { why: 'a body only qualifies someone the registry does not know' })
  if (person) {
    const known = ctx.findPerson(person)
    if (known?.actorId) return done(known.actorId, 0.85, false, { why: 'a person named before with the body they speak for' })
  }
  // "Premier Zaev", "Prime Minister Keith Mitchell": an officeholder the text ties to no registered body; which
  // government was named last says nothing about whose premier this is.
  // Only a body of the kind named in the last few sentences, with no rival, may be theirs.
  if (person && generic && !roles.length && !metonymRef) {
    const r = ctx.resolveGeneric(generic.kind!, group.start)
    if (r.actorId && ((!r.review && r.confidence >= 0.85) || r.focus)) return done(r.actorId, 0.7, true, { why: 'an officeholder of the body of that kind named just before' })
    return done(null, 0.5, true, { why: 'an officeholder of a country the text does not name' })
  }
  // "National Security Council official Timothy Morrison": a role of an organisation the registry does not know.
  if (!generic && roles.length && names.some((n) => n.end <= roles[0].start)) return done(null, 0.5, true, { why: 'a role of an organisation outside the registry' })
  if (kind) {
    if (!generic) {
      // A spokesperson or representative without a body: the current source, else the last body named.
      const c = fromContext()
      if (c?.actorId) return done(c.actorId, 0.75, false, { why: 'a spokesperson of the current source' })
    }
    const r = ctx.resolveGeneric(kind, group.start)
    // "The Prime Minister said": an office refers to its holder introduced nearby; a government named many
    // sentences back may be another country's.
    if (generic?.office && !person && r.actorId && (r.review || r.confidence < 0.85)) return done(null, 0.4, true, { why: UNSURE })
    return done(r.actorId, r.confidence, r.review, { why: r.actorId ? 'the body of its kind named most recently' : UNSURE })
  }
  // "they", "они" never continue a single person ("he … said"): a body at most.
  const plural = refsOf('pronoun').some((r) => /^(?:they|они|их)$/iu.test(doc.masked.slice(r.start, r.end)))
  if (plural) {
    const c = fromContext()
    return c && !c.person ? c : done(null, 0.3, true, { viaContext: true, why: 'a plural pronoun with no group or body in context' })
  }
  if (refsOf('pronoun').length) return fromContext() ?? done(null, 0.3, true, { why: 'a pronoun without a source in context', viaContext: true })
  if (person) return done(null, 0.5, true, { why: 'a person the registry does not know' })
  return done(null, 0.3, true, { why: 'no body named' })
}

/** Registry kinds of generic references mapped to the kinds of body they may stand for. */
export function toBodyKind(kind: ActorKind): BodyKind {
  switch (kind) {
    case 'foreign-ministry':
    case 'ministry':
    case 'government':
    case 'presidency':
    case 'organisation':
      return kind
    default:
      return 'body'
  }
}

function kindOf(doc: StatementDocument, r: Ref): ActorKind {
  return (r.mention && doc.matcher.actor(r.mention.actorId)?.kind) || 'other'
}

function paragraphIndex(doc: StatementDocument, pos: number): number {
  let lo = 0
  let hi = doc.paragraphs.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (doc.paragraphs[mid].start <= pos) lo = mid
    else hi = mid - 1
  }
  return lo
}
