/**
 * Comparison speed: building the model (recurring phrases, timeline or themes with suggestions)
 * for growing numbers of statement cards. Quotes are the sentences of the comparison fixtures
 * (German, English, Russian news on one event), spread over 2 to 4 actors and 30 days.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildComparisonModel } from '../src/main/core/compare/build-model'
import { renderHtmlReport } from '../src/main/core/compare/export'
import { extractArticle } from '../src/main/core/extraction/extract'
import type { CompareActor, StatementCard } from '../src/shared/api'

const FIXTURES = resolve(import.meta.dirname, '../test/fixtures/compare')
const ACTORS: CompareActor[] = ['ru-mfa', 'by-mfa', 'kz-mfa', 'am-mfa'].map((id) => ({ id, name: id, country: id.slice(0, 2) }))

function sentences(): { text: string; language: string | null }[] {
  const out: { text: string; language: string | null }[] = []
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.html'))) {
    const a = extractArticle({ bytes: readFileSync(join(FIXTURES, file)), fileName: file })
    for (const s of a.text.split(/(?<=[.!?»“”"])\s+/u)) if (s.length > 40) out.push({ text: s, language: a.language })
  }
  return out
}

function cards(n: number, actors: number, pool: { text: string; language: string | null }[]): StatementCard[] {
  return Array.from({ length: n }, (_, i) => {
    const s = pool[(i * 7) % pool.length]
    const day = String(1 + ((i * 13) % 30)).padStart(2, '0')
    return {
      statementId: i + 1,
      actorId: ACTORS[i % actors].id,
      personId: null,
      quote: s.text,
      kind: 'direct',
      date: `2022-01-${day}`,
      language: s.language,
      outlet: 'Bench',
      articleId: 1 + (i % 200),
      articleTitle: 'Bench article',
      start: 0,
      end: s.text.length,
      url: 'https://bench.example/a',
      publishedAt: `2022-01-${day}T10:00:00Z`,
      capturedAt: '2022-02-01T00:00:00Z',
      captureSha256: '0'.repeat(64),
      note: null,
      translation: null,
      speaker: null,
    }
  })
}

export async function run(): Promise<Record<string, number>> {
  const pool = sentences()
  const figures: Record<string, number> = {}
  for (const n of [100, 300, 800]) {
    for (const layout of ['timeline', 'themes'] as const) {
      const input = { title: 'Unrest in Kazakhstan', scopeLabel: 'Bench', actors: ACTORS.slice(0, 4), cards: cards(n, 4, pool), layout }
      buildComparisonModel(input)
      const t0 = performance.now()
      const model = buildComparisonModel(input)
      const ms = performance.now() - t0
      const t1 = performance.now()
      renderHtmlReport(model)
      const htmlMs = performance.now() - t1
      figures[`${layout}_${n}_cards_ms`] = Math.round(ms)
      figures[`html_${layout}_${n}_cards_ms`] = Math.round(htmlMs)
      console.log(`${String(n).padStart(4)} cards, ${layout.padEnd(8)}: model ${ms.toFixed(0)} ms, HTML ${htmlMs.toFixed(0)} ms, ${model.phrases.length} phrases, ${model.suggestions.length} suggestions, ${model.rows.length} rows`)
    }
  }
  return figures
}
