import { eld } from 'eld/medium'

/** Enough text for a reliable guess; more only costs time. */
const SAMPLE_CHARS = 1500
const MIN_CHARS = 40

/**
 * The language of an article's text as ISO 639-1 (eld, n-gram based), or the page's declared
 * language when the text is too short or the guess is unreliable.
 */
export function detectLanguage(text: string, declared: string | null): string | null {
  if (text.length >= MIN_CHARS) {
    const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text
    const result = eld.detect(sample)
    if (result.language && (result.isReliable() || !declared)) return result.language
  }
  return declared
}
