/** Characters that change nothing a reader sees but split words for search and statements: soft hyphens, zero-width spaces and joiners, stray BOMs. */
const INVISIBLE = /[\u00ad\u200b\u200c\u2060\ufeff]/gu

export function dropInvisible(text: string): string {
  return text.replace(INVISIBLE, '')
}

/** Paragraphs joined as the plain text of an article: "\n\n" between them, no empty ones, no invisible characters. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => dropInvisible(p).trim())
    .filter(Boolean)
    .join('\n\n')
}

/** Words as a reader counts them: runs of letters or digits (with inner apostrophes, dots and hyphens). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-](?=[\p{L}\p{N}]))*/gu)?.length ?? 0
}
