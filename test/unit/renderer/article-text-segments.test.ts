import { describe, expect, it } from 'vitest'
import {
  normalizeRanges,
  segmentText,
  splitParagraphs,
  trimSelection,
  type HighlightRange,
  type TextParagraph,
} from '../../../src/renderer/src/lib/article-text/segments'

/** The pieces as [text, ids] so expectations read like the rendering. */
function pieces(text: string, paragraphs: TextParagraph[]): [string, (string | number)[]][][] {
  return paragraphs.map((p) => p.segments.map((s) => [text.slice(s.start, s.end), s.ranges.map((r) => r.id)]))
}

/** Every paragraph's segments tile it exactly, in order. */
function expectTiled(paragraphs: TextParagraph[]) {
  for (const p of paragraphs) {
    expect(p.segments[0].start).toBe(p.start)
    expect(p.segments[p.segments.length - 1].end).toBe(p.end)
    for (let i = 1; i < p.segments.length; i++) expect(p.segments[i].start).toBe(p.segments[i - 1].end)
    for (const s of p.segments) expect(s.end).toBeGreaterThan(s.start)
  }
}

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps offsets into the original text', () => {
    const text = '  Erster Absatz.\nZweite Zeile.\n\n\nZweiter Absatz „mit Zitat“.\r\n \r\nТретий абзац.  \n'
    const spans = splitParagraphs(text)
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Erster Absatz.\nZweite Zeile.',
      'Zweiter Absatz „mit Zitat“.',
      'Третий абзац.',
    ])
  })

  it('returns nothing for empty or whitespace-only text', () => {
    expect(splitParagraphs('')).toEqual([])
    expect(splitParagraphs(' \n\n \t')).toEqual([])
  })
})

describe('segmentText', () => {
  const text = 'Das Außenministerium erklärte: „Wir sind besorgt.“\n\nМИД России заявил, что это провокация.'

  it('renders text without ranges as one segment per paragraph', () => {
    expect(pieces(text, segmentText(text, []))).toEqual([
      [['Das Außenministerium erklärte: „Wir sind besorgt.“', []]],
      [['МИД России заявил, что это провокация.', []]],
    ])
  })

  it('splits around a simple range', () => {
    const start = text.indexOf('„')
    const end = text.indexOf('“') + 1
    const result = segmentText(text, [{ id: 1, start, end }])
    expectTiled(result)
    expect(pieces(text, result)[0]).toEqual([
      ['Das Außenministerium erklärte: ', []],
      ['„Wir sind besorgt.“', [1]],
    ])
  })

  it('handles nested and partially overlapping ranges, outermost first', () => {
    const t = 'abcdefghij'
    const ranges: HighlightRange[] = [
      { id: 'outer', start: 1, end: 9 },
      { id: 'inner', start: 3, end: 5 },
      { id: 'cross', start: 4, end: 7 },
    ]
    const result = segmentText(t, ranges)
    expectTiled(result)
    expect(pieces(t, result)).toEqual([
      [
        ['a', []],
        ['bc', ['outer']],
        ['d', ['outer', 'inner']],
        // 'inner' (length 2) is inside 'cross' (length 3): cross is drawn below it.
        ['e', ['outer', 'cross', 'inner']],
        ['fg', ['outer', 'cross']],
        ['hi', ['outer']],
        ['j', []],
      ],
    ])
  })

  it('draws a range crossing a paragraph boundary in both paragraphs, not over the blank line', () => {
    const start = text.indexOf('besorgt')
    const end = text.indexOf('заявил') + 'заявил'.length
    const result = segmentText(text, [{ id: 7, start, end }])
    expectTiled(result)
    expect(pieces(text, result)).toEqual([
      [
        ['Das Außenministerium erklärte: „Wir sind ', []],
        ['besorgt.“', [7]],
      ],
      [
        ['МИД России заявил', [7]],
        [', что это провокация.', []],
      ],
    ])
  })

  it('clamps out-of-range offsets and drops empty, reversed and non-finite ranges', () => {
    const t = 'Hallo Welt'
    const result = segmentText(t, [
      { id: 'neg', start: -5, end: 3 },
      { id: 'past', start: 6, end: 999 },
      { id: 'empty', start: 4, end: 4 },
      { id: 'reversed', start: 8, end: 2 },
      { id: 'nan', start: Number.NaN, end: 3 },
      { id: 'beyond', start: 50, end: 60 },
    ])
    expectTiled(result)
    expect(pieces(t, result)).toEqual([
      [
        ['Hal', ['neg']],
        ['lo ', []],
        ['Welt', ['past']],
      ],
    ])
  })

  it('never splits a surrogate pair', () => {
    const t = 'a😀b' // the emoji is two UTF-16 units at 1..3
    expect(normalizeRanges(t, [{ id: 1, start: 2, end: 3 }])).toEqual([{ id: 1, start: 1, end: 3 }])
    const result = segmentText(t, [{ id: 1, start: 0, end: 2 }])
    expect(pieces(t, result)).toEqual([[['a😀', [1]], ['b', []]]])
  })

  it('merges neighbouring pieces with the same ranges and keeps identical ranges apart by id', () => {
    const t = 'one two three'
    const result = segmentText(t, [
      { id: 'a', start: 0, end: 7 },
      { id: 'b', start: 0, end: 7 },
    ])
    expect(pieces(t, result)).toEqual([[['one two', ['a', 'b']], [' three', []]]])
  })

  it('stays fast with many ranges over a long text', () => {
    const para = 'Der Sprecher des Ministeriums sagte, man werde die Lage weiter beobachten. '.repeat(20)
    const long = Array.from({ length: 300 }, () => para).join('\n\n')
    const ranges: HighlightRange[] = Array.from({ length: 3000 }, (_, i) => ({
      id: i,
      start: (i * 997) % long.length,
      end: ((i * 997) % long.length) + 40 + (i % 500),
    }))
    const t0 = performance.now()
    const result = segmentText(long, ranges)
    const ms = performance.now() - t0
    expectTiled(result)
    expect(result).toHaveLength(300)
    // Every range appears on every segment it covers, and on no other.
    for (const p of result) {
      for (const s of p.segments) {
        for (const r of s.ranges) expect(r.start <= s.start && r.end >= s.end).toBe(true)
      }
    }
    expect(ms).toBeLessThan(1500)
  })
})

describe('trimSelection', () => {
  it('trims whitespace and orders the ends', () => {
    const t = 'Er sagte:  „Nein.“ \n'
    expect(trimSelection(t, 9, t.length)).toEqual({ start: 11, end: 18 })
    expect(trimSelection(t, 18, 11)).toEqual({ start: 11, end: 18 })
    expect(trimSelection(t, 9, 11)).toBeNull()
  })
})
