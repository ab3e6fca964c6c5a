/** Cue phrases that introduce or attribute a statement, found in the quote-masked text. */
import type { StatementDocument } from './document'
import { matchesIn } from './patterns'

export type CueType = 'verb' | 'naming' | 'impersonal' | 'according' | 'post-according' | 'so' | 'locative' | 'anaphoric'

export interface Cue {
  type: CueType
  start: number
  end: number
  /** As written, with the middle field of a German verb frame elided: "teilte … mit". */
  text: string
}

const SO = /(?<=[,“”"»«]\s*)so(?=\s+\p{L})/gu

export function findCues(doc: StatementDocument, from: number, to: number): Cue[] {
  const { lex, masked } = doc
  const out: Cue[] = []
  const add = (type: CueType, re: RegExp | null) => {
    if (!re) return
    for (const m of matchesIn(re, masked, from, to)) {
      const start = m.index
      const end = start + m[0].length
      if (out.some((c) => start < c.end && end > c.start)) continue
      out.push({ type, start, end, text: cueText(m[0]) })
    }
  }
  add('anaphoric', lex.anaphoricCue)
  add('locative', lex.locativeSource)
  add('according', lex.according)
  add('impersonal', lex.impersonal)
  add('verb', lex.speechVerb)
  add('post-according', lex.postAccording)
  add('naming', lex.namingVerb)
  if (lex.soCue) add('so', SO)
  return out.sort((a, b) => a.start - b.start)
}

function cueText(surface: string): string {
  const parts = surface.split(/\s+/)
  return parts.length > 3 ? `${parts[0]} … ${parts[parts.length - 1]}` : parts.join(' ')
}

/** Cues that report speech (not merely name or characterise). */
export function isSpeechCue(c: Cue): boolean {
  return c.type !== 'naming'
}
