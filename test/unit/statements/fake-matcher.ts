/** A tiny actor matcher for per-pattern tests: fixed phrases per actor, and generic body words. */
import type { Actor, ActorKind, ActorMatcher, ActorMention, GenericReference } from '../../../src/main/core/actors/types'

interface FakeActor {
  id: string
  kind: ActorKind
  country: string | null
  names: string[]
  metonyms?: string[]
}

const ACTORS: FakeActor[] = [
  { id: 'ru-mfa', kind: 'foreign-ministry', country: 'ru', names: ['das russische Außenministerium', 'des russischen Außenministeriums', 'dem russischen Außenministerium', 'Russia\'s Foreign Ministry', 'the Russian Foreign Ministry', 'МИД России', 'МИД РФ'] },
  { id: 'by-mfa', kind: 'foreign-ministry', country: 'by', names: ['das belarussische Außenministerium', 'des belarussischen Außenministeriums', 'dem belarussischen Außenministerium', 'Belarus\'s Foreign Ministry', 'Belarusian Foreign Ministry', 'МИД Белоруссии'] },
  { id: 'kz-mfa', kind: 'foreign-ministry', country: 'kz', names: ['das kasachische Außenministerium', 'Kazakhstan\'s Foreign Ministry', 'МИД Казахстана'] },
  { id: 'ru-gov', kind: 'government', country: 'ru', names: [], metonyms: ['Moskau', 'Moscow', 'Москва', 'Russland', 'Russia', 'Россия'] },
  { id: 'by-gov', kind: 'government', country: 'by', names: [], metonyms: ['Minsk', 'Belarus', 'Минск'] },
  { id: 'nato', kind: 'organisation', country: null, names: ['Nato', 'NATO', 'НАТО'] },
]

const GENERIC: [RegExp, ActorKind][] = [
  [/(?<![\p{L}])(?:das |dem |des |die |der )?(?:Außenministerium|Außenministeriums)(?![\p{L}])/gu, 'foreign-ministry'],
  [/(?<![\p{L}])(?:das |dem |des |die |der )?(?:Ministerium|Ministeriums|Behörde)(?![\p{L}])/gu, 'ministry'],
  [/(?<![\p{L}])(?:the |The )?(?:[Ff]oreign [Mm]inistry|ministry)(?![\p{L}])/gu, 'ministry'],
  [/(?<![\p{L}])(?:ведомстве|ведомство|ведомства)(?![\p{L}])/gu, 'ministry'],
]

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function fakeMatcher(): ActorMatcher {
  const actors = new Map<string, Actor>(
    ACTORS.map((a) => [a.id, { id: a.id, name: a.id, kind: a.kind, country: a.country, aliases: [], origin: 'seed' }]),
  )
  const patterns = ACTORS.flatMap((a) => [
    ...a.names.map((n) => ({ re: new RegExp(`(?<![\\p{L}])${escape(n)}(?![\\p{L}])`, 'giu'), id: a.id, via: 'alias' as const })),
    ...(a.metonyms ?? []).map((n) => ({ re: new RegExp(`(?<![\\p{L}])${escape(n)}(?![\\p{L}])`, 'gu'), id: a.id, via: 'metonym' as const })),
  ])
  const findMentions = (text: string): ActorMention[] => {
    const out: ActorMention[] = []
    for (const p of patterns) {
      for (const m of text.matchAll(p.re)) {
        const start = m.index
        const end = start + m[0].length
        if (out.some((o) => start < o.end && end > o.start)) continue
        out.push({ start, end, actorId: p.id, surface: m[0], via: p.via, confidence: p.via === 'metonym' ? 0.6 : 0.95 })
      }
    }
    return out.sort((a, b) => a.start - b.start)
  }
  return {
    actor: (id) => actors.get(id),
    findMentions,
    findGenericReferences(text: string): GenericReference[] {
      const taken = findMentions(text)
      const out: GenericReference[] = []
      for (const [re, kind] of GENERIC) {
        for (const m of text.matchAll(re)) {
          const start = m.index
          const end = start + m[0].length
          if ([...taken, ...out].some((o) => start < o.end && end > o.start)) continue
          out.push({ start, end, kind, surface: m[0], office: false })
        }
      }
      return out.sort((a, b) => a.start - b.start)
    },
  }
}
