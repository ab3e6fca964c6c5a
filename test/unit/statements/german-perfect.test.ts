import { describe, expect, it } from 'vitest'
import { createActorMatcher } from '../../../src/main/core/actors/matcher'
import { defaultSeed } from '../../../src/main/core/actors/seed'
import { extractStatements } from '../../../src/main/core/statements'

const matcher = createActorMatcher(defaultSeed().actors)
const found = (text: string) => extractStatements(text, matcher, { language: 'de' }).map((s) => [s.quote, s.actorId])

describe('German perfect: the object before the participle', () => {
  it('is the content of a demand, or its infinitive clause after the participle', () => {
    expect(found('Die Bundesregierung hat mehr Geld für die Bundeswehr gefordert.')).toEqual([['mehr Geld für die Bundeswehr', 'de-gov']])
    expect(found('Russland hat die USA aufgefordert, die Sanktionen aufzuheben.')).toEqual([['die Sanktionen aufzuheben', 'ru-gov']])
    expect(found('Die Bundesregierung hatte gefordert, die Sanktionen aufzuheben.')).toEqual([['die Sanktionen aufzuheben', 'de-gov']])
    // After a fronted phrase, whose place is no subject.
    expect(found('Nach den Unruhen in Kasachstan hat das russische Außenministerium eine unabhängige Untersuchung gefordert.')).toEqual([['eine unabhängige Untersuchung', 'ru-mfa']])
  })

  it('is the content of a judgement with "als", as after a finite verb', () => {
    expect(found('Die Europäische Union hat die Wahl in Belarus als weder frei noch fair bezeichnet.')).toEqual([['die Wahl in Belarus als weder frei noch fair', 'eu']])
    // Without the complement the verb names an act: "hat die Angriffe kritisiert".
    expect(found('Die Bundesregierung hat die Angriffe kritisiert.')).toEqual([])
  })

  it('leaves out a subject after the auxiliary, and the auxiliary from an unregistered subject', () => {
    expect(found('Am Montag hat die Bundesregierung mehr Geld für die Bundeswehr gefordert.')).toEqual([['mehr Geld für die Bundeswehr', 'de-gov']])
    const [s] = extractStatements('Die Opposition hat gefordert, dass der Minister zurücktritt.', matcher, { language: 'de' })
    expect(s.speaker).toBe('Die Opposition')
  })
})

describe('"sprach von …"', () => {
  it('gives the characterisation as the content, not a place, and keeps a quoted one a partial quote', () => {
    expect(found('Das belarussische Außenministerium sprach von einem Putschversuch.')).toEqual([['von einem Putschversuch', 'by-mfa']])
    expect(found('Der Präsident sprach von Kiew aus zu den Soldaten.')).toEqual([])
    const [s] = extractStatements('Das belarussische Außenministerium sprach von einem „Staatsstreich“.', matcher, { language: 'de' })
    expect(s).toMatchObject({ kind: 'partial', quote: 'Staatsstreich' })
  })
})

