/**
 * A verb of saying that is negated, conditional or asked about reports nothing said: "Russia has never said that it
 * would use nuclear weapons", "Der Kreml sagte nicht, dass …", "Если Кремль заявит, что …", "Did the Kremlin say
 * that …?" — its content is no claim of the subject's, and a card reading "Russia: it would use nuclear weapons"
 * would say the opposite of the text. "Not only" negates nothing; "If asked, the Kremlin said …" is a main clause.
 */
import type { Cue } from './annotations'
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

/**
 * A conditional clause opening the sentence, with no comma before the verb: the verb is inside it. Not German
 * "wenn", which is as often "when" ("Wenn aber Rümelin erklärt, daß …" reports what he declared).
 */
const CONDITION = /^[\s„“"»«‚‘(–—-]*(?:if|unless|falls|sofern|sollte|sollten|если|в\s+случае,?\s+если)\s[^,;:]*$/iu

/** Verbs of asking: their content may be a question. */
const ASKING = /^(?:frag|ask|inquir|wonder|спрос|спраш|интересова)/iu

/** The cue asserts nothing said: negated, inside a condition, or in a question (the sentence `[from, to)`). */
export function isUnasserted(doc: StatementDocument, cue: Cue, contentAt: number, from: number, to: number): boolean {
  if (CONDITION.test(doc.masked.slice(from, cue.start))) return true
  // A question about the saying ("Did the Kremlin say that …?", "Wer schreibt denn, dass …?"); not one that is the
  // content of asking ("fragt sich nun: Welche Vorteile …?", "fragen Bürgerrechtler"). Quotes are masked.
  if (/\?[\s"”»“]*$/u.test(doc.masked.slice(from, to)) && !ASKING.test(cue.text) && !/^\s*:/u.test(doc.masked.slice(cue.end, cue.end + 3))) return true
  return isNegated(doc, cue, contentAt)
}

/** The cue is negated: in the few words before it, or (German) between it and its content at `contentAt`. */
function isNegated(doc: StatementDocument, cue: Cue, contentAt: number): boolean {
  const before = BEFORE[doc.language]
  if (before?.test(doc.masked.slice(Math.max(0, cue.start - 40), cue.start).split(/[,;:.!?]/u).at(-1)!)) return true
  const after = AFTER[doc.language]
  return !!after && contentAt > cue.end && after.test(doc.masked.slice(cue.end, Math.min(contentAt, cue.end + 40)))
}
