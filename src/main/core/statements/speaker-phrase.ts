/**
 * Speaker phrases outside the registry: the noun phrase that is the subject of a speech verb ("der
 * Vorstandschef sagte", "said the governor", "заявил министр"), or that follows a source preposition
 * ("laut Fachleuten", "according to officials", "по словам эксперта"). A small grammar over word tokens, the
 * same for all three languages with their function words: a determiner, modifiers and a head, or a run of
 * capitalised name words; never a lone capitalised word that opens a sentence unless the text shows it is a
 * name elsewhere (German adverbs, English participles: "Zugleich sagte sie", "Asked why, she said").
 */
import { stopwords as stopwordsDe } from '@orama/stopwords/german'
import { stopwords as stopwordsEn } from '@orama/stopwords/english'
import { stopwords as stopwordsRu } from '@orama/stopwords/russian'
import type { Cue } from './annotations'
import type { StatementDocument } from './document'
import { afterFrontedClause, bareWhoBefore, fullMatch, IRREGULAR_PAST } from './patterns'
import { isCommonNoun, isNameWord } from './names'

export interface Span {
  start: number
  end: number
}

interface Word {
  text: string
  lower: string
  start: number
  end: number
}

const DETERMINERS: Record<string, Set<string>> = {
  de: new Set('der die das den dem des ein eine einer einem einen eines kein keine'.split(' ')),
  // Quantifiers open a noun phrase as determiners do ("some technologists say", "two diplomats said").
  en: new Set('the a an some many several most few both two three four five'.split(' ')),
  ru: new Set<string>(),
}
/** Words inside a phrase that link its parts ("Department of Correction spokesman", "die Sprecherin des Amts"). */
const LINKS: Record<string, Set<string>> = {
  de: new Set('der des von vom'.split(' ')),
  en: new Set(["of", "'s", "’s"]),
  ru: new Set<string>(),
}
const PRONOUNS: Record<string, Set<string>> = {
  de: new Set('er sie ich wir man'.split(' ')),
  en: new Set('he she they it i we'.split(' ')),
  ru: new Set('он она они оно я мы'.split(' ')),
}
const STOP: Record<string, Set<string>> = {
  // "Jm", "Jn": "Im", "In" as printed in Fraktur-era texts.
  de: new Set([...stopwordsDe, 'jm', 'jn', 'zunächst', 'schon', 'bisher', 'sodann', 'ferner', 'endlich', 'überhaupt', 'dass', 'laut', 'zufolge', 'zudem', 'außerdem', 'weiter', 'jedoch', 'allerdings', 'bereits', 'zuvor', 'nun', 'jetzt', 'heute', 'gestern', 'dabei', 'damals', 'daher', 'demnach', 'deshalb',
    // Sentence adverbs that open a German clause before its verb (V2), never its subject ('Vielleicht fragt Aron …').
    'vielleicht', 'gegenwärtig', 'derzeit', 'inzwischen', 'mittlerweile', 'schließlich', 'trotzdem', 'dennoch', 'gleichzeitig', 'zugleich', 'anschließend', 'später', 'früher', 'immerhin', 'tatsächlich', 'offenbar', 'offensichtlich', 'womöglich', 'möglicherweise', 'wahrscheinlich', 'jedenfalls', 'zuletzt', 'erneut', 'ebenfalls']),
  en: new Set([...stopwordsEn, 'according', 'also', 'however', 'earlier', 'later', 'previously', 'recently', 'meanwhile', 'then', 'now', 'today', 'yesterday', 'told', 'asked']),
  ru: new Set([...stopwordsRu, 'также', 'однако', 'ранее', 'позже', 'затем', 'сегодня', 'вчера', 'накануне', 'уже', 'журналистам', 'словам', 'мнению', 'данным']),
}

/** Is the word a function word or sentence adverb of the language ("von", "einem", "its", "уже")? */
export function isFunctionWord(language: string, word: string): boolean {
  return !!STOP[language]?.has(word.toLowerCase())
}

const PREPOSITIONS: Record<string, Set<string>> = {
  de: new Set('an auf aus bei durch für gegen in im jm jn mit nach ohne über um unter von vom vor zu zum zur zwischen seit wegen trotz außer neben gegenüber laut samt dank'.split(' ')),
  en: new Set('at by for from in into of on to with about after before against during over under except besides beside without'.split(' ')),
  ru: new Set('в во на с со к ко по о об от из у за для при про без через над под перед между кроме помимо'.split(' ')),
}
const OBLIQUE = new Set(['den', 'dem', 'des', 'einem', 'einen', 'eines'])
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu
const MAX_WORDS = 7

