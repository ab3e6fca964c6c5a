/**
 * Decides what a quotation is: a direct statement („…“, sagte X / X said: "…" / «…», — заявил X / a quote
 * standing as its own sentences), a partial quote woven into an attributed sentence ("seine „große Besorgnis“"),
 * or neither (titles, names, distancing quotes: the newspaper „Iswestija“, operation "Sea Breeze").
 */
import { refGroupsIn, sourceFollows, speakerForCue } from './attribution'
import type { AttributionContext } from './context'
import type { Cue, RefGroup } from './annotations'
import { findCues, isSpeechCue } from './cues'
import { sentenceOf, type StatementDocument } from './document'
import type { Draft } from './draft'
import { fullMatch, tokens } from './patterns'
import type { QuoteSpan } from './quotes'
import { quotedWordsOwner } from './quoted-words'
import { countStartingBefore } from './spans-in-range'
import { isFunctionWord } from './speaker-phrase'
import { afterPreposition, resolveGroup, type SpeakerResolution } from './speakers'

/** Words that introduce a short quote as someone's words: "called it", "als … bezeichnet", "назвал", "described as". */
const SHORT_QUOTE_CUE = /(?<![\p{L}])(?:as|als|как|called|calling|termed|dubbed|described|bezeichn\p{L}*|nannte\p{L}*|назва\p{L}*|называ\p{L}*|von)\s+(?:\p{L}+\s+){0,3}$/iu

