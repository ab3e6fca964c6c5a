/** Cue phrases that introduce or attribute a statement, found in the quote-masked text. */
import type { StatementDocument } from './document'
import { matchesAfterWordStart, matchesIn } from './patterns'
import { spansInRange } from './spans-in-range'
import type { Cue, CueType } from './annotations'


/** What precedes an English plural noun rather than a verb: a determiner, preposition, adjective or another verb. */
const NOUN_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|these|those|such|its|his|her|their|our|your|of|on|in|about|with|new|recent|media|press|news|\p{L}+ed|U\.S\.|(?:the|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|some|all|both|member|early|swing|key)(?:\s+(?:\p{Ll}+))?)\s+$/iu

/** ", so der Sprecher", ", so Müller": "so" before a subject; ", so kann er …" opens a main clause instead. */
const SO = /(?<=[,“”"»«]\s*)so(?=\s+(?:(?:der|die|das|ein|eine|sein|seine|ihr|ihre)\s|\p{Lu}))/gu

/** A comparative clause with nothing but adverbs before its verb: "wie (bereits) berichtet", "as (previously) reported". */
const OWN_REPORT = /^\p{L}+(?:\s+(?:bereits|schon|zuvor|gestern|mehrfach|ausführlich|kürzlich|previously|earlier|already|first|widely|exclusively))*\s+\p{L}+$/iu

/** The cues in [from, to): computed once per document over the whole text, then sliced. */
export function findCues(doc: StatementDocument, from: number, to: number): Cue[] {
  return spansInRange((doc.cues ??= computeCues(doc)), from, to)
}

/** Cue types whose regexes are phrases with few first words: scanned for those words (patterns.ts, matchesAfterWordStart). */
const PHRASES: ReadonlySet<CueType> = new Set(['according', 'impersonal', 'naming'])

function computeCues(doc: StatementDocument): Cue[] {
  const { lex, masked } = doc
  const out: Cue[] = []
  const occupied = new Uint8Array(masked.length)
  const add = (type: CueType, re: RegExp | null) => {
    if (!re) return
    for (const m of PHRASES.has(type) ? matchesAfterWordStart(re, masked) : matchesIn(re, masked, 0, masked.length)) {
      const start = m.index
      const end = start + m[0].length
      if (occupied.subarray(start, end).includes(1)) continue
      // An infinitive ("to say", "zu sagen") reports nothing yet.
      if ((type === 'verb' || type === 'naming') && /(?:^|\s)(?:to|zu)\s+$/iu.test(masked.slice(Math.max(0, start - 4), start))) continue
      // English plurals look like verbs: "rejected reports that …", "the U.S. states", "media claims".
      if (type === 'verb' && doc.language === 'en' && /s$/u.test(m[0]) && NOUN_BEFORE.test(masked.slice(Math.max(0, start - 30), start))) continue
      // "opposed adding provisions": "adding" reports speech only after a comma or "and" (", adding that …").
      if (type === 'verb' && doc.language === 'en' && /^adding$/iu.test(m[0]) && !/(?:[,;–—-]|\band)\s*$/u.test(masked.slice(Math.max(0, start - 6), start))) continue
      // "Citing last week’s attack as …, Will urged": a participle opening the sentence cites evidence, it names no source.
      if (type === 'according' && /^(?:citing|quoting)$/iu.test(m[0]) && /(?:^|[.!?]["”’»]?\s+|\n)\s*$/u.test(masked.slice(Math.max(0, start - 4), start))) continue
      // "Wie berichtet, soll …", "as previously reported": the paper's own earlier report names no source.
      if (type === 'locative' && OWN_REPORT.test(m[0]) && !/^\s+(?:by|in|von|durch)\s/iu.test(masked.slice(end, end + 8))) continue
      out.push({ type, start, end, text: cueText(m[0]) })
      occupied.fill(1, start, end)
    }
  }
  add('anaphoric', lex.anaphoricCue)
  add('locative', lex.locativeSource)
  add('according', lex.according)
  add('impersonal', lex.impersonal)
  add('verb', lex.speechVerb)
  // "Ich versichere, …", "sage ich Ihnen": the first person present has the Konjunktiv's form; beside "ich" it is
  // the speaker's own verb of saying.
  if (doc.language === 'de' && lex.subjunctiveSpeechVerb) {
    for (const m of matchesIn(lex.subjunctiveSpeechVerb, masked, 0, masked.length)) {
      const start = m.index
      const end = start + m[0].length
      if (occupied.subarray(start, end).includes(1)) continue
      if (!/(?:^|[^\p{L}])[Ii]ch\s+$/u.test(masked.slice(Math.max(0, start - 5), start)) && !/^\s+ich(?![\p{L}])/u.test(masked.slice(end, end + 5))) continue
      out.push({ type: 'verb', start, end, text: cueText(m[0]) })
      occupied.fill(1, start, end)
    }
  }
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
