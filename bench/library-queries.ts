/**
 * A varied, reproducible query set for the library benchmark: common and rare words in their base
 * and inflected forms, names, quoted phrases, prefixes, several words, Cyrillic, and some with
 * filters and other orders, drawn from the corpus's own vocabulary (library-corpus.ts).
 */
import type { SearchQuery, SortOrder } from '../src/shared/api'
import { LANGUAGES, seededRng, type Rng } from './library-corpus'

/** Inflected forms the corpus does not contain as such: word forms must find their base forms. */
const INFLECTED = [
  'governments', 'ministries', 'negotiated', 'sanction', 'talk', 'elections', 'attacks', 'drones', 'borders', 'refugee',
  'Regierungen', 'Ministerien', 'Sanktion', 'Verhandlung', 'Grenzen', 'Angriffe', 'Drohnen', 'Kriege', 'Wahlen', 'Krieges',
  'санкциям', 'переговорах', 'министра', 'правительства', 'границы', 'войны', 'выборах', 'Москвы', 'Лаврова', 'Захаровой',
  'Казахстан', 'Unruhen', 'Außenministeriums', 'Aussenministerium', 'ёлки',
]

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]
const SORTS: SortOrder[] = ['date-desc', 'date-asc', 'imported-desc', 'title']

export function variedQueries(count: number, tagId: number, sourceIds: number[]): SearchQuery[] {
  const rng = seededRng(99)
  const queries: SearchQuery[] = []
  while (queries.length < count) {
    const kit = pick(rng, LANGUAGES)
    const r = rng()
    let text: string
    // A few function words: the most common words of all, matching most articles, the costliest to rank.
    if (r < 0.04) text = pick(rng, kit.functionWords)
    else if (r < 0.4) text = pick(rng, kit.contentWords)
    else if (r < 0.55) text = pick(rng, INFLECTED)
    else if (r < 0.63) text = pick(rng, kit.names)
    else if (r < 0.72) text = `"${pick(rng, kit.phrases)}"`
    else if (r < 0.84) text = `${pick(rng, kit.contentWords).slice(0, 3 + Math.floor(rng() * 4))}*`
    else text = `${pick(rng, kit.contentWords)} ${pick(rng, [...kit.contentWords, ...kit.names])}`
    const query: SearchQuery = { text }
    const f = rng()
    if (f < 0.08) query.languages = [kit.code]
    else if (f < 0.12) query.tagIds = [tagId]
    else if (f < 0.15) query.sourceIds = sourceIds
    else if (f < 0.2) Object.assign(query, { from: '2019-01-01', to: '2020-12-31' })
    if (rng() < 0.15) query.sort = pick(rng, SORTS)
    queries.push(query)
  }
  return queries
}
