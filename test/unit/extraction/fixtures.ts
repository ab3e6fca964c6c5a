import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { extractArticle } from '../../../src/main/core/extraction/extract'
import type { ExtractedArticle, ExtractionInput } from '../../../src/main/core/extraction/types'

/** The bytes of a fixture page in test/fixtures/pages. */
export function fixture(name: string): Uint8Array {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/pages/${name}`, import.meta.url)))
}

/** Extracts a fixture under its own name (which decides its kind), with optional extra input. */
export function extractFixture(name: string, extra: Partial<ExtractionInput> = {}): ExtractedArticle {
  return extractArticle({ bytes: fixture(name), fileName: name, ...extra })
}

export const paragraphs = (article: ExtractedArticle) => article.text.split('\n\n')