/** A speaker phrase for a cue whose speaker the registry-driven resolution did not find, or null. */
export function speakerPhrase(doc: StatementDocument, cue: Cue, clauseFrom: number, clauseTo: number): Span | null {
  switch (cue.type) {
    case 'verb':
    case 'naming':
      return aroundVerb(doc, cue, clauseFrom, clauseTo)
    case 'so':
    case 'according': {
      // "по его словам", "nach seinen Worten", "according to him": the pronoun is the source.
      const own = OWN_PRONOUN.exec(doc.masked.slice(cue.start, cue.end))
      if (own) return { start: cue.start + own.index, end: cue.start + own.index + own[0].length }
      return after(doc, cue.end, clauseTo, true)
    }
    case 'post-according':
      return before(doc, clauseFrom, cue.start, false)
    case 'locative':
      return inside(doc, cue)
    case 'impersonal':
      return sourceAfterImpersonal(doc, cue.end, clauseTo)
    default:
      return null
  }
}

/** A passive auxiliary before an English participle ("was told", "were asked"): the subject is who was told. */
const EN_PASSIVE = /(?<![\p{L}])(?:was|were|been|being|is|are|be)\s+(?:(?:also|later|reportedly|repeatedly|not|never|then)\s+)?$/iu

/** An English verb of saying in the passive: a participle (not "-ing": "is demanding" is active) after an auxiliary. */
export function isEnglishPassive(doc: StatementDocument, cue: Cue, from: number): boolean {
  return doc.language === 'en' && !/ing$/iu.test(cue.text) && EN_PASSIVE.test(doc.masked.slice(Math.max(from, cue.start - 24), cue.start))
}

