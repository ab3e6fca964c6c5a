/**
 * Reported (indirect) speech in one sentence:
 * - a source phrase first: "Laut X …", "Nach Angaben X …", "X zufolge …", "according to X, …", "по словам X, …",
 *   "как сообщили в X, …", "в X отметили, что …";
 * - a parenthetical cue: "Der Artikel, heißt es weiter, sehe vor …";
 * - a trailing cue: "…, teilte das Ministerium mit", "…, so X", "…, the ministry said", "…, — заявил X";
 * - a speech verb with a content clause: "X sagte, (dass) …", "X said (that) …", "X заявил, что …";
 * - "Об этом заявил X" / "Dies teilte X mit" after the content;
 * - German Konjunktiv I without a cue, continuing the current source.
 */
import { ANONYMOUS, JOINED_NAME, refGroupsIn, sourceFollows, speakerForCue } from './attribution'
import type { AttributionContext } from './context'
import { isCarrier } from './carriers'
import { nounContents } from './noun-content'
import type { Cue } from './annotations'
import { findCues } from './cues'
import { continuation, unnamedSubject } from './direct-quotes'
import { clauseEnd, trailingAside } from './clause-end'
import type { StatementDocument } from './document'
import type { Draft } from './draft'
import { findKonjunktiv, type KonjunktivHit } from './konjunktiv'
import { isUnasserted } from './unasserted'
import { perfectContent } from './german-perfect'
import { JUDGEMENT, OBJECT_VERBS } from './object-verbs'
import { isGerundCue, OWN_PRONOUN, speakerPhrase } from './speaker-phrase'
import { GERMAN_SUBORDINATOR, IRREGULAR_PAST, matchAt, matchesIn, MEDIUM_BEFORE, tokens, words } from './patterns'
import { resolveGroup, type SpeakerResolution } from './speakers'

const MAX_SENTENCE = 2000

export interface SentenceFrame {
  index: number
  paragraph: number
  /** After a dateline. */
  from: number
  to: number
}

