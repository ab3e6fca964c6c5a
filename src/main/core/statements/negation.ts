/**
 * A negated verb of saying reports nothing said: "Russia has never said that it would use nuclear weapons",
 * "Der Kreml sagte nicht, dass …", "МИД не заявлял, что …" — its content is no claim of the subject's, and a card
 * reading "Russia: it would use nuclear weapons" would say the opposite of the text. "Not only" negates nothing.
 */
import type { Cue } from './cues'
import type { StatementDocument } from './document'

/** A negation in the verb's own words before it: "did not say", "has never said", "wollte nicht bestätigen", "не заявлял". */
const BEFORE: Record<string, RegExp> = {
  en: /(?<![\p{L}])(?:not|never|n['’]t)(?![\p{L}])(?!\s+only\b)(?:\s+[\p{L}'’-]+){0,2}\s+$|n['’]t(?:\s+[\p{L}'’-]+){0,2}\s+$/iu,
  de: /(?<![\p{L}])(?:nicht|nie|niemals|keineswegs)(?![\p{L}])(?!\s+(?:nur|zuletzt)\b)(?:\s+[\p{L}-]+){0,2}\s+$/iu,
  ru: /(?<![\p{L}])(?:не|никогда\s+не|так\s+и\s+не)\s+$/iu,
}

/** German puts the negation after a finite verb: "sagte am Montag nicht, dass …", "bestätigte nie, ob …". */
const AFTER: Record<string, RegExp> = {
  de: /^(?:\s+[\p{L}-]+){0,2}?\s+(?:nicht|nie|niemals|keineswegs)(?![\p{L}])(?!\s+(?:nur|zuletzt)\b)/iu,
}

/** The cue is negated: in the few words before it, or (German) between it and its content at `contentAt`. */
export function isNegated(doc: StatementDocument, cue: Cue, contentAt: number): boolean {
  const before = BEFORE[doc.language]
  if (before?.test(doc.masked.slice(Math.max(0, cue.start - 40), cue.start).split(/[,;:.!?]/u).at(-1)!)) return true
  const after = AFTER[doc.language]
  return !!after && contentAt > cue.end && after.test(doc.masked.slice(cue.end, Math.min(contentAt, cue.end + 40)))
}
