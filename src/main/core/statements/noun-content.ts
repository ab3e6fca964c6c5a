/**
 * Statements carried by a speech noun with a content clause: "die Bemerkung, daß …", "die Erklärung des
 * Ministers, es werde …", "Trump's claim that …", "заявление о том, что …". The noun's owner speaks: a genitive
 * or "von/of/by" phrase after it, a possessive before it ("Trump's", "his"), or the subject of a light verb
 * that makes the noun an act of speech ("machte die Bemerkung", "made the claim", "сделал заявление").
 * Anyone else's relation to the noun ("rejected the claim that …") says nothing about who made it: no speaker.
 */
import { refGroupsIn } from './attribution'
import type { Cue } from './annotations'
import { clauseEnd } from './clause-end'
import type { StatementDocument } from './document'
import { matchesIn } from './patterns'
import { resolveGroup, type SpeakerResolution } from './speakers'
import type { AttributionContext } from './context'

export interface NounContent {
  cue: Cue
  /** Where the content starts (after the complementizer) and ends (the clause's end). */
  start: number
  end: number
  /** Opened by "dass"/"that"/"что"; without it, German content must be in the Konjunktiv. */
  complementizer: boolean
  speaker: SpeakerResolution | null
}

/** After the noun (and its owner, at most a few words): the content clause opening. */
const OPENING: Record<string, RegExp> = {
  // "gab die Erklärung ab, es werde …": the light verb's particle may close the clause.
  de: /^((?:\s+(?:des|der|von|vom)\s+[^,.;:!?]{1,60}?)?)(?:\s+(?:ab|aus))?,\s*(?:(dass|daß|wonach)\s|(?=\p{Ll}+\s|\p{Lu}))/u,
  en: /^((?:\s+(?:of|by|from)\s+[^,.;:!?]{1,60}?)?)\s+(that)\s/u,
  ru: /^((?:\s+[^,.;:!?]{1,60}?)?)\s*,?\s*(?:(о\s+том,\s*что|что)\s)/u,
}
/** A relative "that" reads "the claim that he made": the clause lacks an object after its verb. */
const EN_RELATIVE = /^(?:he|she|they|it|we|i|you|the\s+\p{L}+|\p{Lu}\p{L}+)\s+(?:had\s+|has\s+|have\s+)?(?:made|issued|gave|given|released|published|wrote|written|sent|delivered|posted|repeated|mentioned|cited|rejected|denied)\b/iu
const LIGHT_VERB: Record<string, RegExp> = {
  de: /(?:^|\s)(?:machte|macht|gab|gibt|äußerte|äußert|sprach|spricht|erhob|erhebt|wiederholte|wiederholt|gemacht|geäußert)\s+(?:\p{L}+\s+){0,3}$/u,
  en: /(?:^|\s)(?:made|makes|issued|issues|gave|gives|repeated|repeats|voiced|voices|expressed|expresses)\s+(?:\p{L}+\s+){0,3}$/iu,
  ru: /(?:^|\s)(?:сделал[аио]?|выступил[аио]?\s+с|повторил[аио]?|высказал[аио]?)\s+(?:\p{L}+\s+){0,3}$/u,
}
const POSSESSIVE_PRONOUN = /(?:^|\s)(his|her|their|its|sein(?:e[rmns]?)?|ihr(?:e[rmns]?)?|его|её|ее|их)\s+(?:\p{L}+\s+){0,2}$/iu

export function nounContents(doc: StatementDocument, ctx: AttributionContext, from: number, to: number): NounContent[] {
  const nouns = doc.lex.speechNoun
  const opening = OPENING[doc.language]
  if (!nouns || !opening) return []
  const out: NounContent[] = []
  for (const m of matchesIn(nouns, doc.masked, from, to)) {
    const nounEnd = m.index + m[0].length
    if (out.length && m.index < out[out.length - 1].end) continue
    const after = opening.exec(doc.masked.slice(nounEnd, to))
    if (!after) continue
    const start = nounEnd + after[0].length
    if (doc.language === 'en' && EN_RELATIVE.test(doc.masked.slice(start, to))) continue
    let end = clauseEnd(doc, start, to)
    // "Die Erklärung …, es werde …, fand Beifall", "Заявление …, что …, вызвало вопросы": a noun opening the
    // sentence is its subject; its content clause closes at the comma before the main verb.
    if (doc.language !== 'en' && !/(?:\S+\s+){4}/u.test(doc.masked.slice(from, m.index))) {
      const comma = doc.masked.lastIndexOf(',', end - 1)
      if (comma > start) end = comma
    }
    if (end - start < 12) continue
    const cue: Cue = { type: 'noun', start: m.index, end: nounEnd, text: m[0] }
    out.push({ cue, start, end, complementizer: !!after[2], speaker: owner(doc, ctx, from, m.index, nounEnd, nounEnd + after[1].length) })
  }
  return out
}

/** Who the noun belongs to: a phrase after it, a possessive before it, or the subject of a light verb. */
function owner(doc: StatementDocument, ctx: AttributionContext, from: number, nounStart: number, nounEnd: number, ownerEnd: number): SpeakerResolution | null {
  const text = doc.masked
  // "die Erklärung des Finanzministers Goschen", "the claim by officials", "заявление МИД России".
  const following = refGroupsIn(doc, nounEnd, Math.max(nounEnd, ownerEnd)).find((g) => g.start - nounEnd <= 12)
  if (following) return resolveGroup(doc, ctx, following)
  // Nobody the registry or the name finder knows: the owner phrase as written ("des Arztes Lempière").
  const phrase = /^\s+(?:des|der|von|vom|of|by|from)\s+((?:\p{L}+\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*$/u.exec(text.slice(nounEnd, ownerEnd))
  if (phrase) {
    const at = nounEnd + phrase[0].indexOf(phrase[1])
    return asWritten(doc, at, at + phrase[1].length)
  }
  const before = text.slice(from, nounStart)
  // "Trump's claim", "Donald Trump’s claim that …".
  const saxon = /((?:\p{Lu}[\p{L}\p{M}.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}-]*)['’]s?\s+(?:\p{Ll}+\s+){0,2}$/u.exec(before)
  if (saxon) {
    const group = refGroupsIn(doc, from, nounStart).pop()
    if (group && /^['’]s?\s/u.test(text.slice(group.end, nounStart))) return resolveGroup(doc, ctx, group)
    const at = from + saxon.index
    return asWritten(doc, at, at + saxon[1].length)
  }
  const possessive = POSSESSIVE_PRONOUN.exec(before)
  if (possessive) {
    const at = from + possessive.index + possessive[0].indexOf(possessive[1])
    return asWritten(doc, at, at + possessive[1].length)
  }
  if (LIGHT_VERB[doc.language]?.test(before)) {
    const subject = refGroupsIn(doc, from, nounStart)[0]
    if (subject && !/[\p{L}\p{N}]/u.test(text.slice(from, subject.start).replace(/^\s*(?:the|der|die|das)\s*/iu, ''))) return resolveGroup(doc, ctx, subject)
  }
  return null
}

/** A pronoun as the speaker as written; coreference resolves it later. */
function asWritten(doc: StatementDocument, start: number, end: number): SpeakerResolution {
  return { actorId: null, speaker: doc.text.slice(start, end), start, end, confidence: 0.4, review: true, independent: false, viaContext: false, person: null }
}

