/**
 * Minimum quality on the gold passages (test/fixtures/statements), with the shipped actor registry, so that
 * a regression in the engine or the registry fails CI. The thresholds sit below the measured figures
 * (see bench/statements.ts) with some room, at or above the targets: direct quotes F1 ≥ 0.9 with the right
 * actor, reported speech F1 ≥ 0.7, misattributions near zero.
 */
import { describe, expect, it } from 'vitest'
import { createActorMatcher } from '../../../src/main/core/actors/matcher'
import { defaultSeed } from '../../../src/main/core/actors/seed'
import { extractStatements } from '../../../src/main/core/statements'
import { LANGUAGES, loadPassages, score } from '../../fixtures/statements/evaluate'

const matcher = createActorMatcher(defaultSeed().actors)

describe.each(LANGUAGES)('gold passages, %s', (language) => {
  const passages = loadPassages(language)
  const s = score(passages, (p) => extractStatements(p.text, matcher, { language }))

  it('has enough passages of every kind to mean something', () => {
    expect(passages.length).toBeGreaterThanOrEqual(25)
    for (const kind of ['direct', 'partial', 'reported'] as const) expect(s.byKind[kind].spans.gold).toBeGreaterThanOrEqual(8)
  })

  it('finds direct quotes with the right actor (F1 ≥ 0.9)', () => {
    expect(s.byKind.direct.attributed.f1).toBeGreaterThanOrEqual(0.9)
  })

  it('finds reported speech (span F1 ≥ 0.85, with the right actor ≥ 0.75) and partial quotes (span F1 ≥ 0.8)', () => {
    expect(s.byKind.reported.spans.f1).toBeGreaterThanOrEqual(0.85)
    expect(s.byKind.reported.attributed.f1).toBeGreaterThanOrEqual(0.75)
    expect(s.byKind.partial.spans.f1).toBeGreaterThanOrEqual(0.8)
  })

  it('hardly ever gives a statement to the wrong actor', () => {
    expect(s.misattributions).toBeLessThanOrEqual(1)
    // These passages predate the real-text conventions (news-dev, PolNeAR) that demands and accusations with
    // content ("urged Russia to de-escalate", "accused Western media of one-sided coverage", "призвал отвести
    // войска", "warned against outside interference") are statements and that each sentence of a Konjunktiv chain
    // is one; their gold lacks those, so a few correct attributions count as spurious here (11 in English, each
    // looked at). Misattributions stay at zero.
    expect(s.spuriousAttributions).toBeLessThanOrEqual(12)
  })

  it('keeps offsets exact', () => {
    for (const p of passages) for (const c of extractStatements(p.text, matcher, { language })) expect(p.text.slice(c.start, c.end)).toBe(c.quote)
  })
})
