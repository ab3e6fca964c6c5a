import type { AnalysedToken } from './text/analyse'

/** Sparse vector: feature → weight. */
type Vector = Map<string, number>

export interface SimilarityWeights {
  words: number
  chars: number
  entities: number
}

/**
 * Stemmed words carry most of the meaning; character 4-grams of the romanised stems catch compounds,
 * inflection the stemmers miss and cognates across languages ("Terrorakt"/"террористический акт");
 * shared names and numbers (capitalised words inside a sentence, acronyms, figures) tie reports of
 * the same fact together across languages.
 */
export const DEFAULT_WEIGHTS: SimilarityWeights = { words: 0.5, chars: 0.3, entities: 0.2 }

const CHAR_N = 4

export interface TextProfile {
  words: Vector
  chars: Vector
  /** Names and numbers; after weighing, tf-idf weights like the other blocks. */
  entities: Vector
  /** Capitalised German words: names only if they are names elsewhere ("Kasachstan" ~ "Казахстан"). */
  capitalised: Set<string>
}

/** A text's features; the topic's own words (shared by every statement on the event) are left out. */
export function profile(text: string, tokens: readonly AnalysedToken[], topicKeys: ReadonlySet<string> = new Set()): TextProfile {
  const words: Vector = new Map()
  const chars: Vector = new Map()
  const entities: Vector = new Map()
  const capitalised = new Set<string>()
  tokens.forEach((t, i) => {
    if (!t.content || topicKeys.has(t.key)) return
    // A term of the equivalence layer ("ОДКБ" = "OVKS" = "CSTO") names a thing, like a name does.
    if (t.number || t.concept || isName(text, tokens, i)) entities.set(t.key, 1)
    else if (t.language === 'de' && /^\p{Lu}/u.test(t.surface)) capitalised.add(t.key)
    if (t.number) return
    bump(words, t.key)
    const padded = `#${t.key}#`
    for (let k = 0; k + CHAR_N <= padded.length; k++) bump(chars, padded.slice(k, k + CHAR_N))
  })
  return { words, chars, entities, capitalised }
}

/** An acronym, or a capitalised word that does not merely open a sentence. */
function isName(text: string, tokens: readonly AnalysedToken[], i: number): boolean {
  const t = tokens[i]
  if (/^[\p{Lu}\p{N}]{2,6}$/u.test(t.surface)) return true
  if (!/^\p{Lu}/u.test(t.surface)) return false
  // German capitalises every noun: there only acronyms and numbers count as names.
  if (t.language === 'de') return false
  if (i === 0) return false
  // After a sentence end, a colon or an opening quotation mark a capital only opens a sentence.
  return !/[.!?…:"«»„“”]/.test(text.slice(tokens[i - 1].end, t.start))
}

function bump(v: Vector, key: string): void {
  v.set(key, (v.get(key) ?? 0) + 1)
}

/** A unit-length tf-idf vector: feature ids ascending, with their weights. */
export interface SparseVector {
  ids: Int32Array
  weights: Float64Array
}

/** A text's blocks weighed over the whole set, ready for fast pairwise comparison. */
export interface WeightedProfile {
  words: SparseVector
  chars: SparseVector
  entities: SparseVector
}

/**
 * Weights each profile's features by tf-idf over the set, each block normalised to unit length,
 * and settles which capitalised German words are names. Features become integer ids so that
 * comparing two texts is a merge of two sorted arrays.
 */
export function weighProfiles(profiles: readonly TextProfile[]): WeightedProfile[] {
  const names = new Set(profiles.flatMap((p) => [...p.entities.keys()]))
  const withNames = profiles.map((p) => {
    const entities: Vector = new Map(p.entities)
    for (const k of p.capitalised) if (names.has(k)) entities.set(k, 1)
    return { ...p, entities }
  })
  const n = profiles.length
  const block = (pick: (p: TextProfile) => Vector): SparseVector[] => {
    const ids = new Map<string, number>()
    const df: number[] = []
    for (const p of withNames) {
      for (const f of pick(p).keys()) {
        let id = ids.get(f)
        if (id === undefined) ids.set(f, (id = df.push(0) - 1))
        df[id]++
      }
    }
    return withNames.map((p) => {
      const entries = [...pick(p)].map(([f, tf]) => {
        const id = ids.get(f)!
        return [id, (1 + Math.log(tf)) * Math.log(1 + n / df[id])] as const
      })
      entries.sort((a, b) => a[0] - b[0])
      const norm = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0)) || 1
      return { ids: Int32Array.from(entries, ([id]) => id), weights: Float64Array.from(entries, ([, w]) => w / norm) }
    })
  }
  const words = block((p) => p.words)
  const chars = block((p) => p.chars)
  const entities = block((p) => p.entities)
  return withNames.map((_, i) => ({ words: words[i], chars: chars[i], entities: entities[i] }))
}

function cosine(a: SparseVector, b: SparseVector): number {
  let dot = 0
  let i = 0
  let j = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]
    const y = b.ids[j]
    if (x === y) dot += a.weights[i++] * b.weights[j++]
    else if (x < y) i++
    else j++
  }
  return dot
}

/** Similarity of two weighted profiles, 0–1; when neither names anything, words and letters decide alone. */
export function similarity(a: WeightedProfile, b: WeightedProfile, weights: SimilarityWeights = DEFAULT_WEIGHTS): number {
  const text = weights.words * cosine(a.words, b.words) + weights.chars * cosine(a.chars, b.chars)
  if (a.entities.ids.length === 0 && b.entities.ids.length === 0) return text / (weights.words + weights.chars)
  return text + weights.entities * cosine(a.entities, b.entities)
}
