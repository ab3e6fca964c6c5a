/** Paragraphs joined as the plain text of an article: "\n\n" between them, no empty ones. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n')
}

/** Words as a reader counts them: runs of letters or digits (with inner apostrophes, dots and hyphens). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-](?=[\p{L}\p{N}]))*/gu)?.length ?? 0
}
