import type { AnalysedToken } from './analyse'

/** Keys shorter than this are never merged: short stems are too often different words. */
const MIN_KEY = 6
const MAX_EXTRA = 2

/**
 * Merges stems that differ only by a short tail across the texts of one comparison: Snowball
 * treats names as inflected words and stems "Казахстан" to "казахста" but "Казахстане" to
 * "казахстан". A key becomes the shortest key (of at least six letters) it extends by one or two
 * letters. Changes the tokens' keys in place.
 */
export function conflateKeys(texts: readonly AnalysedToken[][]): void {
  const keys = [...new Set(texts.flatMap((tokens) => tokens.filter((t) => t.content && !t.number).map((t) => t.key)))]
  const known = new Set(keys)
  const canonical = new Map<string, string>()
  for (const key of keys.sort((a, b) => a.length - b.length)) {
    for (let cut = MAX_EXTRA; cut >= 1; cut--) {
      const base = key.slice(0, key.length - cut)
      if (base.length >= MIN_KEY && known.has(base)) {
        canonical.set(key, canonical.get(base) ?? base)
        break
      }
    }
  }
  for (const tokens of texts) for (const t of tokens) t.key = canonical.get(t.key) ?? t.key
}
