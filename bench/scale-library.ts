/**
 * A generated library for the scale benchmark: the library bench's articles (library-corpus.ts, German,
 * English and Russian) stored through ArticleStore.add, with statements of realistic shape written
 * through StatementStore (actors and persons of the seed, every kind and review state, speakers or none),
 * a few per article. Statements are made up rather than found by the engine: reading 100,000 articles
 * would take the engine many minutes, and the queries measured depend on the rows' shape, not wording.
 * `BENCH_SCALE_FILE=path` keeps the library there and reuses it.
 */
import { existsSync } from 'node:fs'
import type { ReviewState, StatementKind } from '../src/shared/api'
import { createServices, type Services } from '../src/main/core/services'
import { prepareCapture } from '../src/main/core/library/capture'
import { generateArticles, seededRng } from './library-corpus'

const BATCH = 1000
const KINDS: StatementKind[] = ['direct', 'direct', 'reported', 'reported', 'partial']
const REVIEW: ReviewState[] = ['unreviewed', 'unreviewed', 'unreviewed', 'unreviewed', 'unreviewed', 'unreviewed', 'confirmed', 'rejected']

/** Opens the library at `file`, generating `articles` articles with statements first when it is new. */
export function openScaleLibrary(file: string, articles: number, log: (line: string) => void): { services: Services; generatedMs: number | null } {
  const fresh = !existsSync(file)
  const services = createServices({ libraryPath: file, importWorkers: 1 })
  if (!fresh) return { services, generatedMs: null }
  const started = performance.now()
  const rng = seededRng(7)
  const actorIds = services.actors.list().map((a) => a.id)
  const personIds = services.persons.list().map((p) => p.id)
  const stream = generateArticles(20240305)
  const encoder = new TextEncoder()
  for (let done = 0; done < articles; done += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, articles - done) }, () => stream.next().value!)
    services.articles.batch(() => {
      batch.forEach((a, i) => {
        const capture = prepareCapture(encoder.encode(a.html), { fileName: 'page.html', mediaType: 'text/html' })
        const added = services.articles.add(a.extracted, capture, `/bench/${done + i}.html`)
        if (added.status !== 'imported') return
        const text = a.extracted.text.trim()
        const count = Math.floor(rng() * 6)
        for (let k = 0; k < count; k++) {
          const start = Math.floor(rng() * Math.max(1, text.length - 200))
          const end = start + 40 + Math.floor(rng() * 150)
          // Skewed like a real library: a few bodies say most, many say little.
          const actorId = rng() < 0.6 ? actorIds[Math.floor(rng() ** 3 * actorIds.length)] : null
          const named = actorId !== null || rng() < 0.4
          services.statements.insert(added.articleId, text, {
            quote: text.slice(start, end),
            kind: KINDS[Math.floor(rng() * KINDS.length)],
            start,
            end,
            cue: 'said',
            speaker: named ? 'the ministry' : null,
            speakerStart: null,
            speakerEnd: null,
            referent: null,
            channel: rng() < 0.1 ? 'dpa' : null,
            personId: rng() < 0.1 ? personIds[Math.floor(rng() * personIds.length)] : null,
            actorId,
            confidence: Math.round(rng() * 100) / 100,
            needsReview: actorId === null,
            reasons: ['generated for the benchmark'],
            review: REVIEW[Math.floor(rng() * REVIEW.length)],
          })
        }
      })
    })
    if ((done / BATCH) % 10 === 9) log(`  ${(done + BATCH).toLocaleString('en')} articles`)
  }
  services.db.pragma('wal_checkpoint(TRUNCATE)')
  return { services, generatedMs: performance.now() - started }
}