/** German V2 and Russian free order: a pronoun or determiner phrase right after the verb is its subject. */
function aroundVerb(doc: StatementDocument, cue: Cue, sentenceFrom: number, to: number): Span | null {
  // "Blinken was asked whether …": no phrase around a passive is its speaker (attribution.ts takes a "by" agent).
  if (isEnglishPassive(doc, cue, sentenceFrom)) return null
  // "…, und Detmar hat … erklärt", "…, wenn Fürst Bismarck … sagte": the verb's own clause, when it has words of its own.
  const from = ownClause(doc, afterFrontedClause(doc.masked, doc.language, sentenceFrom, cue.start), cue.start)
  const verbEnd = cue.start + (doc.masked.slice(cue.start, cue.end).search(/\s/u) + 1 || cue.end - cue.start)
  // "is demanding", "were saying": a progressive is a finite verb like any other.
  const progressive = doc.language === 'en' && /(?<![\p{L}])(?:is|are|was|were|been|am)\s+(?:\p{Ll}+ly\s+)?$/u.test(doc.masked.slice(Math.max(from, cue.start - 24), cue.start))
  // "X defended his call, saying …", "Лавров …, заявив, что …": a gerund shares the subject of its main clause.
  if (isGerundCue(doc.language, cue) && !progressive) {
    if (/,\s*$/u.test(doc.masked.slice(from, cue.start))) return after(doc, from, cue.start, false, false)
    // "…, painting others as weak and suggesting that …": the gerund shares the subject of the sentence.
    return COORDINATED[doc.language]?.test(doc.masked.slice(Math.max(from, cue.start - 12), cue.start)) ? sentenceSubject(doc, from, cue.start) : null
  }
  // "a county commissioner who accused …": the antecedent of a relative "who" speaks.
  const who = bareWhoBefore(doc.masked, doc.language, from, cue.start)
  if (who >= 0) return before(doc, from, who, false)
  // "Gov. Mike Pence (R-IN) said": a short parenthesis between the name and its verb belongs to the name.
  const parenthesis = /\s*\([^()]{1,24}\)\s*$/u.exec(doc.masked.slice(Math.max(from, cue.start - 30), cue.start))
  if (parenthesis) {
    const named = before(doc, from, cue.start - parenthesis[0].length, false)
    if (named) return named
  }
  // "Herr Harkort verwirft die Kanonenboote und erklärt, daß …": a verb coordinated with the clause's first one
  // shares its subject, which opens the clause.
  if (COORDINATED[doc.language]?.test(doc.masked.slice(Math.max(from, cue.start - 12), cue.start))) {
    // A German name opening the clause needs no determiner ("Struve knüpft an …, und bemerkt dazu").
    const head = after(doc, from, cue.start, true, doc.language === 'de')
    const first = head && wordsIn(doc, head.start, head.end)[0]
    if (head && first && clauseInitial(doc, from, head.start) && (/^\p{Lu}/u.test(first.text) || PRONOUNS[doc.language]?.has(first.lower))) return head
    // "In a July interview with MSNBC, he spoke … and suggested …": after an introductory phrase.
    const subject = sentenceSubject(doc, from, cue.start)
    if (subject) return subject
  }
  // "Democrats, speaking at a rally in Ohio, said", "Демократы, потерявшие места …, заявляют": a participle aside
  // between subject and verb.
  const aside = PARTICIPLE_ASIDE[doc.language]?.exec(doc.masked.slice(from, cue.start))
  const pre = before(doc, from, cue.start, true) ?? russianNounBefore(doc, from, cue.start) ?? (aside ? before(doc, from, from + aside.index, true) : null) ?? postModified(doc, from, cue.start)
  // The clause opens with its subject ("Er stellte … klar", "Der AStA erklärte").
  if (pre && clauseInitial(doc, from, pre.start)) return pre
  if (verbEnd < cue.end && doc.language !== 'en') {
    // A German frame "teilte der Sprecher mit": the subject is inside it.
    const within = after(doc, verbEnd, cue.end, false)
    if (within) return within
  }
  // "X, who …, said that …": the antecedent of the relative clause before the verb speaks.
  const closingComma = /,\s*$/u.test(doc.masked.slice(from, cue.start)) ? doc.masked.lastIndexOf(',', cue.start) : -1
  const antecedentFirst = closingComma > from && doc.language === 'en' ? relativeAntecedent(doc, from, closingComma) : null
  if (antecedentFirst) return antecedentFirst
  // "«…», — с поклоном сказал швейцар": after a quote and a dash, the one noun after the verb is its subject.
  if (doc.language === 'ru' && /[»"”“]\s*,?\s*[-–—]\s*(?:\p{L}+\s+){0,2}$/u.test(doc.masked.slice(Math.max(0, cue.start - 40), cue.start))) {
    const noun = /^\s+(\p{Ll}+)(?=\s*[.,;!?]|\s+и\s|$)/u.exec(doc.masked.slice(cue.end, to))
    if (noun && RU_NOMINATIVE_NOUN.test(noun[1]) && !STOP.ru.has(noun[1])) {
      const start = cue.end + noun[0].length - noun[1].length
      return { start, end: start + noun[1].length }
    }
  }
  // English inversion ("…, said Wang") has a name after the verb, never a content clause ("said that …").
  // German may put a time adverbial first ("äußerte vor einigen Wochen Generalmajor Keim, …").
  const adverbial = doc.language === 'de' ? GERMAN_TIME_ADVERBIAL.exec(doc.masked.slice(cue.end, to)) : null
  // "told TRD that …", "told the BBC": after "tell" comes whom it was told, never who told it.
  const addressee = doc.language === 'en' && TELL.test(cue.text)
  const post = addressee || (doc.language === 'en' && /^\s+that\s/iu.test(doc.masked.slice(cue.end, to))) ? null : after(doc, cue.end + (adverbial?.[0].length ?? 0), to, false)
  if (post && !progressive && (doc.language !== 'en' || /[,"”’»]\s*$/u.test(doc.masked.slice(Math.max(from, cue.start - 3), cue.start)) || !pre)) {
    const first = wordsIn(doc, post.start, post.end)[0]
    // "Zugleich sagte sie", "sagte der Chef": after the verb when that phrase is clearly a subject.
    if (!pre || PRONOUNS[doc.language]?.has(first.lower) || DETERMINERS[doc.language]?.has(first.lower) || doc.language === 'en') {
      if (doc.language !== 'en' || !pre) return post
    }
  }
  // A relative clause ("eine Initiative, die … fordert", "officials who said"): its antecedent speaks; so after
  // the relative clause ("Республиканцы, которые …, обещают").
  const closing = /,\s*$/u.test(doc.masked.slice(from, cue.start)) ? doc.masked.lastIndexOf(',', cue.start) : -1
  const antecedent = relativeAntecedent(doc, from, cue.start) ?? (closing > from ? relativeAntecedent(doc, from, closing) : null)
  if (antecedent) return antecedent
  // German verb-final clauses ("Der AStA hatte am Freitag erklärt, …"): the subject opens the clause.
  return pre ?? post ?? (doc.language === 'de' ? after(doc, from, cue.start, false, false) : null)
}

/**
 * "Officials familiar with the talks say", "multiple sources privy to negotiations say", "people close to the
 * minister said": unnamed people opening the clause, and what qualifies them up to the verb.
 */
const EN_POST_MODIFIED = /^(\s*(?:(?:but|and|yet|still|now|meanwhile)\s+)?)((?:(?:the|some|two|three|four|several|multiple|many|other|senior|top|western|u\.s\.|administration|government|campaign|party)\s+){0,3}(?:officials|sources|people|aides|advisers|advisors|diplomats|lawmakers|analysts|experts|insiders|negotiators|members|staffers|persons|individuals))\s+(?:familiar|close|privy|knowledgeable|briefed|involved|with\s+(?:direct\s+)?knowledge|who\s+(?:spoke|asked|requested|declined|were))\s[^,.;:!?"“”]{0,80}$/iu

function postModified(doc: StatementDocument, from: number, cueStart: number): Span | null {
  if (doc.language !== 'en') return null
  const m = EN_POST_MODIFIED.exec(doc.masked.slice(from, cueStart))
  if (!m) return null
  const start = from + m[1].length
  return { start, end: start + m[2].length }
}

/** An aside between commas that opens with a participle, right before the verb. */
const PARTICIPLE_ASIDE: Record<string, RegExp> = {
  en: /,\s*\p{Ll}+(?:ing|ed)\s[^,;:.!?]{1,80},\s*$/u,
  ru: /,\s*\p{Ll}+(?:вш|ющ|ящ|ущ|ащ|нн|енн|анн|ем|им)\p{Ll}*\s[^,;:.!?]{1,80},\s*$/u,
  // "Detmar hat, ehrlich wie immer, erklärt": an aside between the auxiliary and the participle.
  de: /\s(?:hat|hatte|haben|hatten|habe|hätte|ist|war|sind|waren)\s*,\s*[^,;:.!?]{1,60},\s*$/u,
}

/** A comma or semicolon followed by a conjunction or a German subordinator: a new clause begins. */
const CLAUSE_OPENING = /[,;]\s*(?:und|aber|doch|jedoch|sondern|denn|and|but|while|whereas|и|но|а|однако|als|wenn|weil|nachdem|obwohl|da|was|während|bevor|sobald|seit|seitdem|falls|indem)\s+/giu

function ownClause(doc: StatementDocument, from: number, cueStart: number): number {
  const text = doc.masked.slice(from, cueStart)
  let at = from
  CLAUSE_OPENING.lastIndex = 0
  for (let m = CLAUSE_OPENING.exec(text); m; m = CLAUSE_OPENING.exec(text)) at = from + m.index + m[0].length
  return /[\p{L}\p{N}]/u.test(doc.masked.slice(at, cueStart)) ? at : from
}

const GERMAN_TIME_ADVERBIAL = /^\s+(?:vor|nach|seit|am|im|an|in)\s+(?:(?:einigen|wenigen|zwei|drei|mehreren|vielen|dem|der|den|diesem|dieser|jenem|letzten|vergangenen|kurzem|langem)\s+)?\p{L}+(?=\s+(?:der|die|das|ein|eine|\p{Lu}))/u

/** A possessive or object pronoun in a source phrase: the pronoun is the source ("по его словам", "aus seiner Sicht"). */
export const OWN_PRONOUN = /(?<![\p{L}])(?:его|её|ее|их|seinen|ihren|seinem|ihrem|seiner|ihrer|him|her|them)(?![\p{L}])/iu

/** Russian dative endings of surnames and adjectives ("Дзержинскому", "Лаврову", "журналистам"). */
const RU_DATIVE = /(?:ому|ему|ову|еву|ину|ыну|ам|ям)$/u

/** A Russian word in the dative: whom something was said to, never who said it. */
export function isRussianDative(word: string): boolean {
  return RU_DATIVE.test(word.toLowerCase())
}
/** "Вернувшись в кабинет, дед сказал": one lowercase noun opening its clause right before the verb. */
function russianNounBefore(doc: StatementDocument, from: number, cueStart: number): Span | null {
  if (doc.language !== 'ru') return null
  const m = /(?:^|[,;:—–-]\s*)(\p{Ll}{3,})\s+$/u.exec(doc.masked.slice(from, cueStart))
  if (!m || !RU_NOMINATIVE_NOUN.test(m[1]) || RU_VERB_FORM.test(m[1]) || STOP.ru.has(m[1])) return null
  const start = cueStart - m[0].length + m[0].indexOf(m[1])
  return { start, end: start + m[1].length }
}

/** Russian verb forms a noun test would let through (past tense, infinitive, present, reflexive). */
const RU_VERB_FORM = /(?:ал|ял|ил|ел|ул|ла|ли|ло|ть|ет|ит|ют|ят|ут|ат|ся|сь)$/u

/** A Russian noun that may be a nominative singular or plural subject ("швейцар", "дед", "министр", "эксперты"). */
const RU_NOMINATIVE_NOUN = /^\p{Ll}{2,}(?:[бвгджзклмнпрстфхцчшщ]|а|я|ы|и)$/u

/** English "tell" in any form: the phrase after it is its object. */
const TELL = /^(?:tell|tells|told|telling)(?![\p{L}])/iu

const COORDINATED: Record<string, RegExp> = { de: /\s(?:und|sowie)\s+$/u, en: /\s(?:and)\s+$/u, ru: /\s(?:и)\s+$/u }

// Russian: perfective "заявив", "заявивши"; imperfective "отвечая", "говоря", "слыша", "ссылаясь" (never "-ся" finite forms or "-ла").
const GERUND: Record<string, RegExp> = { en: /^\p{L}+ing$/iu, ru: /^\p{L}+(?:в|вши|вшись|(?<!с)я|ясь|(?<=[жшчщ])а)$/iu }

/** "saying", "заявив": a gerund, whose subject is that of its sentence. */
export function isGerund(language: string, word: string): boolean {
  return !!GERUND[language]?.test(word)
}

/** A verb cue in the gerund, its object included ("saying", "заявив", "telling them"). */
export function isGerundCue(language: string, cue: Cue): boolean {
  if (cue.type !== 'verb' && cue.type !== 'naming') return isGerund(language, cue.text)
  const space = cue.text.search(/\s/u)
  return isGerund(language, space < 0 ? cue.text : cue.text.slice(0, space))
}

const RELATIVE: Record<string, RegExp> = {
  de: /^,\s*(?:der|die|das|welche|welcher|welches)\s/iu,
  en: /^,?\s*(?:who|which|that)\s/iu,
  ru: /^,\s*(?:который|которая|которое|которые)\s/iu,
}

/** The noun phrase before ", die … fordert" when the cue's clause is a relative clause. */
function relativeAntecedent(doc: StatementDocument, from: number, cueStart: number): Span | null {
  const text = doc.masked.slice(from, cueStart)
  const comma = text.lastIndexOf(',')
  const re = RELATIVE[doc.language]
  if (comma < 0 || !re || !re.test(text.slice(comma)) || /[,;:]/u.test(text.slice(comma + 1))) return null
  // German puts a participle or particle between the antecedent and its relative clause ("hat sich eine Initiative
  // organisiert, die …", "die Ansicht Schmollers teilt, der …"): nouns are capitalised, those words are not.
  const end = doc.language === 'de' ? comma - (/(?:\s+\p{Ll}+){1,2}\s*$/u.exec(text.slice(0, comma))?.[0].length ?? 0) : comma
  // "Sanders, meanwhile, who sits …": a sentence adverb set off by commas may stand between.
  const aside = /,\s*(?:[\p{L}]+\s+){0,2}[\p{L}]+\s*$/u.exec(text.slice(0, comma))
  return before(doc, from, from + end, false) ?? (aside ? before(doc, from, from + aside.index, false) : null)
}

/** The subject opening the sentence's main clause, after an introductory phrase set off by a comma ("In the days …, Donald Trump has …"). */
function sentenceSubject(doc: StatementDocument, from: number, to: number): Span | null {
  const text = doc.masked.slice(from, to)
  const intro = /^\s*(?:in|on|at|after|before|during|since|while|when|as|am|im|nach|vor|seit|während|в|на|после)\s[^,]{0,120},/iu.exec(text)
  const start = intro ? from + intro[0].length : from
  const head = after(doc, start, to, true, false)
  const first = head && wordsIn(doc, head.start, head.end)[0]
  return head && first && clauseInitial(doc, start, head.start) && (/^\p{Lu}/u.test(first.text) || PRONOUNS[doc.language]?.has(first.lower)) ? head : null
}

function wordsIn(doc: StatementDocument, from: number, to: number): Word[] {
  const out: Word[] = []
  const text = doc.masked.slice(from, to)
  WORD.lastIndex = 0
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const t = m[0].replace(/[.'’-]+$/u, '')
    out.push({ text: t, lower: t.toLowerCase(), start: from + m.index, end: from + m.index + t.length })
  }
  return out
}

/** The phrase ending right before pos (a few adverbs may stand between it and the verb). */
function before(doc: StatementDocument, from: number, pos: number, allowAdverbs: boolean): Span | null {
  const ws = wordsIn(doc, from, pos)
  const lang = doc.language
  let i = ws.length - 1
  if (i < 0) return null
  // A quoted name closing the phrase ("Супруга «оружейного барона» рассчитывает"): part of it.
  const tail = doc.masked.slice(ws[i].end, pos)
  const quoted = QUOTED_TAIL.exec(tail)
  if (!quoted && /[.!?;:„“"«»]/u.test(tail)) return null
  let skipped = 0
  while (allowAdverbs && i >= 0 && skipped < 2 && isAdverb(lang, ws[i]) && !PRONOUNS[lang]?.has(ws[i].lower)) {
    if (/[,;:]/u.test(doc.masked.slice(ws[i].end, i + 1 < ws.length ? ws[i + 1].start : pos))) return null
    i--
    skipped++
  }
  if (i < 0) return null
  if (PRONOUNS[lang]?.has(ws[i].lower) && gapClean(doc, ws[i].end, i + 1 < ws.length ? ws[i + 1].start : pos)) return { start: ws[i].start, end: ws[i].end }
  // "von der wir oben sagten", "was er ihm damals schrieb": a pronoun, then only lowercase adverbs or objects.
  for (let p = i - 1; p >= Math.max(0, i - 3); p--) {
    if (!/^\p{Ll}/u.test(ws[p + 1].text) || !/^\s+$/u.test(doc.masked.slice(ws[p].end, ws[p + 1].start))) break
    if (PRONOUNS[lang]?.has(ws[p].lower) && ws[p].lower !== 'it') return { start: ws[p].start, end: ws[p].end }
  }
  let j = i
  let k = i
  while (k >= 0 && i - k < MAX_WORDS) {
    const w = ws[k]
    const gap = k === i && quoted ? ' ' : doc.masked.slice(w.end, k === j ? (j + 1 < ws.length ? ws[j + 1].start : pos) : ws[k + 1].start)
    if (k !== i && !/^\s+$/u.test(gap) && !(/^\.\s+$/u.test(gap) && (TITLE_ABBREVIATION.test(w.lower) || /^\p{Lu}$/u.test(w.text)))) break
    if (k === i && /[,;:()]/u.test(gap)) return null
    if (STOP[lang]?.has(w.lower) && !LINKS[lang]?.has(w.lower)) break
    // A determiner opens the phrase ("A major climate group"); the stop word lists do not all carry "a".
    if (k !== i && DETERMINERS[lang]?.has(w.lower)) break
    if (LINKS[lang]?.has(w.lower) && !(k > 0 && /^\p{Lu}/u.test(ws[k + 1]?.text ?? ''))) break
    k--
  }
  let start = k + 1
  // A trailing link word belongs to what precedes, not to the phrase.
  while (start <= i && LINKS[lang]?.has(ws[start].lower)) start++
  if (start > i) return null
  const det = k >= 0 && DETERMINERS[lang]?.has(ws[k].lower) && /^\s+$/u.test(doc.masked.slice(ws[k].end, ws[k + 1].start))
  // "Bismarck … dem Times-Korrespondenten sagte": a dative, accusative or genitive phrase is an object, not the subject.
  if (det && lang === 'de' && OBLIQUE.has(ws[k].lower)) return null
  // A phrase governed by a preposition or "als/as" is an object or a predicate ("im Hinblick auf eine Krankheit
  // schrieb", "verwirft sie als Mittel … und erklärt"), never the subject.
  const governor = det ? ws[k - 1] : ws[start - 1]
  // English "after the owner said": a conjunction that is also a preposition, opening a clause before its verb.
  const conjunction = lang === 'en' && /^(?:after|before|since|until)$/u.test(governor?.lower ?? '') && /^\s+$/u.test(doc.masked.slice(ws[i].end, pos))
  if (governor && !conjunction && (PREPOSITIONS[lang]?.has(governor.lower) || /^(?:als|as|как)$/u.test(governor.lower))) return null
  const phrase = ws.slice(start, i + 1)
  const opensClause = start === 0 ? clauseInitial(doc, from, ws[start].start) : CLAUSE_LINK.test(ws[start - 1].lower)
  if (!acceptable(doc, phrase, !!det, start === 0 && clauseInitial(doc, from, ws[start].start)) && !(opensClause && !det && bareGermanSubject(doc, phrase))) return null
  const end = quoted && i === ws.length - 1 ? ws[i].end + quoted[0].trimEnd().length : phrase[phrase.length - 1].end
  return { start: det ? ws[k].start : phrase[0].start, end }
}

/** Titles written short, part of the name that follows ("Gov. Chris Christie", "Hr. Pongeard", "St. Cyprian"). */
const TITLE_ABBREVIATION = /^(?:mr|mrs|ms|dr|prof|gov|sen|rep|gen|col|lt|sgt|st|hr|fr|jr|sr|rev|hon|pres|amb|adm|capt|maj|cmdr|insp|präs|abg|г|гг|св)$/u

/** Words after which a clause's subject may follow at once ("Wenn aber Rümelin erklärt", "but Clinton said"). */
const CLAUSE_LINK = /^(?:und|aber|auch|doch|denn|wenn|als|da|weil|nachdem|während|obwohl|so|nun|jedoch|zwar|ja|sondern|oder|and|but|when|while|as|because|after|though|although)$/u
/** German adverbs by their endings ("Anschließend", "Möglicherweise", "Schließlich", "Deshalb"): a clause may open with them. */
const ADVERB_LIKE = /(?:end|weise|lich|dings|mals|falls|wegs|halb|dem|her|hin|ens|wärts|seits|maßen|lang)$/u

/**
 * German writes a name and a plural without a determiner ("Aristoteles behauptet", "Journalisten behaupten"),
 * a singular common noun with one: one or two capitalised words opening the clause before its verb are its
 * subject unless the text uses them after a determiner too, or they read as an adverb.
 */
function bareGermanSubject(doc: StatementDocument, phrase: Word[]): boolean {
  if (phrase.length > 2 || !phrase.every((w) => /^\p{Lu}/u.test(w.text))) return false
  const head = phrase[phrase.length - 1]
  if (head.text.length <= 2 || STOP[doc.language]?.has(head.lower)) return false
  if (doc.language === 'de') return !ADVERB_LIKE.test(head.lower) && !isCommonNoun(doc, head.text)
  // English capitalises only names and sentence openers: a lone opener before the verb is a name ("Clinton
  // criticized …") unless it reads as an adverb or a participle ("Separately", "Asked", "Speaking").
  return doc.language === 'en' && phrase.length === 1 && !/(?:ly|ed|ing)$/u.test(head.lower)
}

const QUOTED_TAIL = /^\s+[«„“"‚‹][·\s]+[»“”"‘›]\s*$/u

/** The phrase starting right after pos (after a determiner; a short adverbial may come first in German and Russian). */
function after(doc: StatementDocument, pos: number, to: number, source: boolean, bareAllowed = true): Span | null {
  const ws = wordsIn(doc, pos, to)
  const lang = doc.language
  let i = 0
  if (!ws.length || /[.!?;:„“"«»]/u.test(doc.masked.slice(pos, ws[0].start))) return null
  // After a verb, a comma opens its content clause ("erklärt, Lucke habe …"), not its subject.
  if (!source && /,/u.test(doc.masked.slice(pos, ws[0].start))) return null
  if (lang === 'en' && source === false && ws[0].lower === 'to') return null
  if (PRONOUNS[lang]?.has(ws[0].lower) && gapClean(doc, pos, ws[0].start)) return { start: ws[0].start, end: ws[0].end }
  while (i < ws.length && i < 3 && isAdverb(lang, ws[i]) && !DETERMINERS[lang]?.has(ws[i].lower)) {
    // A preposition opens an object or an adverbial ("stellte zu den Zukunftschancen … klar"), not the subject.
    if (!source && PREPOSITIONS[lang]?.has(ws[i].lower)) return null
    i++
  }
  if (i >= ws.length) return null
  // "glauben außer Pence und Trump …": a preposition that is no stop word opens no subject either.
  if (!source && PREPOSITIONS[lang]?.has(ws[i].lower)) return null
  if (PRONOUNS[lang]?.has(ws[i].lower)) return { start: ws[i].start, end: ws[i].end }
  // After a verb, a German subject is nominative: "den", "dem", "des" open an object.
  if (!source && lang === 'de' && OBLIQUE.has(ws[i].lower)) return null
  const det = DETERMINERS[lang]?.has(ws[i].lower)
  const first = det ? i + 1 : i
  let j = first
  while (j < ws.length && j - first < MAX_WORDS) {
    const w = ws[j]
    if (j > first && !/^\s+$/u.test(doc.masked.slice(ws[j - 1].end, w.start))) break
    if (STOP[lang]?.has(w.lower) && !LINKS[lang]?.has(w.lower)) break
    if (LINKS[lang]?.has(w.lower) && !/^\p{Lu}/u.test(ws[j + 1]?.text ?? '') && lang === 'en') break
    // A German noun phrase ends with its capitalised head: a lowercase word after it is a verb or an adverb
    // ("der Knabe weiß", "der junge Kaiser bejahend"), unless a genitive or "von" continues the phrase.
    if (lang === 'de' && j > first && /^\p{Lu}/u.test(ws[j - 1].text) && /^\p{Ll}/u.test(w.text) && !LINKS.de.has(w.lower)) break
    // English "Cruz attacked Rubio", "Trump said": a past tense or a verb of saying after a name is the clause's verb.
    if (lang === 'en' && j > first && /^\p{Lu}/u.test(ws[j - 1].text) && /^\p{Ll}/u.test(w.text) && (/ed$/u.test(w.lower) || IRREGULAR_PAST.has(w.lower) || fullMatch(doc.lex.speechVerb, w.text))) break
    j++
  }
  while (j > first && LINKS[lang]?.has(ws[j - 1].lower)) j--
  if (j <= first) return null
  const phrase = ws.slice(first, j)
  // Russian "сказал Дзержинскому": a dative after the verb is whom it was said to.
  if (!source && lang === 'ru' && RU_DATIVE.test(phrase[0].lower)) return null
  // German "sagte Lucke am Samstag", "prognostizieren Fachleute": one capitalised word right after the verb
  // (or the source word) is its subject, unless the text uses it as a common noun.
  const bare = bareAllowed && lang === 'de' && i === 0 && phrase.length === 1 && /^\p{Lu}/u.test(phrase[0].text) && !isCommonNoun(doc, phrase[0].text)
  if (!bare && !acceptable(doc, phrase, !!det, false)) return null
  return { start: det ? ws[i].start : phrase[0].start, end: phrase[phrase.length - 1].end }
}

/** "hieß es bei mehreren Personen im Umfeld der Kontrolleure", "heißt es in der Mitteilung": the source as written. */
const IMPERSONAL_SOURCE = /^\s+(?:weiter\s+|auch\s+)?((?:bei|aus|von|vom|seitens|in|im|from|among|in|из|в|во|со\s+стороны|у)\s+[^,.;:!?„“"«»()\n]{3,80}?)\s*(?=[,.;:!?)\n]|$)/u

function sourceAfterImpersonal(doc: StatementDocument, pos: number, to: number): Span | null {
  const m = IMPERSONAL_SOURCE.exec(doc.masked.slice(pos, to))
  if (!m) return null
  const start = pos + m[0].indexOf(m[1])
  return { start, end: start + m[1].length }
}

function inside(doc: StatementDocument, cue: Cue): Span | null {
  const ws = wordsIn(doc, cue.start, cue.end)
  if (ws.length < 3) return null
  return after(doc, ws[1].start - 1, ws[ws.length - 1].start, true)
}

function gapClean(doc: StatementDocument, a: number, b: number): boolean {
  return !/[.!?;:„“"«»()]/u.test(doc.masked.slice(a, b))
}

function clauseInitial(doc: StatementDocument, from: number, pos: number): boolean {
  return !/[\p{L}\p{N}]/u.test(doc.masked.slice(from, pos))
}

function isAdverb(lang: string, w: Word): boolean {
  if (STOP[lang]?.has(w.lower)) return true
  return lang === 'en' && /ly$/u.test(w.lower)
}

/**
 * Is this run of words a speaker? With a determiner, any noun phrase ("the owner", "eine Sprecherin").
 * Without one: a name the text shows to be one, a run of two or more capitalised words, or (in English and
 * Russian, where only names are capitalised mid-sentence) a plural or role noun opening the clause.
 */
/** English plurals of people that speak in news without a determiner ("experts say", "say officials"). */
const PEOPLE_PLURAL =
  /^(?:experts|officials|analysts|diplomats|sources|lawmakers|legislators|economists|scientists|researchers|investigators|prosecutors|police|officers|residents|witnesses|critics|observers|insiders|negotiators|activists|organi[sz]ers|doctors|forecasters)$/u

function acceptable(doc: StatementDocument, phrase: Word[], det: boolean, initial: boolean): boolean {
  if (!phrase.length) return false
  const head = phrase[phrase.length - 1]
  // A number or a single letter ("F ranzösische", a broken word) names nobody.
  if (/^\p{N}+$/u.test(head.text) || (phrase.length === 1 && head.text.length === 1)) return false
  if (det) return doc.language !== 'de' || /^\p{Lu}/u.test(head.text) || phrase.some((w) => /^\p{Lu}/u.test(w.text))
  // "Twelve percent indicated", "Zwei Drittel sagten": a share of those asked.
  if (phrase.length <= 3 && /^(?:percent|per\s?cent|prozent|drittel|viertel|hälfte|процент(?:а|ов)?)$/u.test(head.lower)) return true
  // "O’Malley’s campaign says": a possessive opens a noun phrase.
  if (doc.language === 'en' && phrase.length >= 2 && /^\p{Lu}.*['’]s$/u.test(phrase[0].text)) return true
  const caps = phrase.filter((w) => /^\p{Lu}/u.test(w.text))
  if (caps.length >= 2 && caps.length === phrase.filter((w) => !LINKS[doc.language]?.has(w.lower)).length) return caps.every((w) => !STOP[doc.language]?.has(w.lower))
  if (phrase.length === 1 && isNameWord(doc, head.start, head.end)) return true
  if (caps.length && phrase.length >= 2 && isNameWord(doc, caps[caps.length - 1].start, caps[caps.length - 1].end)) return true
  if (doc.language === 'de') return false
  // A Russian phrase that opens with an infinitive ("ликвидировать реформу") is an object, not a speaker.
  if (doc.language === 'ru' && /(?:ть|ться|чь)$/u.test(phrase[0].lower)) return false
  // "Officials said", "Эксперты считают": a clause-initial plural noun.
  if (initial && phrase.length <= 2) return doc.language === 'en' ? /s$/u.test(head.lower) : /(?:ы|и|а|я)$/u.test(head.lower) || phrase.length === 2
  // "…, say experts.", "police said": a plural of people who speak in news, wherever it stands.
  if (doc.language === 'en' && phrase.length === 1 && PEOPLE_PLURAL.test(head.lower)) return true
  // English capitalises names only: lowercase words without a determiner speak as a bare plural ("indigenous
  // elders", "veteran volunteers"), else they are a verb phrase ("took suspected diet pills bought online").
  return phrase.length >= 2 && !initial && (doc.language !== 'en' || caps.length > 0 || /\p{L}{2}s$/u.test(head.lower))
}
