/**
 * eld's n-gram table in a compact form. eld keeps its table as one object per n-gram
 * (`{ ' der ': { 9: 120, 37: 14 } }`, 105,548 of them): parsed from JSON that costs ~60 MB of heap
 * in every process and import worker that detects a language. Here the same table is a list of its
 * n-grams and two strings of byte-sized numbers (how many scores each n-gram has; then language
 * index and score, pair by pair) — ~6 MB once loaded. eld's own detector reads it through `ngrams`,
 * an object that builds an n-gram's scores when eld asks for them, so detection is eld's, unchanged.
 */

/** eld's table as its `ngrams/*.js` modules export it (the subset eld's detector reads). */
export interface EldNgramsData {
  type: string
  languages: Record<string, string>
  ngrams: Record<string, Record<string, number>>
}

/** The compact form, as the build writes it (JSON). */
export interface CompactEldTable {
  type: string
  languages: Record<string, string>
  /** Every n-gram, in the table's order. */
  keys: string[]
  /** Per n-gram, as a char code: how many (language, score) pairs it has. */
  counts: string
  /** All pairs, n-gram after n-gram: language index, score (each a char code below 256). */
  pairs: string
}

export function compactEldTable(data: EldNgramsData): CompactEldTable {
  const keys = Object.keys(data.ngrams)
  let counts = ''
  const pairs: string[] = []
  for (const key of keys) {
    const scores = Object.entries(data.ngrams[key])
    counts += String.fromCharCode(byte(scores.length))
    for (const [language, score] of scores) pairs.push(String.fromCharCode(byte(Number(language)), byte(score)))
  }
  return { type: data.type, languages: data.languages, keys, counts, pairs: pairs.join('') }
}

/** What eld's loadData takes: its ngrams look-ups are answered from the compact table. */
export function expandEldTable(table: CompactEldTable): EldNgramsData {
  const index = new Map<string, number>()
  const starts = new Uint32Array(table.keys.length + 1)
  for (let i = 0; i < table.keys.length; i++) {
    index.set(table.keys[i], i)
    starts[i + 1] = starts[i] + table.counts.charCodeAt(i)
  }
  // A plain loop: Uint8Array.from with a mapping function took ~100 ms for the 345,000 codes, every worker start.
  const pairs = new Uint8Array(table.pairs.length)
  for (let p = 0; p < pairs.length; p++) pairs[p] = table.pairs.charCodeAt(p)
  const scoresOf = (ngram: string): Record<number, number> | undefined => {
    const i = index.get(ngram)
    if (i === undefined) return undefined
    // Integer keys: for…in visits them in ascending order, as it does eld's parsed objects.
    const scores: Record<number, number> = {}
    for (let p = starts[i]; p < starts[i + 1]; p++) scores[pairs[2 * p]] = pairs[2 * p + 1]
    return scores
  }
  // eld reads only `ngrams[ngram]` (calculateScores); nothing else of the object is asked for.
  const ngrams = new Proxy({} as Record<string, Record<string, number>>, {
    get: (_, key) => (typeof key === 'string' ? scoresOf(key) : undefined),
  })
  return { type: table.type, languages: table.languages, ngrams }
}

function byte(n: number): number {
  if (!Number.isInteger(n) || n < 0 || n > 255) throw new Error(`eld table value out of range: ${n}`)
  return n
}
