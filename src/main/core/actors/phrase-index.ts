/**
 * All phrases the matcher knows (actor aliases, country names/adjectives/capitals, body terms),
 * compiled to token patterns and indexed by every form of their first word, so a text is scanned
 * in one pass: one map lookup per token, and a few slot checks where a phrase may start.
 */
import { CaseRule, FORM_GEN, type Lang, type Pattern } from './inflect'
import { Gap, type Token } from './tokenize'
import type { ActorKind } from './types'

export type UnitType =
  /** A country adjective: "russisch", "Russian", "российский". */
  | 'adj'
  /** A country name: "Russland", "Russia", "Российская Федерация", "РФ". */
  | 'country'
  | 'capital'
  /** A term naming a kind of body, needing a country: "Außenministerium", "МИД", "government". */
  | 'body'
  /** An alias that names one actor on its own (a name or a metonym). */
  | 'name'
  /** A word referring back to a body: "das Ministerium", "ведомство". */
  | 'generic'

export interface Entry {
  type: UnitType
  pattern: Pattern
  language: Lang | null
  /** Country of adj/country/capital entries. */
  iso: string | null
  /** Kind of body/generic entries. */
  kind: ActorKind | null
  /** The actor of a name entry, or of a body alias that belongs to one actor. */
  actorId: string | null
  via: 'name' | 'alias' | 'metonym'
  confidence: number
  /** A body term naming an officeholder ("Premier") rather than the body. */
  office?: boolean
}

/** One phrase found in a text: tokens [first, last]. */
export interface Unit {
  entry: Entry
  first: number
  last: number
  /** The head is in a form that can be a genitive complement ("Russlands", "России", "РФ"). */
  genitive: boolean
  possessive: boolean
}

export class PhraseIndex {
  private readonly byFirstForm = new Map<string, Entry[]>()

  add(entry: Entry): void {
    for (const form of entry.pattern.slots[0].forms.keys()) {
      const list = this.byFirstForm.get(form)
      if (list) list.push(entry)
      else this.byFirstForm.set(form, [entry])
    }
  }

  /** Every phrase occurrence in the tokens (overlapping ones included), in token order. */
  scan(tokens: readonly Token[]): Unit[] {
    const units: Unit[] = []
    for (let i = 0; i < tokens.length; i++) {
      const entries = this.byFirstForm.get(tokens[i].norm)
      if (!entries) continue
      for (const entry of entries) {
        const unit = matchAt(entry, tokens, i)
        if (unit) units.push(unit)
      }
    }
    return units
  }
}

function caseFits(rule: CaseRule, token: Token): boolean {
  return rule === CaseRule.Any || (rule === CaseRule.Upper ? token.upper : token.caps)
}

function matchAt(entry: Entry, tokens: readonly Token[], i: number): Unit | null {
  const { slots, head } = entry.pattern
  if (i + slots.length > tokens.length) return null
  let headFlags = 0
  for (let j = 0; j < slots.length; j++) {
    const slot = slots[j]
    const token = tokens[i + j]
    const flags = slot.forms.get(token.norm)
    if (flags === undefined || !caseFits(slot.caseRule, token)) return null
    // Words the alias writes together must not be split by punctuation in the text.
    if (j > 0 && slot.gap !== Gap.Break && token.gap === Gap.Break) return null
    if (token.possessive && j < slots.length - 1 && !slot.possessive) return null
    if (j === head) headFlags = flags
  }
  const last = tokens[i + slots.length - 1]
  return { entry, first: i, last: i + slots.length - 1, genitive: (headFlags & FORM_GEN) !== 0, possessive: last.possessive }
}
