/**
 * German perfect and pluperfect put the participle last and its object before it: "Die Bundesregierung hat mehr
 * Geld für die Bundeswehr gefordert", "Russland hat die USA aufgefordert, die Sanktionen aufzuheben", "Die
 * Bundesregierung hat die Angriffe als völkerrechtswidrig bezeichnet". The content of such a demand or judgement
 * is the middle field between the auxiliary and the participle — or, for a demand, the infinitive clause after it —
 * as it is the object after the verb in "forderte mehr Geld", "forderte die USA auf, … aufzuheben".
 */
import { refGroupsIn } from './attribution'
import type { Cue, RefGroup } from './annotations'
import { afterPreposition } from './speakers'
import type { StatementDocument } from './document'
import { JUDGEMENT, OBJECT_VERBS } from './object-verbs'

/** The auxiliary of the perfect or pluperfect, the last one before the participle in its clause. */
const AUXILIARY = /(?<![\p{L}])(?:hat|haben|hatte|hatten|habe|hätte|hätten)(?![\p{L}])/gu
/** A participle's stem for the verb tables: "aufgefordert" → "fordert", "genannt" → "nannt", "bezeichnet" as it is. */
const PARTICIPLE_PREFIX = /^(?:auf|an|ab|aus|ein|vor|nach|mit|bei|zu|zurück)?ge(?=\p{L}{3})/u
/** An infinitive clause with "zu" after the participle's comma: the content of a demand ("…, die Sanktionen aufzuheben"). */
const INFINITIVE_AFTER = /^\s*,\s*([^,.;:!?]*?(?:zu\s+\p{Ll}+(?:en|ern|eln)|\p{Ll}+zu\p{Ll}+(?:en|ern|eln)))(?![\p{L}])/u

/** Where the content of a verb-final participle cue lies, or null when it is none of these. */
export function perfectContent(doc: StatementDocument, cue: Cue, from: number, to: number): { start: number; end: number; subject?: RefGroup } | null {
  if (doc.language !== 'de' || /\s/u.test(cue.text)) return null
  const stem = cue.text.replace(PARTICIPLE_PREFIX, '')
  const verbs = OBJECT_VERBS.de
  // Only direct objects: a warning's "vor …" object before the participle is too often a place or a time.
  const demand = verbs.direct.test(stem)
  // Judgements with an "als" complement: "als völkerrechtswidrig bezeichnet".
  const judges = JUDGEMENT.de.some(([re, prepositions]) => prepositions === 'als' && re.test(stem))
  if (!demand && !judges) return null
  // The participle ends its clause: a comma, the sentence end or a conjunction follows.
  if (!/^\s*(?:[,.;:!?]|$|und\s|oder\s)/u.test(doc.masked.slice(cue.end, to))) return null
  const clause = doc.masked.slice(from, cue.start)
  let aux: RegExpExecArray | null = null
  AUXILIARY.lastIndex = 0
  for (let m = AUXILIARY.exec(clause); m; m = AUXILIARY.exec(clause)) aux = m
  if (!aux || /[,;:]/u.test(clause.slice(aux.index))) return null
  let start = from + aux.index + aux[0].length
  // "Am Montag hat die Bundesregierung … gefordert": the subject after the auxiliary is no part of the content.
  // A phrase after a preposition ("Nach den Unruhen in Kasachstan hat …") is no subject before the auxiliary.
  const subjectFirst = refGroupsIn(doc, from, from + aux.index).some((g) => !afterPreposition(doc, g.start))
  const inverted = subjectFirst ? undefined : refGroupsIn(doc, start, cue.start)[0]
  const subject = inverted && !/[\p{L}\p{N}]/u.test(doc.masked.slice(start, inverted.start)) ? inverted : undefined
  if (subject) start = subject.end
  const middle = doc.masked.slice(start, cue.start)
  const infinitive = demand ? INFINITIVE_AFTER.exec(doc.masked.slice(cue.end, to)) : null
  if (infinitive) {
    const at = cue.end + infinitive[0].length - infinitive[1].length
    return { start: at, end: cue.end + infinitive[0].length, subject }
  }
  if (!demand && !/(?<![\p{L}])als\s/u.test(middle)) return null
  const lead = /^\s*/u.exec(middle)![0].length
  const content = middle.trimEnd()
  // At least a noun phrase: two words.
  if (!/\S+\s+\S+/u.test(content.slice(lead))) return null
  return { start: start + lead, end: start + content.length, subject }
}