/** How far before and after a quote its attribution may be (characters). */
const FRAME_REACH = 400
const LETTERS = /[\p{L}\p{N}]/u
const TERMINAL = /[.!?…]["”“»«’‘›‹]*\s*$/u
/** The text between a quote and a cue after it: a comma, a dash, perhaps the speaker ("„…“, the ministry said"). */
const POST_LEAD = /^[\s,]*[–—-]?[^.;:!?„“”"«»]{0,80}$/u
/** Or a name and its apposition, however long ("…,” Thomas Zurbuchen, NASA's associate administrator of …, said). */
const POST_APPOSITION = /^[\s,]*[–—-]?\s*(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*,[^.;:!?„“”"«»]{0,140}$/u
const PRE_GAP = /^[^.;!?„“”"«»]{0,70}$/u
/** After a verb: a colon within two words and a quote opening (the verb introduces that quote). */
const ANNOUNCES = /^(?:\s+\p{L}+){0,2}\s*:\s*[—–-]?\s*[„“”"«»‚‘›‹]/u
/** Between a speaker and the colon that announces the quote: nothing, or an agency in brackets. */
const BEFORE_COLON = /^\s*(?:\([^()]{0,20}\))?\s*:\s*[—–-]?\s*$/u

export function analyseQuote(doc: StatementDocument, ctx: AttributionContext, q: QuoteSpan): Draft | null {
  const sOpen = sentenceOf(doc, q.open)
  const sClose = sentenceOf(doc, q.close)
  const paragraph = doc.paragraphs[sOpen.paragraph]
  // A quote's frame is its sentence, within reach: a run-on "sentence" of pages is no frame (and would be quadratic).
  const from = Math.max(sOpen.start, paragraph.bodyStart, q.open - FRAME_REACH)
  const to = Math.min(sClose.end, q.close + 1 + FRAME_REACH)
  const pre = doc.masked.slice(from, q.open)
  const post = doc.masked.slice(q.close + 1, to)
  const content = doc.text.slice(q.start, q.end)
  const words = tokens(doc.text, q.start, q.end).length
  const terminal = TERMINAL.test(content)
  const preEmpty = !LETTERS.test(pre)
  const postEmpty = !LETTERS.test(post)
  const colon = /:\s*[—–-]?\s*$/u.test(pre)
  const typographic = q.mark !== '"' && q.mark !== "'"
  const titled = isTitle(doc, pre, post)

  // "„…?” und Aron lacht und sagt: „…”": a verb in a clause of its own (no comma closes the quote before it) that a
  // colon follows announces the next quote, not this one; "„…“, sagt er: „…“" is his twice.
  const postCue = findCues(doc, q.close + 1, to).find(
    (c) =>
      isSpeechCue(c) &&
      c.type !== 'post-according' &&
      (POST_LEAD.test(doc.masked.slice(q.close + 1, c.start)) || POST_APPOSITION.test(doc.masked.slice(q.close + 1, c.start))) &&
      !(ANNOUNCES.test(doc.masked.slice(c.end, c.end + 40)) && !/^\s*,/u.test(doc.masked.slice(q.close + 1, c.start))),
  )
  const preCue = findCues(doc, from, q.open)
    .filter((c) => isSpeechCue(c) && PRE_GAP.test(doc.masked.slice(c.end, q.open)))
    .pop()
  const sentenceLike = words >= 4 || terminal || (words >= 2 && preEmpty && !!postCue)
  const draft = (kind: Draft['kind'], cue: Cue | null, speaker: SpeakerResolution | null, standalone = false): Draft => ({
    kind,
    start: q.start,
    end: q.end,
    cue,
    speaker,
    paragraph: sOpen.paragraph,
    evidence: { typographic, standalone },
  })

  const resumed = resumedQuote(doc, ctx, q, from, sOpen.paragraph)
  if (resumed) return draft('direct', resumed.cue, resumed.speaker)
  if (preEmpty && postCue && sentenceLike) {
    // "…,” Jim Chilton, senior vice president for space at Boeing Defense, Space & Security, said": the name right after
    // the quote speaks; the commas inside its long apposition open no clause.
    const lead = doc.masked.slice(q.close + 1, postCue.start)
    const named = POST_LEAD.test(lead) ? undefined : refGroupsIn(doc, q.close + 1, postCue.start).find((g) => !/[\p{L}\p{N}]/u.test(doc.masked.slice(q.close + 1, g.start)))
    return draft('direct', postCue, named ? resolveGroup(doc, ctx, named) : speakerOrContinuation(doc, ctx, postCue, q.close + 1, to, sClose.paragraph))
  }
  // "›Tower of Letters‹-Performance": a quote that begins a compound is a name.
  const compound = /^-\p{L}/u.test(post)
  // "2006: ›Tower of Letters‹", "13.47 Uhr: „…“": a number before the colon labels, it does not announce.
  const label = /\d\s*:\s*[—–-]?\s*$/u.test(pre)
  if (colon && !titled && !compound && !label && words >= 2) {
    // "Baerbock zitierte die Worte von Lawrow: „…“": the words are Lavrov's, not the quoting subject's.
    const owner = quotedWordsOwner(doc, ctx, from, doc.masked.lastIndexOf(':', q.open))
    if (owner) return draft('direct', preCue ?? null, owner)
    if (owner === null) return { ...draft('direct', preCue ?? null, null), speakerOpen: 'speaker: left open, the words are quoted from someone not named' }
    if (preCue) return draft('direct', preCue, speakerOrContinuation(doc, ctx, preCue, from, q.open, sOpen.paragraph))
    const group = colonSpeaker(doc, from, q.open)
    return draft('direct', null, group ? resolveGroup(doc, ctx, group) : continuation(ctx, sOpen.paragraph), !group)
  }
  const preGap = preCue ? doc.masked.slice(preCue.end, q.open).trim() : ''
  if (preCue && sentenceLike && /^\p{Lu}/u.test(content.trimStart()) && (preGap === '' || /[,:]$/u.test(preGap))) {
    return draft('direct', preCue, speakerOrContinuation(doc, ctx, preCue, from, q.open, sOpen.paragraph))
  }
  if (preEmpty && sentenceLike && !titled && (words >= 4 || terminal)) {
    return draft('direct', null, postEmpty ? continuation(ctx, sOpen.paragraph) : null, true)
  }
  return partial(doc, ctx, q, from, to, { titled, words, terminal, content }, draft)
}

/** Between two halves of one quote: a comma, the inquit with its speaker, a comma ("„…“, so der Minister, „…“"). */
const INQUIT_BETWEEN = /^\s*,?\s*[–—-]?\s*(?:[^\s.;:!?„“”"«»,]+\s+){1,8}[^\s.;:!?„“”"«»,]+\s*,\s*[–—-]?\s*$/u

/**
 * "„Die Stimmen in Deutschland“, so führt der Gelehrte aus, „zerfallen in drei Gruppen“", "“This is wrong,” he
 * said, “and we will not accept it.”": a quote resumed after the inquit that interrupts it is the same speaker's,
 * whatever case its first word has.
 */
function resumedQuote(doc: StatementDocument, ctx: AttributionContext, q: QuoteSpan, from: number, paragraph: number): { cue: Cue; speaker: SpeakerResolution | null } | null {
  // The quote before this one (found by binary search: a long page has thousands of quotes).
  const before = doc.quotes[countStartingBefore(doc.quotes, q.start) - 1]
  if (!before || before.close < from) return null
  // The first half breaks off at a comma, inside its marks or right after them.
  const between = doc.masked.slice(before.close + 1, q.open)
  if (!INQUIT_BETWEEN.test(between) || !(/^\s*,/u.test(between) || /,\s*$/u.test(doc.text.slice(before.start, before.end)))) return null
  const cue = findCues(doc, before.close + 1, q.open).find((c) => isSpeechCue(c) && c.type !== 'post-according')
  if (!cue) return null
  return { cue, speaker: speakerOrContinuation(doc, ctx, cue, before.close + 1, q.open, paragraph) }
}

/** A relative pronoun after a comma: "…, den das Vorhandensein …", "…, who …", "…, который …". */
const RELATIVE_OPENING = /,\s*(?:der|die|das|den|dem|deren|dessen|denen|welche[mnrs]?|who|whom|which|котор\p{L}+)\s[^,]*$/iu
/** "Dass …", "When …": the sentence opens with a subordinate clause. */
const SUBORDINATE_OPENING = /^[\s„“"»«–—-]*(?:dass|daß|als|wenn|weil|nachdem|obwohl|ob|when|while|after|because|although|if|since)\s/iu

/**
 * The phrase stands in a clause other than the one the colon ends: a relative clause ("Vorteil, den … die Niederlande
 * gewähren, veranlasst jene Kreise, die nach dem Rezept: „…“") or a subordinate clause the sentence opens with
 * ("Dass auch Kevin Krawietz reist, freut den Bundestrainer: „…“").
 */
function inOtherClause(doc: StatementDocument, from: number, g: RefGroup, open: number): boolean {
  if (!doc.masked.slice(g.end, open).includes(',')) return false
  const before = doc.masked.slice(from, g.start)
  return RELATIVE_OPENING.test(before) || SUBORDINATE_OPENING.test(before)
}

/**
 * Who announces a quote with a colon: a name standing alone before it ("Lawrow: „…“"), else the first phrase
 * of the sentence that no preposition governs ("Flasbarth … reklamierte den Erfolg für die EU: „…“"), else the
 * source of a source phrase ("aus Sicht von Professor Schwarze …: „…“").
 */
function colonSpeaker(doc: StatementDocument, from: number, open: number): RefGroup | undefined {
  const groups = refGroupsIn(doc, from, open).filter((g) => !g.refs.every((r) => r.located || (r.mention?.via === 'metonym' && r.mention.confidence < 0.5)))
  const last = groups[groups.length - 1]
  if (last && BEFORE_COLON.test(doc.masked.slice(last.end, open)) && !LETTERS.test(doc.masked.slice(from, last.start))) return last
  const subject = groups.find((g) => !afterPreposition(doc, g.start) && !inOtherClause(doc, from, g, open))
  if (subject) return subject
  const source = findCues(doc, from, open).find((c) => c.type === 'according')
  return source ? groups.find((g) => g.start >= source.end && sourceFollows(doc, source, doc.masked.slice(source.end, g.start))) : undefined
}

function partial(
  doc: StatementDocument,
  ctx: AttributionContext,
  q: QuoteSpan,
  from: number,
  to: number,
  f: { titled: boolean; words: number; terminal: boolean; content: string },
  draft: (kind: Draft['kind'], cue: Cue | null, speaker: SpeakerResolution | null) => Draft,
): Draft | null {
  if (f.titled || f.words > 40 || looksLikeName(doc, f.content, f.words, f.terminal)) return null
  // A gerund of a speech verb ("maintaining his stance") is no cue for a partial quote; naming gerunds are ("calling it").
  const cues = findCues(doc, from, to).filter((c) => c.type !== 'anaphoric' && !(c.type === 'verb' && /ing$/u.test(c.text)))
  if (!cues.length) return null
  // A source named for the whole sentence attributes the quote ("X nannte es „…“, wie das Ministerium mitteilte",
  // "Poland described it as “…”, the ministry said"): the subject of the naming verb only paraphrases.
  for (const c of cues) {
    const reach = sentenceSource(doc, c, q, from)
    if (reach === null) continue
    const sourced = speakerForCue(doc, ctx, c, reach, to) ?? unnamedSubject(doc, c, reach)
    return sourced ? draft('partial', c, sourced) : null
  }
  // Else the cue governing the quote: the nearest one before it; after it only where verbs come last
  // (German "als „Hysterie“ bezeichnet") or for a speech verb.
  const cue = [...cues].reverse().find((c) => c.end <= q.open) ?? cues.find((c) => doc.language === 'de' || c.type !== 'naming')
  if (!cue) return null
  // One or two quoted words far from any naming verb are a scare quote or a borrowed term ("a “post-truth”
  // society", "the "jobs machine" it thinks it is"), not words someone is quoted as saying.
  if (f.words <= 2 && !SHORT_QUOTE_CUE.test(doc.masked.slice(Math.max(from, q.open - 60), q.open)) && !(cue.type === 'naming' && Math.abs(q.open - cue.end) <= 40)) return null
  const speaker = speakerForCue(doc, ctx, cue, from, to) ?? unnamedSubject(doc, cue, from)
  if (!speaker) {
    if (cue.type !== 'impersonal') return null
    const c = continuation(ctx, sentenceOf(doc, q.open).paragraph)
    return c ? draft('partial', cue, c) : null
  }
  return withNamedObject(doc, q, cue, speaker, draft('partial', cue, speaker))
}

/** Between a naming verb and its quoted name: the object named, within its clause ("described Clinton as a"). */
const NAMED_OBJECT = /^\s+[^.;:!?,„“”"«»]{1,100}$/u

/**
 * "described Clinton as a “disgrace”", "назвал происходящее «попыткой переворота»": what was named belongs to the
 * statement with the quoted name; "disgrace" alone would not say of whom it was said. Only an object between the
 * verb and the quote, after a speaker set there ("nannte Stetter-Karp den Prozess „unverzichtbar“").
 */
function withNamedObject(doc: StatementDocument, q: QuoteSpan, cue: Cue, speaker: SpeakerResolution, d: Draft): Draft {
  if (cue.type !== 'naming' || cue.end > q.open) return d
  const at = speaker.start >= cue.end && speaker.end <= q.open ? speaker.end : cue.end
  const between = doc.masked.slice(at, q.open)
  // "sprach von einem „Staatsstreich“", "called it “…”": no words of substance, nothing to add.
  if (!NAMED_OBJECT.test(between) || !(between.match(/\p{L}+/gu) ?? []).some((w) => !isFunctionWord(doc.language, w))) return d
  return { ...d, start: at + between.search(/\S/u), end: q.close + 1 }
}

/**
 * A subject the registry does not know, opening the clause before a speech or naming verb ("Die Kritik lobte
 * den Film als „mutig“", "Critics called it “…”"): the quote is attributed, to no actor.
 */
const AUXILIARY_END = /\s(?:hat|haben|hatte|hatten|habe|hätte|ist|sind|war|waren|has|have|had)(?:\s+(?:bereits|schon|zuvor|erneut|auch|already|also|again))?\s*$/iu


export function unnamedSubject(doc: StatementDocument, cue: Cue, from: number): SpeakerResolution | null {
  if (cue.type !== 'verb' && cue.type !== 'naming') return null
  // "Die Opposition hat gefordert": the auxiliary of a perfect is no part of the subject.
  // "Бенер уже назвал", "Critics also called": an adverb before the verb is no part of the subject.
  const lead = withoutTrailingFunctionWords(doc, doc.masked.slice(from, cue.start).replace(AUXILIARY_END, ' '))
  const m = /^([\s„“"«»–—-]*)((?:(?:der|die|das|the|a|an)\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3})\s*$/u.exec(lead)
  if (!m || (!/^(?:der|die|das|the|a|an)\s/iu.test(m[2]) && doc.language !== 'ru')) return null
  // "Впервые на подобном мероприятии …": an adverb or a prepositional phrase opens the clause, no subject.
  if (doc.language === 'ru' && /(?:^|\s)(?:в|во|на|с|со|к|по|о|об|от|из|у|за|для|при|без|через|над|под)\s/iu.test(m[2] + ' ')) return null
  const start = from + m[1].length
  const end = start + m[2].length
  return { actorId: null, speaker: doc.text.slice(start, end), start, end, confidence: 0.4, review: true, independent: false, viaContext: false, person: null }
}

/** The text without the function words and sentence adverbs at its end (speaker-phrase.ts's stop words). */
function withoutTrailingFunctionWords(doc: StatementDocument, text: string): string {
  let out = text
  for (let m = /\s(\p{L}+)\s*$/u.exec(out); m && isFunctionWord(doc.language, m[1]); m = /\s(\p{L}+)\s*$/u.exec(out)) out = out.slice(0, m.index) + ' '
  return out
}

/**
 * A cue that names the source of a whole sentence — a source phrase, or a speech verb in a clause after the
 * quote ("…, the ministry said") — and where its speaker is to be looked for; null for other cues.
 */
function sentenceSource(doc: StatementDocument, c: Cue, q: QuoteSpan, from: number): number | null {
  if (c.type === 'locative' || c.type === 'according' || c.type === 'post-according' || c.type === 'so') return from
  if (c.type !== 'verb' || c.start < q.close) return null
  const m = /,\s*[–—-]?\s*(?:[\p{L}'’.-]+\s+){0,12}$/u.exec(doc.masked.slice(Math.max(from, c.start - 120), c.start))
  return m ? c.start - m[0].length + 1 : null
}

/**
 * The cue's speaker; with none found, the current source continues only where nobody else could be meant:
 * an impersonal cue naming no outside source ("hieß es", not "hieß es aus Diplomatenkreisen"), or a verb
 * with nothing but adverbs beside it.
 */
function speakerOrContinuation(doc: StatementDocument, ctx: AttributionContext, cue: Cue, from: number, to: number, paragraph: number): SpeakerResolution | null {
  const speaker = speakerForCue(doc, ctx, cue, from, to)
  if (speaker) return speaker
  const beside = doc.masked.slice(from, cue.start) + ' ' + doc.masked.slice(cue.end, to)
  if (cue.type === 'impersonal') return /(?:^|\s)(?:aus|von|from|из|от)\s/iu.test(beside) ? null : continuation(ctx, paragraph)
  const words = beside.match(/\p{L}+/gu) ?? []
  return words.every((w) => CONTINUING_ADVERBS.test(w)) ? continuation(ctx, paragraph) : null
}

const CONTINUING_ADVERBS = /^(?:weiter|zudem|außerdem|dann|auch|noch|erneut|später|also|further|again|later|then|too|далее|также|затем|еще|ещё|потом)$/iu

/** The current source, continued ("heißt es weiter", a quote with no attribution of its own). */
export function continuation(ctx: AttributionContext, paragraph: number): SpeakerResolution | null {
  const c = ctx.continuing(paragraph)
  if (!c) return null
  return {
    actorId: c.actorId,
    speaker: c.speaker,
    start: c.start,
    end: c.end,
    confidence: 0.7,
    review: !c.actorId,
    independent: false,
    viaContext: true,
    person: c.person,
  }
}

/** A title noun or a distancing word right before the quote, or a title noun right after it. */
const WORD_CHAR_OR_DOT = /[\p{L}\p{N}.-]/u

/**
 * Up to n words of letters, digits, dots and hyphens right before the end of text (after trailing spaces), as far
 * as whitespace alone separates them: "der Zeitung " → ["der", "Zeitung"]; none after punctuation. Read backwards,
 * so a long text costs only its tail.
 */
function wordsBefore(text: string, n: number): string[] {
  const out: string[] = []
  let i = text.length
  while (out.length < n) {
    let j = i
    while (j > 0 && /[\s\u00a0]/u.test(text[j - 1])) j--
    if (out.length > 0 && j === i) break
    let k = j
    while (k > 0 && WORD_CHAR_OR_DOT.test(text[k - 1])) k--
    if (k === j) break
    out.unshift(text.slice(k, j))
    i = k
  }
  return out
}

function isTitle(doc: StatementDocument, fullPre: string, post: string): boolean {
  const pre = fullPre.slice(-80)
  const words = wordsBefore(pre, 3)
  const before = words.at(-1)
  const twoBefore = words.join(' ')
  const after = post.match(/^\s*([\p{L}\p{N}-]+)/u)?.[1]
  return (
    (!!before && fullMatch(doc.lex.titleNoun, before)) ||
    test(doc.lex.scareMarker, twoBefore) ||
    (!!after && doc.language === 'en' && fullMatch(doc.lex.titleNoun, after))
  )
}

/** Names in quotes: Title Case in English, a capitalised short phrase in Russian, digits ("Nord Stream 2"). */
function looksLikeName(doc: StatementDocument, content: string, words: number, terminal: boolean): boolean {
  if (terminal || words > 6) return false
  if (/\d/u.test(content) && words <= 4) return true
  const ws = content.trim().split(/\s+/)
  if (doc.language === 'en') return ws.length > 0 && ws.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|for|in|on|'s|—|-)$/u.test(w))
  if (doc.language === 'ru') return /^\p{Lu}/u.test(content.trim())
  // German capitalises nouns, but a phrase of capitalised words only ("Stop Killer Robots") is a name.
  return ws.length >= 2 && ws.every((w) => /^[\p{Lu}\d]/u.test(w))
}

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0
  return re.test(text)
}