/** A comparative clause up to its verb: ", wie es X angekündigt", ", as X", ", как X". */
const AS_CLAUSE: Record<string, RegExp> = {
  de: /^,\s*wie\s+(?:es\s+|das\s+)?(?:[\p{L}.'’-]+\s+){1,6}$/u,
  en: /^,\s*as\s+(?:[\p{L}.'’-]+\s+){1,6}$/u,
  ru: /^,\s*как\s+(?:это\s+)?(?:[\p{L}.'’-]+\s+){1,6}$/u,
}
/** A stance stated with an adjective before a content clause. */
const STANCE: Record<string, RegExp> = {
  en: /\s(?:is|are|was|were|remains?|remained)\s+(?:(?:deeply|very|increasingly|still|now|also)\s+)?(?:concerned|worried|confident|convinced|adamant|certain|optimistic|hopeful|afraid)\s+(?:that\s+)?(?=[\p{L}])/iu,
  de: /\s(?:zeigte|zeigten|zeigt|zeigen)\s+sich\s+(?:\p{L}+\s+){0,2}(?:überzeugt|zuversichtlich|besorgt|optimistisch|sicher|skeptisch),\s*(?:dass|daß)\s+/iu,
}
/** A relative clause in the text before a verb ("X, которые …,"): the verb is X's. */
const RELATIVE_BEFORE = /,\s*(?:который|которая|которое|которые|которых|welche[rsm]?|which|who)\s/iu
/** German verbs whose content may be an infinitive clause: demands, accusations, promises, threats, announcements. */
const GERMAN_DEMAND = /^(?:forder|rief|ruf|appellier|mahn|bat|bitt|warn|empf(?:ahl|iehlt)|warf|wirf|werf|beschuldig|versprach|versprich|versprech|droh|kündig|sagte\s+…\s+zu|sagt\s+…\s+zu)/iu
const GERMAN_INFINITIVE = /(?<![\p{L}])(?:zu\s+\p{Ll}+(?:en|ern|eln)|\p{Ll}+zu\p{Ll}+(?:en|ern|eln))(?![\p{L}])/u

/** A finite verb right after a name opens a clause ("Hartley had …"), where a speaker would be followed by "as", a comma or the end. */
const EN_CLAUSE_VERB = /^\s+(?:had|has|have|was|were|is|are|would|will|could|should|can|did|does|do|might|must|may|\p{Ll}+ed)(?![\p{L}])/u

/** English verbs that take a content clause without "that"; the others ("claimed victory", "announced the deal") need it. */
const EN_SAY = words('said|says|say|saying|added|adds|stated|believe|believes|believed|think|thinks|thought|insist|insisted|insists|warn|warned|warns|argue|argued|argues|noted|notes|stressed|acknowledged|admitted|explained|predicted|estimated|conceded|suggested|suggests|fear|feared|fears|suspect|suspects|suspected', 'iu')
/** A clause right after a verb: a few words, none relative, then an auxiliary ("the plan would", "prices will"). */
const EN_CONTENT_CLAUSE = /^\s+(?:(?!who\s|which\s|that\s|whose\s)[\p{L}'’-]+\s+){1,4}(?:had|has|have|was|were|is|are|would|will|could|should|can|did|does|might|must|may)\s/iu
/** After "said" without "that": a clause starts with anything but a preposition, conjunction or "to". */
const EN_BARE_CLAUSE = /^(\s+)(?:he|she|it|they|we|i|you|(?:the|its|his|her|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tonight)\s)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:had|has|have|was|were|is|are|would|will|could|should|can|did|does|might|must|may)\s/u
const EN_NOT_CLAUSE_START = /^(?:to|in|on|at|by|for|with|from|of|about|after|before|during|nothing|so|yes|no|and|but|or|as|while|when|if|goodbye|hello|sorry)(?![\p{L}])/iu
/** English verbs whose content may be an indirect question. */
const EN_ASKING = /^(?:describ|explain|recount|reveal|detail|ask|wonder|question|told|tell|disclos|outlin)\p{L}*$/iu
/** Whom someone told: a pronoun, reporters, a determiner phrase of two words, or a name. */
const EN_TOLD_OBJECT = /^\s+(?:him|her|them|us|me|reporters|journalists|lawmakers|(?:the|his|her|their|its|our|my)\s+[\p{L}'’-]+(?:\s+(?!(?:he|she|they|it|we|i|you)\s)[\p{L}'’-]+)?|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+/u
/** "Asked why …, X said": the participle clause is the question, not what was said. */
const PARTICIPLE_OPENING = /^(?:asked|when\s+asked|questioned|pressed|speaking|responding|befragt|angesprochen|отвечая)(?![\p{L}])/iu
const LEAD = /^[\s,.:;–—„“"«»-]*(?:\p{L}+[\s,]+){0,2}$/u
/** "dass", "that", "что" opening a content clause belong to the frame, not the statement ("ob", "чтобы" do belong). */
const LEADING_COMPLEMENTIZER = /^(?:dass|daß|that|что)\s+/iu
const NEW_CLAUSE = /(?:(?:,\s*|\s)(?:and|und|и|sowie)\s+|[,;]\s*(?:[\p{L}'’.-]+\s+){0,4})$/iu
const COORDINATION_TAIL = /(?:,?\s*(?:and|und|и|sowie|а\s+также|but|aber|но)\s*|[,;]\s*)$/iu

export function findReported(doc: StatementDocument, ctx: AttributionContext, s: SentenceFrame, chainOpen: boolean): Draft[] {
  // A "sentence" of thousands of characters is a list or a page without punctuation, not reported speech.
  if (s.to - s.from > MAX_SENTENCE) return []
  const cues = findCues(doc, s.from, s.to)
  const make = (start: number, end: number, cue: Cue | null, speaker: SpeakerResolution | null, extra: Partial<Draft['evidence']> = {}, kind: Draft['kind'] = 'reported'): Draft | null => {
    const span = trimContent(doc, start, end)
    if (!span) return null
    // "said that “…”": the content is a quotation, so the statement is the quoted text itself.
    const whole = quoteOpeningAt(doc, span.start)
    if (whole && whole.close >= span.end - 1 && !/[\p{L}\p{N}]/u.test(doc.text.slice(whole.close + 1, span.end))) {
      return { kind: 'direct', start: whole.start, end: whole.end, cue, speaker, paragraph: s.paragraph, evidence: { typographic: whole.mark !== '"', ...extra } }
    }
    return { kind, start: span.start, end: span.end, cue, speaker, paragraph: s.paragraph, evidence: { konjunktiv: konjunktivIn(doc, span.start, span.end), ...extra } }
  }
  const one = (d: Draft | null) => (d ? [d] : [])

  // A source phrase at the start of the sentence.
  for (const cue of cues) {
    if (!LEAD.test(doc.masked.slice(s.from, cue.start))) continue
    if (cue.type === 'locative') {
      const comma = doc.masked.indexOf(',', cue.end)
      const colon = doc.masked.indexOf(':', cue.end)
      const cut = [comma, colon].filter((i) => i >= 0 && i < s.to && i - cue.end <= 60).sort((a, b) => a - b)[0]
      if (cut === undefined) continue
      return one(make(cut + 1, s.to, cue, speakerForCue(doc, ctx, cue, s.from, cut), { complementizer: true }))
    }
    if (cue.type === 'according') {
      // The source ends at a comma: "По словам Захаровой, НАТО …" is not one phrase.
      const comma = doc.masked.indexOf(',', cue.end)
      const limit = Math.min(s.to, cue.end + 120, comma > 0 ? comma : s.to)
      // "По его мнению страны Балтии …": the possessive in the source phrase is the source, not what follows.
      const ownPronoun = OWN_PRONOUN.test(doc.masked.slice(cue.start, cue.end))
      // "Citing last week’s Paris attack as …": a name that only qualifies a noun is no source.
      // "nach Ansicht von Aiwanger weit über die EU-Vorgaben": the source follows the cue within two words.
      const group = ownPronoun ? undefined : refGroupsIn(doc, cue.end, limit).find((g) => g.start - cue.end <= 40 && sourceFollows(doc, cue, doc.masked.slice(cue.end, g.start)) && !qualifiesNoun(doc, g.end))
      // What is cited may be evidence, not a source: "citing" needs a source the registry knows.
      if (!group && !ownPronoun && /^citing$/iu.test(cue.text)) continue
      if (!group) {
        // "По его словам", "nach seinen Worten", "according to him": the current source.
        const scope = doc.masked.slice(cue.start, Math.min(limit, cue.end + 12))
        const possessive = OWN_PRONOUN.exec(scope)
        if (!possessive) {
          // "Nach Informationen des Handelsblatts sollen …": a source the registry does not know; the phrase stage
          // (complete-speakers.ts) names it, the content follows it.
          const source = speakerPhrase(doc, cue, s.from, limit)
          if (!source || source.start - cue.end > 12) continue
          const start = limit < s.to && doc.masked[limit] === ',' && limit - source.end < 4 ? limit + 1 : source.end
          const d = make(start, s.to, cue, null)
          if (d && tokens(doc.masked, d.start, d.end).length >= 4) return [d]
          continue
        }
        const end = limit < s.to && doc.masked[limit] === ',' ? limit + 1 : cue.end
        // Nobody speaking in context: the pronoun itself is the speaker as written, for coreference to resolve.
        const at = cue.start + possessive.index + possessive[0].length - possessive[0].trimStart().length
        const pronoun: SpeakerResolution = { actorId: null, speaker: doc.text.slice(at, at + possessive[0].trim().length), start: at, end: at + possessive[0].trim().length, confidence: 0.4, review: true, independent: false, viaContext: false, person: null }
        const continued = continuation(ctx, s.paragraph)
        return one(make(end, s.to, cue, continued?.speaker ? continued : pronoun))
      }
      const rest = doc.masked.slice(group.end, s.to)
      // The source phrase may run on ("наблюдатели от Организации по безопасности … в Европе, …").
      const toComma = /^[^,.;:!?]{0,120},/u.exec(rest)
      const start = toComma ? group.end + toComma[0].length : group.end
      // "Как сообщил источник в правительстве, …": an anonymous source near a body, not the body.
      const anonymous = ANONYMOUS.test(doc.masked.slice(cue.end, group.start))
      return one(make(start, s.to, cue, anonymous ? null : resolveGroup(doc, ctx, group)))
    }
  }
  const post = cues.find((c) => c.type === 'post-according')
  if (post) {
    const group = refGroupsIn(doc, s.from, post.start).pop()
    if (group && LEAD.test(doc.masked.slice(s.from, group.start)) && !/\p{L}/u.test(doc.masked.slice(group.end, post.start))) {
      return one(make(post.end, s.to, post, resolveGroup(doc, ctx, group)))
    }
  }

  // "A zu tun, wie es Söder angekündigt hat, …", "…, as the minister put it, …": a comparative clause names the
  // source of what stands before it.
  for (const cue of cues) {
    if (cue.type !== 'verb') continue
    const comma = doc.masked.lastIndexOf(',', cue.start)
    if (comma <= s.from || !AS_CLAUSE[doc.language]?.test(doc.masked.slice(comma, cue.start))) continue
    const speaker = speakerForCue(doc, ctx, cue, comma + 1, s.to)
    const d = speaker ? make(s.from, comma, cue, speaker) : null
    if (d) return [d]
  }

  // A cue clause between commas: the whole sentence is the statement.
  for (const cue of cues) {
    if (cue.type === 'naming' || cue.type === 'anaphoric') continue
    // "Песков, отвечая на вопрос журналистов, заявил, что …", "Peskov, responding to a question, said …": a gerund
    // aside is no inquit; the verb after it is.
    if (isGerundCue(doc.language, cue) || (doc.language === 'en' && /ing$/u.test(cue.text))) continue
    let before = doc.masked.slice(s.from, cue.start)
    // "The talks, Lavrov said, were useful": English puts the subject of the cue clause before its verb.
    const subjectFirst = doc.language === 'en' ? EN_INQUIT_SUBJECT.exec(before) : null
    // The subject names someone: a name or a pronoun, not a relative clause or a passive ("…, which is thought to …").
    // Nor a verb of its own ("This week, Patrick launched a tour of early-voting states, …": "states" is a noun there).
    if (
      subjectFirst &&
      (!/\p{Lu}|(?<![\p{L}])(?:he|she|they|we|i)(?![\p{L}])/u.test(subjectFirst[0].slice(1)) ||
        /(?<![\p{L}])(?:which|who|that|is|are|was|were|be|been|has|have|had)(?![\p{L}])/iu.test(subjectFirst[0]) ||
        (subjectFirst[0].match(/\p{Ll}[\p{L}'’-]*/gu) ?? []).some((w) => /ed$/u.test(w) || IRREGULAR_PAST.has(w)))
    )
      continue
    if (subjectFirst) before = before.slice(0, before.length - subjectFirst[0].length + subjectFirst[0].indexOf(',') + 1)
    if (!/\p{L}/u.test(before) || !/,\s*[–—-]?\s*$/u.test(before)) continue
    // "Республиканцы, которые …, обещают …": the verb after a relative clause is its antecedent's, not an inquit.
    if (RELATIVE_BEFORE.test(before)) continue
    const after = doc.masked.slice(cue.end, s.to)
    const close = /^[^,.;:!?]{0,60},\s*[–—-]?\s*(?=\p{L})/u.exec(after)
    if (!close) continue
    // After an English subject-first inquit — one verb of saying — only an adverbial may stand before the comma ("Lavrov
    // said on Tuesday,"), never a content clause ("the owner said a man came in …, but …"), and what follows the comma
    // must go on with what was said, not with the narrative ("…, after years of debate").
    if (subjectFirst && (!EN_INQUIT_TAIL.test(close[0]) || /\s/u.test(cue.text) || EN_NARRATIVE_TAIL.test(after.slice(close[0].length)))) continue
    // What follows the cue clause continues the content ("…, heißt es weiter, sehe vor …"); an apposition to
    // the speaker ("…, sagte die Sprecherin, Maria Sacharowa.") or a content clause of the cue does not.
    const rest = after.slice(close[0].length)
    // "Als X fragte, …, äußerte sich der Kaiser bejahend, wenn …": after an opening subordinate clause the verb is
    // the main clause's; an inquit set in there is short ("Wenn das so sei, sagte er, werde …").
    if (doc.language === 'de' && GERMAN_SUBORDINATOR.test(before.replace(/^[\s„“"»«–—-]+/u, '')) && tokens(close[0]).length > 3) continue
    if (startsWith(doc.lex.complementizer, rest) || /^(?:\p{Lu}|(?:a|an|the|der|die|das|ein|eine)\s)/u.test(rest)) continue
    const cueClauseEnd = cue.end + close[0].length
    const speaker = speakerForCue(doc, ctx, cue, subjectFirst ? s.from + before.length : cue.start, cueClauseEnd) ?? impersonalContinuation(doc, ctx, cue, cueClauseEnd, s)
    return one(make(s.from, s.to, cue, speaker))
  }

  // A cue clause after one of the last commas (an apposition to the speaker may follow it): the content is before it.
  for (let comma = doc.masked.lastIndexOf(',', s.to - 1), tries = 0; comma > s.from && tries < 3; comma = doc.masked.lastIndexOf(',', comma - 1), tries++) {
    const next = doc.masked.indexOf(',', comma + 1)
    const cueClauseEnd = next > 0 && next < s.to ? next : s.to
    const cue = cues.find(
      (c) => c.start > comma && c.start < cueClauseEnd && c.type !== 'naming' && c.type !== 'anaphoric' && c.type !== 'post-according' && isTrailingCue(doc, cues, comma, c, s),
    )
    if (!cue) continue
    const dash = /^\s*[–—]/u.test(doc.masked.slice(comma + 1))
    // "Министр заверил, что …, сообщает РИА «Новости»": an agency carries what someone named before said;
    // the statement is that speaker's content clause, the agency its channel (carriers.ts).
    // Only where the agency is the verb's subject: in "…, Graham told The Huffington Post" it is the object.
    const verbFirst = /^[\s–—-]*$/u.test(doc.masked.slice(comma + 1, cue.start))
    if (verbFirst && isCarrier(doc.text.slice(cue.end, cueClauseEnd).replace(/[\s.]+$/u, "")) && cues.some((c) => c.end <= comma && c.type === 'verb' && contentStart(doc, c, s))) continue
    if (PARTICIPLE_OPENING.test(doc.masked.slice(s.from, comma).trimStart())) return []
    const speaker = speakerForCue(doc, ctx, cue, comma + 1, s.to) ?? impersonalContinuation(doc, ctx, cue, s.to, s)
    const start = dash && /^\s*[–—]/u.test(doc.masked.slice(s.from)) ? doc.masked.indexOf(doc.masked.slice(s.from).match(/[–—]/u)![0], s.from) + 1 : s.from
    // Too little before the cue to be a statement ("Lawrow, der … kritisiert hatte, sagte, …"): look on.
    const trailing = make(start, comma, cue, speaker, {}, dash && doc.language === 'ru' ? 'direct' : 'reported')
    if (trailing) return [trailing]
  }

  // Speech verbs governing a content clause; several in one sentence split it ("warned that A, and noted that B").
  const drafts: Draft[] = []
  const starts = cues.map((cue) =>
    cue.type === 'verb' || cue.type === 'impersonal' || cue.type === 'locative' ? contentStart(doc, cue, s) : cue.type === 'naming' ? indirectQuestion(doc, cue, s) : null,
  )
  let covered = -1
  for (let i = 0; i < cues.length; i++) {
    const start = starts[i]
    if (!start || cues[i].start < covered) continue
    // The clause ends at the next speech verb that begins a new clause ("…, and noted that", "… and urged"),
    // not at one inside it ("Russia did not threaten anyone").
    // A content clause does not begin with another speech verb ("kritisiert hatte, sagte, …").
    if (cues.some((c, j) => j > i && c.start === start.at)) continue
    // "Russia has never said that …", "Falls der Kreml erklärt, dass …", "Did the Kremlin say …?": nothing was said.
    if (isUnasserted(doc, cues[i], start.at, s.from, s.to)) continue
    // "kommentierte die Aussage von Baerbock, dass …", "responded to Trump's claim that …": the content clause is the
    // noun's, spoken by its owner (noun-content.ts); only a denial makes it the verb's ("denied reports that …").
    if (!denies(doc, cues[i]) && speechNounBetween(doc, cues[i], start.at)) continue
    const nextCue = cues.findIndex((c, j) => j > i && c.start > start.at && NEW_CLAUSE.test(doc.masked.slice(Math.max(start.at, c.start - 60), c.start)))
    const end = trailingAside(doc, start.at, nextCue >= 0 ? backOverCoordination(doc, start.at, cues[nextCue].start) : s.to)
    covered = end
    const cue = cues[i]
    // "forderte dazu auf, die Erinnerung wachzuhalten": a demand's content may be an infinitive clause.
    if (start.needsKonjunktiv && !konjunktivIn(doc, start.at, end) && !(GERMAN_DEMAND.test(cue.text) && GERMAN_INFINITIVE.test(doc.masked.slice(start.at, end))) && !indicativeContent(doc, cue, start.at, end)) continue
    let speaker = speakerForCue(doc, ctx, cue, s.from, start.at) ?? impersonalContinuation(doc, ctx, cue, start.at, s) ?? unnamedSubject(doc, cue, s.from)
    // "Though the CDC has said that …, it has also acknowledged that …": a pronoun takes up the earlier clause's speaker.
    const earlier = drafts[drafts.length - 1]
    if (speaker?.viaContext && earlier) speaker = earlier.speaker
    // "The Kremlin denied that troops crossed the border": what was denied is no claim of the speaker's; the
    // statement keeps the verb, so that no card or printout reads as the opposite.
    const d = make(denies(doc, cue) ? cue.start : start.at, end, cue, speaker, { complementizer: start.complementizer })
    if (d) drafts.push(d)
  }

  // "призвал сторонников собраться …", "объявил о переизбрании", "forderte mehr Züge", "urged countries to …":
  // a demand or announcement whose object is the content.
  // Several in one sentence ("назвал итоги подтасованными и призвал сторонников …") are several statements.
  const objects: Draft[] = []
  // Beside content clauses ("promised to refrain from …, saying she had …"), outside what they cover.
  const taken = (a: number, b: number) => drafts.some((d) => a < d.end && b > d.start)
  for (const [i, cue] of cues.entries()) {
    if (cue.type !== 'verb' && cue.type !== 'naming') continue
    if (drafts.some((d) => d.cue === cue)) continue
    // "hat mehr Geld gefordert", "hat die Angriffe als völkerrechtswidrig bezeichnet": the object before the participle.
    const perfect = perfectContent(doc, cue, s.from, s.to)
    if (perfect) {
      if (isUnasserted(doc, cue, perfect.start, s.from, s.to)) continue
      const speaker = perfect.subject ? resolveGroup(doc, ctx, perfect.subject) : (speakerForCue(doc, ctx, cue, s.from, cue.end) ?? unnamedSubject(doc, cue, s.from))
      const d = make(perfect.start, perfect.end, cue, speaker, { object: true })
      if (d && !taken(d.start, d.end)) objects.push(d)
      continue
    }
    const at = objectContent(doc, cue, s)
    if (at === null || (objects.length && at < objects[objects.length - 1].end) || isUnasserted(doc, cue, at, s.from, s.to)) continue
    // The next demand ends this one only where it opens a clause of its own ("… и призвал …"), not inside the object.
    const next = cues.slice(i + 1).find((c) => c.start > at && (c.type === 'verb' || c.type === 'naming') && NEW_CLAUSE.test(doc.masked.slice(Math.max(at, c.start - 60), c.start)))
    const end = next ? backOverCoordination(doc, at, next.start) : clauseEnd(doc, at, s.to)
    const speaker = speakerForCue(doc, ctx, cue, s.from, at) ?? unnamedSubject(doc, cue, s.from)
    // "called on Obama to retaliate … -- meddling the congressman said is …": the object ends where another
    // statement's inquit begins.
    const limit = drafts.flatMap((o) => [o.cue?.start ?? o.start, o.speaker?.start ?? o.start]).filter((x) => x > at).sort((a, b) => a - b)[0] ?? s.to
    const d = make(at, Math.min(end, clauseEnd(doc, at, s.to), limit), cue, speaker, { object: true })
    if (d && !taken(d.start, d.end)) objects.push(d)
  }
  if (drafts.length || objects.length) return [...drafts, ...objects].sort((a, b) => a.start - b.start)

  // "die Bemerkung, daß …", "Trump's claim that …", "заявление о том, что …": a speech noun's content clause.
  const nouns = nounContents(doc, ctx, s.from, s.to)
    .filter((n) => n.complementizer || konjunktivIn(doc, n.start, n.end) === 'strong')
    .flatMap((n) => one(make(n.start, n.end, n.cue, n.speaker, { complementizer: n.complementizer })))
  if (nouns.length) return nouns

  // "Die Kinder waren nach Angaben der Agentur Tass … alt", "which, according to officials, …": a source
  // phrase inside the sentence attributes all of it.
  const inner = cues.find((c) => c.type === 'according' && !LEAD.test(doc.masked.slice(s.from, c.start)))
  if (inner && !cues.some((c) => c.type === 'verb' || c.type === 'naming')) {
    const group = refGroupsIn(doc, inner.end, Math.min(s.to, inner.end + 120)).find((g) => g.start - inner.end <= 40 && sourceFollows(doc, inner, doc.masked.slice(inner.end, g.start)))
    if (group && !ANONYMOUS.test(doc.masked.slice(inner.end, group.start))) return one(make(s.from, s.to, inner, resolveGroup(doc, ctx, group)))
    // A source outside the registry ("der Agentur Tass", "officials"): the stage after names it (complete-speakers.ts).
    if (!group && speakerPhrase(doc, inner, s.from, s.to)) return one(make(s.from, s.to, inner, null))
  }

  const anaphoric = cues.find((c) => c.type === 'anaphoric' && LEAD.test(doc.masked.slice(s.from, c.start)))
  if (anaphoric) {
    const group = refGroupsIn(doc, anaphoric.start, s.to)[0]
    const prev = doc.sentences[s.index - 1]
    if (group && prev && prev.paragraph === s.paragraph) {
      const d = make(Math.max(prev.start, doc.paragraphs[prev.paragraph].bodyStart), prev.end, anaphoric, resolveGroup(doc, ctx, group))
      if (d) return [d]
    }
  }

  // "The Press Council is concerned the laws would …", "Der Verband zeigte sich überzeugt, dass …": a stance
  // stated with an adjective, its content clause the statement, its subject the speaker.
  const stance = STANCE[doc.language]?.exec(doc.masked.slice(s.from, s.to))
  if (stance && !cues.some((c) => c.type === 'verb')) {
    const at = s.from + stance.index + stance[0].length
    const subjectTo = s.from + stance.index
    const group = refGroupsIn(doc, s.from, subjectTo).find((g) => !/[,;:]/u.test(doc.masked.slice(g.end, subjectTo)))
    const speaker = group ? resolveGroup(doc, ctx, group) : null
    const d = tokens(doc.masked, at, s.to).length >= 4 ? make(at, s.to, null, speaker, { complementizer: true }) : null
    if (d && (speaker || doc.language !== 'de')) return [d]
  }

  // German Konjunktiv I with no cue: reported speech continuing the current source.
  if (doc.language === 'de' && !cues.some((c) => c.type === 'verb' || c.type === 'naming') && !subordinateKonjunktiv(doc, s.from, s.to)) {
    // "Ein engerer Takt erschwerten demnach …": "demnach" reports what the source in context said.
    const k = chainOpen && /(?<![\p{L}])demnach(?![\p{L}])/u.test(doc.masked.slice(s.from, s.to)) ? 'strong' : reportingKonjunktiv(doc, s.from, s.to)
    if (k === 'strong' || (k === 'weak' && chainOpen)) {
      return one(make(s.from, s.to, null, continuation(ctx, s.paragraph), { chain: true }))
    }
  }
  return []
}

/** An English cue clause's subject between its comma and its verb (", Herbert said,", ", a spokesman for the ministry said,"). */
const EN_INQUIT_SUBJECT = /,\s*(?:[\p{L}\p{M}'’.-]+\s+){1,6}$/u
/** What may follow its verb before the closing comma: nothing, a time, a place or a medium ("on Tuesday", "in a statement", "told reporters"). */
const EN_INQUIT_TAIL = /^(?:\s+(?:on|last|this|earlier|later|yesterday|today|again|also|then|told|(?:in|at)\s+(?:a|an|the|his|her|its|their))\s[^,]{0,40})?,/iu
/** After such an inquit, the narrative goes on ("…, the minister said on Tuesday, after years of debate …"), not what was said. */
const EN_NARRATIVE_TAIL = /^(?:after|before|as|while|when|because|since|following|amid|despite|although|though|in|at|on|with|without|for|from|by|during|according|and|but|\p{L}+ing)(?![\p{L}])/iu

/** Verbs of saying and asking that take a main clause in the indicative as their content ("Ich meine, wir sollten …"). */
/**
 * The comma closes an apposition ("…, the former Arkansas governor,") to a name right before it: the verb after
 * the comma is that name's, not a trailing inquit for the sentence.
 */
function followsApposition(doc: StatementDocument, from: number, comma: number): boolean {
  const open = doc.masked.lastIndexOf(',', comma - 1)
  if (open <= from) return false
  const apposition = doc.masked.slice(open + 1, comma)
  if (tokens(apposition).length > 8 || !/^\s*(?:the|a|an|der|die|das|ein|eine|\p{Ll}+)\s/u.test(apposition)) return false
  const group = refGroupsIn(doc, Math.max(from, open - 80), open).pop()
  return !!group && !/[\p{L}\p{N}]/u.test(doc.masked.slice(group.end, open)) && /(?:^|[,;]\s*|\s(?:while|and|but|whereas|während|und|aber|а|и|но)\s+)$/iu.test(doc.masked.slice(Math.max(from, group.start - 12), group.start))
}

/** The naming verb's own clause: up to a dash that opens another ("… election -- meddling the congressman said"). */
function namedClauseEnd(doc: StatementDocument, at: number, to: number): number {
  const end = clauseEnd(doc, at, to)
  const dash = /\s(?:--|–|—)\s/u.exec(doc.masked.slice(at, end))
  return dash ? at + dash.index : end
}

/** English: a lowercase noun right after a name makes the name its modifier ("the Paris attack", "Kremlin line"). */
function qualifiesNoun(doc: StatementDocument, end: number): boolean {
  if (doc.language !== 'en') return false
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(doc.masked.slice(end, end + 40))?.[1]
  return !!next && !EN_NOT_NOUN.test(next) && !/(?:ly|ed)$/u.test(next)
}

const EN_NOT_NOUN = /^(?:and|or|but|of|in|on|at|to|for|from|with|by|as|that|which|who|is|are|was|were|has|have|had|will|would|said|says|told|also|the|a|an)$/u

const GERMAN_SAY = /^(?:sag|meint|meine|behaupt|versicher|erklär|schreib|schrieb|betont|bemerk|erzähl|antwort|fragt|fragen|frage)/iu
const W_WORD = /^(?:wie|was|wer|wen|wem|wessen|warum|weshalb|wieso|wo|wohin|woher|wann|welche[rsmn]?|ob)(?![\p{L}])/iu
const NOT_A_CLAUSE_START = /^(?:und|oder|aber|sondern|denn|doch|um|ohne|statt|anstatt|zu|so|also|nämlich|bitte|danke|ja|nein|(?:\p{L}+\s+)?(?:denen|dessen|deren|welche[mnrs]?))(?![\p{L}])/iu

/**
 * German says what someone said in the indicative too ("Ich meine, wir Bauern sollten …", "der sagt, die
 * Zentralmächte können …"): after a verb of saying and a comma, a main clause of its own — not a subordinate
 * clause, an infinitive or a coordination — and after a verb of asking, an indirect question.
 */
function indicativeContent(doc: StatementDocument, cue: Cue, at: number, end: number): boolean {
  if (!GERMAN_SAY.test(cue.text) || tokens(doc.masked, at, end).length < 4) return false
  const rest = doc.masked.slice(at, end)
  if (/^frag/iu.test(cue.text)) return W_WORD.test(rest)
  if (GERMAN_SUBORDINATOR.test(rest) || W_WORD.test(rest) || NOT_A_CLAUSE_START.test(rest) || !/^[\p{L}]/u.test(rest)) return false
  // A main clause has its verb second; a relative clause after an object ("meinen die Artikel, die … erschienen
  // sind") ends in its verb, and a bare phrase ("ein Ereigniß, welches …") has none.
  const first = rest.split(/[,;:]/u)[0]
  return tokens(first).length >= 3 && !VERB_FINAL.test(first.trimEnd())
}

const VERB_FINAL = /(?<![\p{L}])(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|können|konnte|konnten|soll|sollen|sollte|sollten|muss|muß|müssen|musste|mußte|will|wollen|wollte|darf|dürfen|mag|mögen)[.!?]?$/u

interface ContentStart {
  at: number
  complementizer: boolean
  needsKonjunktiv: boolean
}

/**
 * A cue after the sentence's last comma attributes what comes before it: either the cue comes first
 * ("…, teilte X mit", "…, said X", "…, — заявил X"), or a short subject precedes it and nothing that could be
 * a content clause follows ("…, the ministry said in a statement").
 */
function isTrailingCue(doc: StatementDocument, cues: readonly Cue[], comma: number, c: Cue, s: SentenceFrame): boolean {
  // "…, объяснив, что …", "…, saying …": a gerund introduces what follows it.
  if (isGerundCue(doc.language, c)) return false
  // "Республиканцы, которые …, обещают …": the verb after a relative clause belongs to its antecedent, the subject.
  if (RELATIVE_BEFORE.test(doc.masked.slice(s.from, comma + 1))) return false
  // "…, warning it would …" is a participle clause with content of its own, not an attribution.
  if (doc.language === 'en' && /ing$/u.test(c.text)) return false
  const lead = doc.masked.slice(comma + 1, c.start)
  // "Sacharowa sagte, Moskau werde antworten": an infinitive after an auxiliary or modal is no inquit.
  if (doc.language === 'de' && /(?<![\p{L}])(?:werde|werden|wird|würde|würden|will|wolle|wollen|kann|könne|können|muss|müsse|müssen|soll|solle|sollen|möchte|darf|dürfe)\s+$/iu.test(doc.masked.slice(Math.max(comma, c.start - 12), c.start))) return false
  // "Als Graf Orloff fragte, ob …, äußerte sich der Kaiser …": a sentence opening with a subordinate clause puts
  // its main verb after the comma; what stands before it is no statement of that verb.
  if (doc.language === 'de' && GERMAN_SUBORDINATOR.test(doc.masked.slice(s.from, comma).replace(/^[\s„“"»«–—-]+/u, ''))) return false
  // "…, der das Amt kritisiert hatte, …": a verb-final subordinate clause, not an attribution.
  if (doc.language === 'de' && /^\s*(?:hatte|hatten|hat|habe|haben|hätte|hätten|worden|wurde|wurden|ist|war|waren|sei|seien)?\s*[,.;]/u.test(doc.masked.slice(c.end, c.end + 12)) && /^\s*(?:der|die|das|welche[rsm]?|dem|den)\s+(?:der|die|das|dem|den|des|ein|eine|\p{Ll})/u.test(lead)) return false
  // Verb first ("…, teilte X mit"), unless the verb has a content clause of its own ("…, утверждает, что …").
  if (/^[\s–—-]*$/u.test(lead)) {
    const rest = doc.masked.slice(c.end, s.to)
    // "Валерий Зорькин, председатель суда, высказал …": the sentence opens with its speaker, not with content.
    const opening = refGroupsIn(doc, s.from, comma)[0]
    if (opening && !/[\p{L}\p{N}]/u.test(doc.masked.slice(s.from, opening.start)) && /^\s*(?:,|$)/u.test(doc.masked.slice(opening.end, comma + 1))) return false
    // "X, der …, sagte, Russland werde …": a verb followed by a comma introduces what follows.
    if (/^\s*,/u.test(rest)) return false
    // "Democrats, speaking at a rally, said the plan would hurt families": a clause after the verb is its content.
    if (doc.language === 'en' && EN_SAY.test(c.text) && EN_CONTENT_CLAUSE.test(rest)) return false
    // "…, while Mike Huckabee, the former Arkansas governor, proposed …": the verb follows its subject's apposition.
    if (followsApposition(doc, s.from, comma)) return false
    // English "X, defending, said Hartley had 20 years of experience …": the verb has a content clause of its own
    // when a verb follows the phrase after it; "…, warns PAHO Director Carissa F. Etienne as she …" names the speaker.
    if (doc.language === 'en' && tokens(rest.split(/[,;]/u)[0]).length > 6 && EN_SAY.test(c.text)) {
      const group = refGroupsIn(doc, c.end, Math.min(s.to, c.end + 160))[0]
      // The phrase may open with capitalised words of an organisation ("warns Pan American Health Organization (PAHO) Director …").
      const named = group && /^\s*(?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|\([\p{Lu}\p{N}.-]+\)|of|for|and)\s+)*$/u.test(doc.masked.slice(c.end, group.start))
      if (!named || EN_CLAUSE_VERB.test(doc.masked.slice(group.end, group.end + 30))) return false
    }
    return !/,\s*[–—-]?\s*(?:dass|daß|that|что|чтобы)(?![\p{L}])/iu.test(rest)
  }
  // German puts the verb first in an inquit ("…, sagte die Regierung"); a subject before the verb after a comma opens
  // a subordinate or relative clause ("…, die Deutschlands Macht begründen sollen"). "…, wie X sagte" is a cue of its own.
  if (doc.language === 'de') return false
  // A short parenthesis belongs to the name before it ("Sen. Lindsey Graham (R-S.C.) told …").
  const bare = lead.replace(/\s*\([^()]{1,24}\)/gu, '')
  // Up to eight words: "…, a second person briefed on the call said."
  if (!/^[\s–—-]*(?:[\p{L}\p{N}'’.-]+\s+){1,8}$/u.test(bare) || SUBORDINATOR.test(bare.trim())) return false
  // The words before the verb are its subject: they start like a noun phrase ("the ministry", "two diplomats",
  // "Wang") or, in English, end in a plural ("top black lawmakers said", "police said", "local people said").
  const subject = bare.replace(/^[\s–—-]+/u, '')
  if (!/^[\p{Lu}\d]/u.test(subject) && !NP_START.test(subject) && !(doc.language === 'en' && (/\p{Ll}{2,}s\s*$/u.test(subject) || EN_COLLECTIVE.test(subject)))) return false
  if (cues.some((other) => other !== c && other.start > comma && other.start < c.start)) return false
  // After the cue, only its own short adjuncts; an adjunct clause after a comma may follow ("…, as they …").
  const tail = doc.masked.slice(c.end, s.to)
  const adjunct = /,\s*(?:as|while|when|after|before|because|since|although|though|adding|saying|noting|während|als|nachdem|weil|wobei|hinzufügend|добавив|отметив|пояснив)\s/iu.exec(tail)
  const own = adjunct ? tail.slice(0, adjunct.index) : tail
  // "…, Pence (R-IN) said his running mate was joking": a clause after the verb is its content, not an adjunct.
  if (doc.language === 'en' && /^(?:\s+[\p{L}'’-]+){1,4}\s+(?:was|were|is|are|had|has|have|would|will|could|should|can|might|must|may)\s/iu.test(own)) return false
  return tokens(own).length <= 10 && !containsWord(doc.lex.complementizer, own)
}

/** English nouns for several people that end in no -s. */
const EN_COLLECTIVE = /(?<![\p{L}])(?:police|people|staff|personnel|military|media|crew|clergy|management|leadership)\s*$/u
const NP_START = /^(?:the|a|an|its|his|her|their|two|three|several|some|it|he|she|they|we|der|die|das|ein|eine|er|sie|es|он|она|они|оно)(?![\p{L}])/iu
const SUBORDINATOR = /^(?:though|although|while|as|because|but|and|if|when|where|which|who|whom|whose|since|whereas|obwohl|während|weil|aber|und|wenn|als|da|хотя|но|а|и|если|когда|поскольку)(?![\p{L}])/iu

/** "described how her daughter was …", "asked whether …", "explained why …": an English indirect question. */
function indirectQuestion(doc: StatementDocument, cue: Cue, s: SentenceFrame): ContentStart | null {
  if (doc.language !== 'en' || !EN_ASKING.test(cue.text)) return null
  const question = /^(\s+(?:(?:[\p{L}'’-]+\s+){0,3}?))(?:how|why|what|whether|where|when|if)\s/iu.exec(doc.masked.slice(cue.end, s.to))
  if (!question || /[,;:]/u.test(question[1]) || tokens(doc.masked, cue.end + question[1].length, s.to).length < 4) return null
  return { at: cue.end + question[1].length, complementizer: false, needsKonjunktiv: false }
}

/** Where the content clause of a speech verb starts, if it has one. */
function contentStart(doc: StatementDocument, cue: Cue, s: SentenceFrame): ContentStart | null {
  const tail = doc.masked.slice(cue.end, s.to)
  if (doc.language === 'en') {
    // "said she wanted to speak … and let them know that …": a subject pronoun opens the content at once; a later
    // "that" belongs to a verb inside it.
    EN_SAY.lastIndex = 0
    const pronoun = EN_SAY.test(cue.text) ? /^\s+(?=(?:he|she|they|we|i|it)\s+\p{Ll})/iu.exec(tail) : null
    if (pronoun) return { at: cue.end + pronoun[0].length, complementizer: false, needsKonjunktiv: false }
    const that = /^((?:\s+[^\s.;!?,]+){0,10}?)\s+that\s+/iu.exec(tail)
    // "said Blinken had claimed that …": the "that" belongs to the verb of saying inside the content.
    const inner = that && findCues(doc, cue.end, cue.end + that[1].length).some((c) => c.type === 'verb' || c.type === 'naming')
    // "assert his rights in response to any questions that would be put to him": a "that" followed by a verb has no
    // subject — a relative pronoun, not a content clause.
    const relative = that && /^(?:would|will|could|should|can|may|might|must|is|are|was|were|has|have|had|did|does|do)\s/iu.test(tail.slice(that[0].length))
    if (that && !inner && !relative) return { at: cue.end + that[0].length, complementizer: true, needsKonjunktiv: false }
    // A colon that announces: not one inside a time or a score ("in 04:03,40 min") or a web address ("https://…").
    const colon = /^[^.;!?,]{0,40}?(?<!\d):(?![\d/])\s*/u.exec(tail)
    if (colon) return { at: cue.end + colon[0].length, complementizer: true, needsKonjunktiv: false }
    const question = indirectQuestion(doc, cue, s)
    if (question) return question
    // "told King she believes …", "told reporters the talks …": a content clause after the person told.
    const told = /^(?:told|tells)$/iu.test(cue.text) ? EN_TOLD_OBJECT.exec(tail) : null
    if (told) {
      const at = cue.end + told[0].length
      if (/^[\p{L}\p{N}]/u.test(doc.masked.slice(at, s.to)) && !EN_NOT_CLAUSE_START.test(doc.masked.slice(at, s.to)) && tokens(doc.masked, at, s.to).length >= 3) {
        return { at, complementizer: false, needsKonjunktiv: false }
      }
    }
    EN_SAY.lastIndex = 0
    if (!EN_SAY.test(doc.masked.slice(cue.start, cue.end))) {
      // "PolitiFact announced it will have …": other speech verbs take a clause without "that" only where a
      // subject and an auxiliary open it, not an object ("announced the deal").
      const clause = EN_BARE_CLAUSE.exec(tail)
      return clause && cue.type === 'verb' ? { at: cue.end + clause[1].length, complementizer: false, needsKonjunktiv: false } : null
    }
    let at = cue.end
    for (;;) {
      const rest = doc.masked.slice(at, s.to)
      const ws = /^\s*/u.exec(rest)![0].length
      const adverbial = doc.lex.adverbial
      const adv = adverbial ? matchAt(adverbial, rest.slice(ws), 0) : null
      if (adv) {
        at += ws + adv[0].length
        continue
      }
      at += ws
      break
    }
    const rest = doc.masked.slice(at, s.to)
    if (/^[\p{L}\p{N}]/u.test(rest) && !EN_NOT_CLAUSE_START.test(rest) && tokens(doc.masked, at, s.to).length >= 3) return { at, complementizer: false, needsKonjunktiv: false }
    return null
  }
  // A colon inside a time or a score ("in 04:03,40 min") or a web address ("https://…") announces nothing.
  const m = /^([^,:;.!?„“"«»]{0,90}?)\s*(,|(?<!\d):(?![\d/]))\s*[–—-]?\s*/u.exec(tail)
  if (!m) return null
  // "Der Kreml kritisierte den Plan und das Auswärtige Amt erklärte, …": the comma belongs to a later verb of saying.
  if (findCues(doc, cue.end, cue.end + m[1].length).some((c) => c.type === 'verb' || c.type === 'naming')) return null
  const at = cue.end + m[0].length
  const c = matchAt(doc.lex.complementizer, doc.masked.slice(at, s.to), 0)
  const hasComplementizer = !!c
  const isColon = m[2] === ':'
  if (hasComplementizer) return { at: at + c![0].length, complementizer: true, needsKonjunktiv: false }
  if (isColon) return { at, complementizer: true, needsKonjunktiv: false }
  // "kritisierte Lawrow, der zuvor gesagt hatte, …": after an object, a relative pronoun opens a relative clause, not
  // the content ("sagte der Zeitung, der Westen lüge": an article and its noun, or "der neue Plan": an adjective first).
  if (doc.language === 'de' && /\p{L}/u.test(m[1]) && GERMAN_RELATIVE_OPENING.test(doc.masked.slice(at, s.to))) return null
  // Without "dass", German reported speech shows itself by the Konjunktiv ("hieß es, es liefen Gespräche" needs
  // none: the impersonal cue says it is reported); Russian needs "что".
  if (doc.language === 'de') return { at, complementizer: false, needsKonjunktiv: cue.type !== 'impersonal' }
  return null
}

const GERMAN_RELATIVE_OPENING = /^(?:der|die|das|dem|den|deren|dessen|denen|welche[rsmn]?)\s+(?!\p{Lu})(?!\p{Ll}+(?:e|en|er|es|em)\s+\p{Lu})/u

/** Does the object after a verb of judgement carry its complement within the clause ("… for shooting …")? */
function judgementComplement(language: string, verb: string, tail: string): boolean {
  return (JUDGEMENT[language] ?? []).some(([re, prepositions]) => re.test(verb) && new RegExp(`^\\s+(?:[^\\s;:!?]+\\s+){1,10}?(?:${prepositions})\\s+\\S`, 'u').test(tail))
}

/** "called the events a coup attempt": an object (determiner or name first, no comma) and then "a"/"an" and a noun. */
const EN_CALLED = /^\s+(?:the|his|her|its|their|this|these|those|\p{Lu}[\p{L}.'’-]*)(?:\s+[^\s,;:!?.]+){0,5}?\s+(?:a|an)\s+(?!(?:day|week|month|year|hour|minute|few|second|third|number|lot|bit|couple|time|total|while)(?![\p{L}]))\p{L}/u

/** "sprach von …": the verb, and what may stand before the preposition (which opens the content). English "spoke of" is one cue. */
const SPEAK_OF: Record<string, [RegExp, RegExp]> = {
  de: [/^(?:sprach|spricht|sprachen|sprechen)$/iu, /^\s*(?:(?:am\s+\p{L}+|zudem|auch|erneut|bereits|offen|ausdrücklich|dabei|nun|sogar)\s+){0,2}(?=von\s)/u],
}

/** The preposition of an "about" object, after a short time adverbial ("сообщил в субботу об …", "warnte am Montag vor …"). */
const ABOUT: Record<string, RegExp> = {
  ru: /^\s*(?:(?:(?:в|во|на)\s+\p{L}+|накануне|вчера|сегодня|также|уже|ранее|официально)\s+){0,2}(?:о|об|обо)\s/u,
  de: /^\s*(?:(?:am\s+\p{L}+|heute|gestern|zudem|auch|erneut|bereits|eindringlich|ausdrücklich)\s+){0,2}(?:vor|an|für)\s/u,
  en: /^\s*(?:(?:on\s+\p{L}+|today|yesterday|again|also|repeatedly)\s+){0,2}(?:of|against|for)\s/u,
}

/** The verb denies its content (lexicon `denies`). */
function denies(doc: StatementDocument, cue: Cue): boolean {
  return !!doc.lex.cueEntry?.(cue.text)?.denies
}

/**
 * A speech noun ("Aussage", "claim", "заявление") between a verb and the content clause it seemed to govern — its
 * object, not the medium of saying ("said in a statement that", "erklärte in einer Mitteilung, dass").
 */
function speechNounBetween(doc: StatementDocument, cue: Cue, to: number): boolean {
  if (!doc.lex.speechNoun || to <= cue.end) return false
  const told = /^(?:told|tells?|telling)$/iu.test(cue.text)
  return matchesIn(doc.lex.speechNoun, doc.masked, cue.end, to).some((m) => {
    const before = doc.masked.slice(cue.end, m.index)
    // "told a news briefing that …": whom the verb tells, not what.
    return !MEDIUM_BEFORE.test(before) && !(told && /^\s+(?:[\p{L}'’-]+\s+){0,2}$/u.test(before))
  })
}


/** Where the object content of a demand or announcement verb starts (after a subject that follows the verb), or null. */
function objectContent(doc: StatementDocument, cue: Cue, s: SentenceFrame): number | null {
  const verbs = OBJECT_VERBS[doc.language]
  // "spoke of an attempted coup": the lexicon's cue holds the preposition.
  if (doc.language === 'en' && /^(?:spoke|speaks)\s+of$/iu.test(cue.text)) {
    const phrase = doc.masked.slice(cue.end, clauseEnd(doc, cue.end, s.to))
    return tokens(phrase).length >= 2 && !doc.mentions.some((x) => x.start >= cue.end && x.start <= cue.end + 6 && x.via === 'metonym') ? cue.end + phrase.search(/\S/u) : null
  }
  if (!verbs || /\s/u.test(cue.text)) return null
  // "was asked to …": a passive names who was asked, not who asked.
  if (doc.language === 'en' && /(?<![\p{L}])(?:was|were|been|being)\s+$/iu.test(doc.masked.slice(Math.max(s.from, cue.start - 8), cue.start))) return null
  // "called on X to …" demands, "called out X for …" judges: the particle belongs to the verb.
  const particle = doc.language === 'en' && /^call/iu.test(cue.text) ? /^\s+(?:on|upon|out)(?![\p{L}])/iu.exec(doc.masked.slice(cue.end, s.to)) : null
  const verb = particle ? cue.text + particle[0] : cue.text
  let at = cue.end + (particle ? particle[0].length : 0)
  // German and Russian put the subject after the verb ("forderte die Ministerin …", "призвал министр …").
  // Only when no subject stands before the verb: "МИД России обвинил Вашингтон в …" has its object there.
  const subjectBefore = refGroupsIn(doc, s.from, cue.start).length > 0
  const subject = doc.language === 'en' || subjectBefore ? null : refGroupsIn(doc, cue.end, Math.min(s.to, cue.end + 80)).find((g) => !/[\p{L}\p{N}]/u.test(doc.masked.slice(cue.end, g.start).replace(/^(?:\s*(?:der|die|das|den|dem)\s*)?/iu, '')))
  if (subject) at = subject.end + (JOINED_NAME.exec(doc.masked.slice(subject.end, s.to))?.[0].length ?? 0)
  const tail = doc.masked.slice(at, s.to)
  if (/^\s*[,:]/u.test(tail)) return null
  // "A movement accused of financing …", "a plan criticised by …": a participle with no object is passive.
  if (doc.language === 'en' && /ed$/u.test(verb) && /^\s+(?:of|by)\s/u.test(tail)) return null
  // "сообщила о планах «Газпрома»" names a topic; a proposition takes more words ("объявил о переизбрании на пост …").
  const about = ABOUT[doc.language].exec(tail)
  if (verbs.about.test(verb) && about && tokens(doc.masked, at, clauseEnd(doc, at, s.to)).length >= 5) {
    // The content starts at the preposition ("об обнаружении …"), after any adverbial.
    const prep = /(?:о|об|обо|vor|an|für|of|against|for)\s$/u.exec(about[0])!
    return at + about[0].length - prep[0].length
  }
  // "назвал события «попыткой переворота»": the quoted words are the statement (a partial quote), not the object.
  if (cue.type === 'naming' && /[„“”"«»]/u.test(doc.text.slice(at, namedClauseEnd(doc, at, s.to)))) return null
  // "called the events a coup attempt": a name given with an indefinite article after the object ("called the
  // embassy", "called a press conference", "called the embassy a day later" are no such thing).
  if (doc.language === 'en' && !particle && /^call(?:s|ed|ing)?$/iu.test(verb)) return EN_CALLED.test(tail) ? at + tail.search(/\S/u) : null
  // "sprach von einem Putschversuch", "spoke of a coup attempt": the characterisation is the content — not a place
  // ("sprach von Kiew aus", "von der Bühne aus").
  const speakOf = SPEAK_OF[doc.language]
  if (speakOf && speakOf[0].test(verb)) {
    const m = speakOf[1].exec(tail)
    if (!m) return null
    const from = at + m[0].length
    const phrase = doc.masked.slice(from, clauseEnd(doc, from, s.to))
    const place = doc.mentions.some((x) => x.start >= from && x.start <= from + 12 && x.via === 'metonym')
    return place || /\saus\s*$/u.test(phrase) || tokens(phrase).length < 2 ? null : from
  }
  if (judgementComplement(doc.language, verb, tail.slice(0, Math.max(0, clauseEnd(doc, at, s.to) - at)))) return at + tail.search(/\S/u)
  if (verbs.direct.test(verb) && /^\s+[\p{L}\p{N}]/u.test(tail)) {
    // English needs "urged X to …": an infinitive clause, not a bare object ("vowed revenge").
    if (doc.language === 'en' && !/^\s+(?:[\p{L}'’-]+\s+){0,4}to\s+\p{L}/u.test(tail)) return null
    return at + tail.search(/\S/u)
  }
  return null
}


/** End a content clause before "…, and noted that": drop the coordination and the subject-less join. */
function backOverCoordination(doc: StatementDocument, start: number, end: number): number {
  let text = doc.masked.slice(start, end)
  // A subject between the join and the next verb belongs to the next clause ("…, and the ministry noted that").
  const joined = /(?:,?\s*(?:and|und|и|sowie|but|aber|но)\s+|[,;]\s*)(?:[\p{L}'’.-]+\s+){0,4}$/iu.exec(text)
  if (joined) text = text.slice(0, joined.index)
  else text = text.replace(COORDINATION_TAIL, '')
  return start + text.length
}

/** "hieß es" with no source named: the current source continues, unless a source outside the registry is named ("aus Diplomatenkreisen"). */
function impersonalContinuation(doc: StatementDocument, ctx: AttributionContext, cue: Cue, to: number, s: SentenceFrame): SpeakerResolution | null {
  if (cue.type !== 'impersonal') return null
  if (/(?:^|\s)(?:aus|von|from|из|от)\s/iu.test(doc.masked.slice(cue.end, Math.max(cue.end, to)))) return null
  return continuation(ctx, s.paragraph)
}

function quoteOpeningAt(doc: StatementDocument, pos: number) {
  let lo = 0
  let hi = doc.quotes.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const open = doc.quotes[mid].open
    if (open === pos) return doc.quotes[mid]
    if (open < pos) lo = mid + 1
    else hi = mid - 1
  }
  return undefined
}

function startsWith(re: RegExp, text: string): boolean {
  return !!matchAt(re, text, 0)
}

function containsWord(re: RegExp, text: string): boolean {
  re.lastIndex = 0
  return re.test(text)
}

/**
 * The sentence's Konjunktiv stands only in a subordinate clause of an indicative one ("Der Kunde muss ausfüllen,
 * ob er Symptome habe", "Ob er Kontakt hatte …"): an indirect question or condition, not reported speech.
 */
function subordinateKonjunktiv(doc: StatementDocument, from: number, to: number): boolean {
  if (/^[\s„“"«»–—-]*(?:ob|wenn|falls|dass|daß|weil|sofern|als\s+ob|als\s+wenn)\s/iu.test(doc.masked.slice(from, to))) return true
  const first = findKonjunktiv(doc.masked, from, to)[0]
  return !!first && /,\s*(?:ob|wenn|falls|dass|daß|weil|sofern|damit|sodass|als\s+ob|als\s+wenn|als\s+daß|als\s+dass|der|die|das|welche[rsm]?)\s(?:[^,]*)$/iu.test(doc.masked.slice(from, first.start))
}

/** Modal and auxiliary verbs: with "man" they report ("man habe …"); other verbs with "man" instruct ("man glaube"). */
const AUXILIARY = /^(?:sei|seien|habe|haben|werde|werden|könne|können|müsse|müssen|dürfe|dürfen|wolle|wollen|solle|sollen)$/u
/** What makes a Konjunktiv II a condition rather than reported speech ("wenn …", "Würde es …, so …", "als ob"). */
const KONJUNKTIV_II = /^(?:würden?|hätten?|wären?|könnten?|müss?ten?|müßten?|dürften?|gäben?|kämen?|lägen?|stünden?|gingen?)$/u
const CONDITION = /(?<![\p{L}])(?:wenn|falls|sofern|sonst|ob|als\s+daß|als\s+dass)(?![\p{L}])/iu

/**
 * The Konjunktiv of a sentence without a cue, read as reported speech only where it reports: not an
 * instruction ("Man glaube aber nicht …", "Da breche man ihn ab"), not a wish ("Das Vorstehende möge genügen")
 * and not a condition in Konjunktiv II ("Würde es dies nicht vertrauen, so müßte …", "… wäre, wenn …").
 */
function reportingKonjunktiv(doc: StatementDocument, start: number, end: number): 'strong' | 'weak' | null {
  if (doc.language !== 'de') return null
  const text = doc.masked
  const all = findKonjunktiv(text, start, end)
  const wish = (h: KonjunktivHit) => h.form === 'möge' || (!AUXILIARY.test(h.form) && /(?<![\p{L}])man(?![\p{L}])/iu.test(text.slice(Math.max(start, h.start - 4), Math.min(end, h.end + 4))))
  // The first Konjunktiv is the main clause's: an instruction there makes the whole sentence one.
  if (!all.length || wish(all[0])) return null
  const hits = all.filter((h) => !wish(h))
  if (hits.some((h) => h.strength === 'strong')) return 'strong'
  const opensWithVerb = !/[\p{L}\p{N}]/u.test(text.slice(start, hits[0].start))
  if (hits.every((h) => KONJUNKTIV_II.test(h.form)) && (CONDITION.test(text.slice(start, end)) || opensWithVerb)) return null
  return 'weak'
}

function konjunktivIn(doc: StatementDocument, start: number, end: number): 'strong' | 'weak' | null {
  if (doc.language !== 'de') return null
  const hits = findKonjunktiv(doc.masked, start, end)
  if (hits.some((h) => h.strength === 'strong')) return 'strong'
  return hits.length ? 'weak' : null
}

/** Trim a content span: leading punctuation and complementizer, trailing punctuation; at least three words. */
export function trimContent(doc: StatementDocument, start: number, end: number): { start: number; end: number } | null {
  const text = doc.text
  while (start < end && /[\s,:;–—-]/u.test(text[start])) start++
  const lead = LEADING_COMPLEMENTIZER.exec(text.slice(start, Math.min(end, start + 8)))
  if (lead) start += lead[0].length
  while (end > start && /[\s.,;:!?…–—-]/u.test(text[end - 1])) end--
  if (tokens(text, start, end).length < 3) return null
  return { start, end }
}
