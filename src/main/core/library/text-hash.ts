import { createHash } from 'node:crypto'

/**
 * A fingerprint of an article's wording, blind to what differs between two saves of the same
 * article: case, Unicode normal form, whitespace, punctuation and typographic quotes.
 */
export function textHash(text: string): string {
  const words = text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return createHash('sha256').update(words.join(' ')).digest('hex')
}
