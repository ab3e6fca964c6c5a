import { BOILERPLATE_CUE, CREDIT_CUE } from './cue-phrases'

/** Longest paragraph that its wording alone can mark as furniture; longer ones are prose that happens to start so. */
const CUE_MAX_WORDS = 25
/** Sentence-final punctuation, closing quotes and brackets included. */
const SENTENCE_END = /[.!?…:;"”»“')\]]$/u

export const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0

export const endsSentence = (text: string) => SENTENCE_END.test(text)

/** A paragraph a writer wrote: long, or a sentence of some length; not a label, dateline or credit. */
export function isProse(text: string): boolean {
  const words = wordCount(text)
  return words >= 20 || (words >= 6 && endsSentence(text))
}

/** A short paragraph whose wording marks it as furniture: a share/follow/related label, a "read more" line, a credit. */
export function isFurnitureText(text: string): boolean {
  return wordCount(text) <= CUE_MAX_WORDS && (BOILERPLATE_CUE.test(text) || CREDIT_CUE.test(text))
}

/**
 * Where the trailing furniture of a text begins: the share bar, "like" buttons and related
 * links after the last paragraph. That is the first furniture line of the closing run of
 * non-prose lines, if the run has one; a text that ends in a short line or a list without
 * such a line keeps it. Returns `paragraphs.length` when there is none.
 */
export function trailingFurnitureStart(paragraphs: readonly string[]): number {
  let runStart = paragraphs.length
  while (runStart > 0 && !isProse(paragraphs[runStart - 1])) runStart--
  for (let i = runStart; i < paragraphs.length; i++) if (isFurnitureText(paragraphs[i])) return i
  return paragraphs.length
}
