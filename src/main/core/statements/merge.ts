/**
 * What re-extraction does to an article's statements. The analyst's work stays as it is: confirmed,
 * rejected, corrected and manual statements are kept (and re-anchored by their quote); a new candidate
 * over one of them is not added (a rejected statement stays rejected). Unreviewed automatic statements
 * found again are updated in place (same id, so events and comparisons keep them); those not found
 * again are dropped.
 */
import type { StatementCandidate } from './types'

export interface ExistingStatement {
  id: number
  start: number
  end: number
  origin: 'auto' | 'manual'
  review: 'unreviewed' | 'confirmed' | 'rejected'
  corrected: boolean
}

export interface MergePlan {
  insert: StatementCandidate[]
  update: { id: number; candidate: StatementCandidate }[]
  remove: number[]
  keep: number[]
}

export function isAnalystWork(s: ExistingStatement): boolean {
  return s.origin === 'manual' || s.review !== 'unreviewed' || s.corrected
}

export function planMerge(text: string, existing: readonly ExistingStatement[], candidates: readonly StatementCandidate[]): MergePlan {
  const keep = existing.filter(isAnalystWork)
  const replaceable = existing.filter((s) => !isAnalystWork(s))
  const plan: MergePlan = { insert: [], update: [], remove: [], keep: keep.map((s) => s.id) }
  const taken = new Set<number>()
  for (const candidate of candidates) {
    if (keep.some((k) => overlap(text, k, candidate) >= 0.5)) continue
    let best: ExistingStatement | undefined
    let bestScore = 0.5
    for (const r of replaceable) {
      if (taken.has(r.id)) continue
      const score = overlap(text, r, candidate)
      if (score >= bestScore) {
        best = r
        bestScore = score
      }
    }
    if (best) {
      taken.add(best.id)
      plan.update.push({ id: best.id, candidate })
    } else {
      plan.insert.push(candidate)
    }
  }
  plan.remove = replaceable.filter((r) => !taken.has(r.id)).map((r) => r.id)
  return plan
}

/** Word-token overlap as a share of the longer span (1 for identical spans, 0 for disjoint ones). */
export function overlap(text: string, a: { start: number; end: number }, b: { start: number; end: number }): number {
  const lo = Math.max(a.start, b.start)
  const hi = Math.min(a.end, b.end)
  if (hi <= lo) return 0
  const words = (s: number, e: number) => (text.slice(s, e).match(/[\p{L}\p{N}]+/gu) ?? []).length
  return words(lo, hi) / Math.max(words(a.start, a.end), words(b.start, b.end), 1)
}
