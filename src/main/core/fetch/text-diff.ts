import type { ChangeObject } from 'diff'
import type * as Diff from 'diff'
import { lazyPackage } from '../lazy-package'

const diff = lazyPackage<typeof Diff>('diff')
import type { DiffPart } from '../../../shared/api/jobs'

export interface TextDiff {
  parts: DiffPart[]
  addedWords: number
  removedWords: number
}

// The diff library's own word pattern knows Latin letters only; Intl.Segmenter finds word
// boundaries in Cyrillic (and every other script) too.
const words = new Intl.Segmenter(undefined, { granularity: 'word' })
/** A word diff is quadratic in the worst case; past this a paragraph diff is used. */
const WORD_DIFF_TIMEOUT_MS = 500

/** Word-level changes from `before` to `after` (paragraph-level when the texts differ too much). */
export function diffTexts(before: string, after: string): TextDiff {
  const changes: ChangeObject<string>[] =
    diff().diffWords(before, after, { intlSegmenter: words, timeout: WORD_DIFF_TIMEOUT_MS }) ?? diff().diffLines(before, after)
  const parts: DiffPart[] = []
  let addedWords = 0
  let removedWords = 0
  for (const change of changes) {
    const op: DiffPart['op'] = change.added ? '+' : change.removed ? '-' : '='
    if (op === '+') addedWords += countWords(change.value)
    if (op === '-') removedWords += countWords(change.value)
    const last = parts[parts.length - 1]
    if (last && last.op === op) last.text += change.value
    else parts.push({ op, text: change.value })
  }
  return { parts, addedWords, removedWords }
}

export function countWords(text: string): number {
  let n = 0
  for (const segment of words.segment(text)) if (segment.isWordLike) n++
  return n
}
