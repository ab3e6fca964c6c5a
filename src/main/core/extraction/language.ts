import { loadEldMedium, type Eld } from './eld-model'

/** The model is loaded by the first detection: most processes that open a library never detect a language. */
let model: Eld | undefined
const eld = () => (model ??= loadEldMedium())

const MIN_CHARS = 40
/** Paragraphs sampled across the text, and how much of each: enough for a reliable vote, little time. */
const SAMPLES = 7
const SAMPLE_CHARS = 400

/**
 * The language of an article's text as ISO 639-1 (eld, n-gram based): the majority of paragraphs sampled
 * across the whole text (weighted by length), so that a foreign headline, quote or boilerplate line does not
 * decide it. The page's declared language when the text is too short or no guess is reliable.
 */
export function detectLanguage(text: string, declared: string | null): string | null {
  if (text.length < MIN_CHARS) return declared
  const votes = new Map<string, number>()
  for (const sample of samples(text)) {
    const result = eld().detect(sample)
    if (result.language && result.isReliable()) votes.set(result.language, (votes.get(result.language) ?? 0) + sample.length)
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0]
  if (best) return best[0]
  if (declared) return declared
  return eld().detect(text.slice(0, SAMPLE_CHARS * 4)).language || null
}

/** Up to SAMPLES paragraphs of some length, spread evenly over the text. */
function samples(text: string): string[] {
  const paragraphs = text.split(/\n\s*\n|\n/u).map((p) => p.trim()).filter((p) => p.length >= MIN_CHARS)
  if (!paragraphs.length) return [text.slice(0, SAMPLE_CHARS * 4)]
  const step = Math.max(1, paragraphs.length / SAMPLES)
  const out: string[] = []
  for (let i = 0; i < paragraphs.length && out.length < SAMPLES; i += step) out.push(paragraphs[Math.floor(i)].slice(0, SAMPLE_CHARS))
  return out
}
