import { BOILERPLATE_CUE, CAPTION_CUE, CLOSING_CUE, CREDIT_CUE, PAYWALL_CUE } from './cue-phrases'

/** Longest closing paragraph that a call to action or contact line marks as furniture. */
const CLOSING_MAX_WORDS = 60
/** Longest paragraph that its wording alone can mark as furniture; longer ones are prose that happens to start so. */
const CUE_MAX_WORDS = 25
/** Longest photo caption recognised by its opening ("In this … file photo, …"). */
const CAPTION_MAX_WORDS = 70
/** Sentence-final punctuation, closing quotes and brackets included; informal writing also ends a sentence with a tilde or an emoji. */
const SENTENCE_END = /(?:[.!?…:;"”»“')\]~]|\p{Extended_Pictographic}\uFE0F?)$/u

export const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0

/** A paragraph a writer wrote: long, or a sentence of some length; not a label, dateline or credit. */
export function isProse(text: string): boolean {
  const words = wordCount(text)
  return words >= 20 || (words >= 6 && SENTENCE_END.test(text))
}

/** A short paragraph whose wording marks it as furniture: a share/follow/related label, a "read more" line, a credit. */
export function isFurnitureText(text: string): boolean {
  const words = wordCount(text)
  return (words <= CUE_MAX_WORDS && BOILERPLATE_CUE.test(text)) || isCreditLine(text) || (words <= CAPTION_MAX_WORDS && CAPTION_CUE.test(text))
}

/** A photo credit ("(Image: © NASA)", "Foto: dpa", "Alex Wong | Getty Images"). */
export function isCreditLine(text: string): boolean {
  return wordCount(text) <= CUE_MAX_WORDS && CREDIT_CUE.test(text)
}

/** A paragraph of the kind that closes articles without being part of them: "Follow us…", "Reporting by…", "Email the author at…". */
export function isClosingLine(text: string): boolean {
  return wordCount(text) <= CLOSING_MAX_WORDS && CLOSING_CUE.test(text)
}

/** A paywall's prompt where the text it holds back would go on. */
export function isPaywallLine(text: string): boolean {
  return wordCount(text) <= CLOSING_MAX_WORDS && PAYWALL_CUE.test(text)
}

/**
 * Where the trailing furniture of a text begins: the share bar, "like" buttons, related links,
 * newsletter prompts and contact lines after the last paragraph. That is the first furniture
 * or closing line of the final run of such lines and short non-prose ones; a text that ends
 * in a short line or a list without such a line keeps it. List items that carry a link
 * (`isLinkedItem`) belong to such a run whatever their length: a "More stories" list teases other
 * articles in whole sentences. `paragraphs.length` when none.
 */
export function trailingFurnitureStart(paragraphs: readonly string[], isLinkedItem: (index: number) => boolean = () => false): number {
  let runStart = paragraphs.length
  while (runStart > 0 && (!isProse(paragraphs[runStart - 1]) || isClosingLine(paragraphs[runStart - 1]) || isLinkedItem(runStart - 1))) runStart--
  for (let i = runStart; i < paragraphs.length; i++) if (isFurnitureText(paragraphs[i]) || isClosingLine(paragraphs[i])) return i
  return paragraphs.length
}

/**
 * Where a closing run of button labels begins in text copied from a page ("Sharen mit:", "Twitter", "Gefällt
 * mir", "Wird geladen …", "Поделиться"), whatever the language: three or more short lines after the last
 * paragraph, mostly one to three words with no number and no sentence. `paragraphs.length` when none.
 */
export function trailingButtonsStart(paragraphs: readonly string[]): number {
  let runStart = paragraphs.length
  while (runStart > 0 && !isProse(paragraphs[runStart - 1])) runStart--
  const run = paragraphs.slice(runStart)
  const buttons = run.filter(isButtonLabel).length
  if (run.length >= MIN_BUTTON_RUN && buttons >= (run.length * 2) / 3) return runStart + run.findIndex(isButtonLabel)
  return paragraphs.length
}

/** Shortest run of closing lines that reads as a share bar by shape alone. */
const MIN_BUTTON_RUN = 3

/** A line like a button or link label: one to three words, no number, no sentence. */
function isButtonLabel(text: string): boolean {
  const words = wordCount(text)
  return words >= 1 && words <= 3 && !/\p{N}/u.test(text) && !/[.!?]["”»“')\]]?$/u.test(text.trim())
}
