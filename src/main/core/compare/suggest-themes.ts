import { createHash } from 'node:crypto'
import type { ThemeSuggestion } from '../../../shared/api/compare'
import type { AnalysedToken } from './text/analyse'
import { profile, similarity, weighProfiles, type TextProfile, type WeightedProfile } from './similarity'
import { themeTitle, type TermName } from './theme-title'

export interface ThemeDocument {
  statementId: number
  column: number
  text: string
  tokens: AnalysedToken[]
}

export interface SuggestOptions {
  /** Two groups merge while their average similarity is at least this. */
  threshold?: number
  /** Beyond this many statements only the first ones are grouped (the cost grows with the cube). */
  maxDocuments?: number
  /** Matching keys of the topic's own words ("Kasachstan"): shared by all, they neither group nor label. */
  topicKeys?: ReadonlySet<string>
  /** Names a term's concept in a language, for titles that are one term. */
  termName?: TermName
  /** The report's language: a title is written in it where the statements allow (theme-title.ts). */
  language?: string
}

const DEFAULTS = { threshold: 0.16, maxDocuments: 800, topicKeys: new Set<string>() }

/**
 * A group within one column makes no row worth comparing, yet is often the same sub-topic as a group
 * in another column that the first pass kept apart: each actor words a topic its own way (Moscow's
 * "CSTO peacekeepers stay for a limited period", Minsk's "our soldiers guard strategic facilities"), so
 * within-column pairs are the most similar and the groups meet late. Such a group may still join
 * another column's statements at this share of the threshold.
 */
const CROSS_COLUMN_SHARE = 0.75

/**
 * Suggests sub-topics: average-linkage agglomerative clustering of the statements by text similarity,
 * keeping the groups that bring together at least two columns (what makes a row worth comparing).
 * Titles are the key phrase the group shares, as written (theme-title.ts).
 */
export function suggestThemes(docs: readonly ThemeDocument[], options: SuggestOptions = {}): ThemeSuggestion[] {
  const opts = { ...DEFAULTS, ...options }
  const used = docs.slice(0, opts.maxDocuments)
  if (used.length < 2) return []
  const raw = used.map((d) => profile(d.text, d.tokens, opts.topicKeys))
  const sim = similarityMatrix(weighProfiles(raw))
  const idf = inverseDocumentFrequency(raw)
  const clusters = averageLinkage(sim, opts.threshold, used.map((d) => d.column), opts.threshold * CROSS_COLUMN_SHARE)

  return clusters
    .filter((members) => new Set(members.map((i) => used[i].column)).size >= 2)
    .map((members) => {
      const statementIds = members.map((i) => used[i].statementId).sort((a, b) => a - b)
      return {
        id: suggestionId(statementIds),
        label: themeTitle(members, used, idf, opts.topicKeys, opts.termName, opts.language),
        statementIds,
        columns: [...new Set(members.map((i) => used[i].column))].sort((a, b) => a - b),
        cohesion: round(meanPairwise(members, sim)),
      }
    })
    .sort((a, b) => b.columns.length - a.columns.length || b.statementIds.length - a.statementIds.length || b.cohesion - a.cohesion)
}

/** Stable across rebuilds: the same statements make the same suggestion. */
export function suggestionId(statementIds: readonly number[]): string {
  return createHash('sha256').update([...statementIds].sort((a, b) => a - b).join(',')).digest('hex').slice(0, 12)
}

function similarityMatrix(profiles: readonly WeightedProfile[]): Float64Array[] {
  const n = profiles.length
  const m = Array.from({ length: n }, () => new Float64Array(n))
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) m[i][j] = m[j][i] = similarity(profiles[i], profiles[j])
  }
  return m
}

/**
 * Merges the most similar pair of groups until none is similar enough (Lance–Williams update).
 * Each group remembers its most similar neighbour, so a merge rescans only the rows it touched.
 * Then groups that keep to one column join other columns' statements down to `crossThreshold`
 * (see CROSS_COLUMN_SHARE).
 */
function averageLinkage(sim: Float64Array[], threshold: number, columnOf: readonly number[], crossThreshold: number): number[][] {
  const n = sim.length
  const s = sim.map((row) => Float64Array.from(row))
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i])
  const best = new Int32Array(n).fill(-1)
  const rescan = (i: number) => {
    best[i] = -1
    for (let j = 0; j < n; j++) if (j !== i && members[j] && (best[i] < 0 || s[i][j] > s[i][best[i]])) best[i] = j
  }
  for (let i = 0; i < n; i++) rescan(i)
  for (;;) {
    let bi = -1
    for (let i = 0; i < n; i++) if (members[i] && best[i] >= 0 && (bi < 0 || s[i][best[i]] > s[bi][best[bi]])) bi = i
    if (bi < 0 || s[bi][best[bi]] < threshold) break
    const bj = best[bi]
    mergeGroups(s, members, bi, bj)
    rescan(bi)
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === bi) continue
      if (best[k] === bi || best[k] === bj) rescan(k)
      else if (s[k][bi] > s[k][best[k]]) best[k] = bi
    }
  }
  joinAcrossColumns(s, members, columnOf, crossThreshold)
  return members.filter((m): m is number[] => m !== null && m.length >= 2)
}

/**
 * The second pass: a group of two or more statements of one column joins, most similar first, the
 * group (or lone statement) that brings in another column, while their average similarity reaches
 * `threshold`. Only such one-column groups reach out: lone statements never pair up here, and groups
 * that already span columns join nothing more, so a row still needs a shared sub-topic, not one loose
 * link. Updates `s` and `members` in place.
 */
function joinAcrossColumns(s: Float64Array[], members: (number[] | null)[], columnOf: readonly number[], threshold: number): void {
  const n = members.length
  const columnsOf = (m: number[]) => new Set(m.map((i) => columnOf[i]))
  for (;;) {
    let bi = -1
    let bj = -1
    for (let i = 0; i < n; i++) {
      const a = members[i]
      if (!a || a.length < 2) continue
      const own = columnsOf(a)
      if (own.size !== 1) continue
      for (let j = 0; j < n; j++) {
        const b = members[j]
        if (!b || j === i || s[i][j] < threshold || (bi >= 0 && s[i][j] <= s[bi][bj])) continue
        const other = columnsOf(b)
        if (other.size === 1 && own.has([...other][0])) continue
        bi = i
        bj = j
      }
    }
    if (bi < 0) return
    mergeGroups(s, members, bi, bj)
  }
}

/** Group bj joins group bi; bi's similarity to every other group becomes the size-weighted average (average linkage). */
function mergeGroups(s: Float64Array[], members: (number[] | null)[], bi: number, bj: number): void {
  const a = members[bi]!.length
  const b = members[bj]!.length
  for (let k = 0; k < members.length; k++) {
    if (!members[k] || k === bi || k === bj) continue
    s[bi][k] = s[k][bi] = (a * s[bi][k] + b * s[bj][k]) / (a + b)
  }
  members[bi] = [...members[bi]!, ...members[bj]!]
  members[bj] = null
}

function meanPairwise(members: number[], sim: Float64Array[]): number {
  let sum = 0
  let pairs = 0
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      sum += sim[members[x]][members[y]]
      pairs++
    }
  }
  return pairs ? sum / pairs : 0
}

function inverseDocumentFrequency(profiles: readonly TextProfile[]): Map<string, number> {
  const df = new Map<string, number>()
  for (const p of profiles) for (const k of p.words.keys()) df.set(k, (df.get(k) ?? 0) + 1)
  return new Map([...df].map(([k, n]) => [k, Math.log(1 + profiles.length / n)]))
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
