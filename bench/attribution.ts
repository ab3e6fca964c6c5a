/**
 * Statements and speakers on real text nobody here wrote: the annotated files of
 * ../shared/data/attribution-dev/ (news-dev: present-day de/en/ru news labelled with speaker, person and body;
 * redewiedergabe: German press; PolNeAR: English political news; adaq: Russian sentences), scored with the
 * shared scorer (../shared/bench/score-attribution.mjs) per file and language: quote P/R/F1, lenient speaker
 * accuracy on matched statements and end-to-end F1 (quote and speaker right).
 *
 * Actors: where the gold names the body a speaker speaks for (news-dev's speaker_org / speaker_name), every
 * matched statement that Parallax gave an actor is checked against it with the registry's own matcher; an actor
 * the gold body does not name is a wrong actor (the worst error in a printed comparison).
 *
 * `npm run bench -- attribution`; `PARALLAX_BENCH_DUMP=dir` also writes each file's predictions there.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createActorMatcher } from '../src/main/core/actors/matcher'
import { defaultSeed } from '../src/main/core/actors/seed'
import type { ActorMatcher } from '../src/main/core/actors/types'
import { extractStatements, type StatementCandidate } from '../src/main/core/statements'

type Figures = Record<string, number | string>

const DATA = fileURLToPath(new URL('../../shared/data/attribution-dev/', import.meta.url))
const SCORER = fileURLToPath(new URL('../../shared/bench/score-attribution.mjs', import.meta.url))
const FILES = ['news-dev', 'redewiedergabe-de-dev', 'polnear-en-dev', 'adaq-ru-dev']

interface GoldStatement {
  quote: string
  speaker: string | null
  speaker_name?: string | null
  speaker_org?: string | null
}
interface GoldItem {
  id: string
  lang: string
  text: string
  statements: GoldStatement[]
}
interface Scored {
  goldStatements: number
  predStatements: number
  quote: { P: number; R: number; F1: number }
  speakerOnMatched: { lenientAcc: number | null }
  endToEnd: { P: number; R: number; F1: number }
}

export async function run(): Promise<Figures> {
  const figures: Figures = {}
  if (!existsSync(DATA)) {
    console.log(`   ${DATA} not found: skipped`)
    return figures
  }
  const matcher = createActorMatcher(defaultSeed().actors)
  const work = mkdtempSync(join(tmpdir(), 'parallax-attr-'))
  const dump = process.env.PARALLAX_BENCH_DUMP
  console.log(pad('file / lang', 28) + pad('gold', 6) + pad('pred', 6) + pad('quote P/R/F1', 20) + pad('speaker', 9) + pad('end-to-end F1', 15) + 'actors (wrong/given/checked)')
  try {
    for (const file of FILES) {
      const path = join(DATA, `${file}.jsonl`)
      if (!existsSync(path)) continue
      const items = readJsonl(path)
      let bytes = 0
      const before = process.cpuUsage()
      const predictions = new Map(items.map((it) => {
        bytes += Buffer.byteLength(it.text)
        return [it.id, extractStatements(it.text, matcher, { language: it.lang })] as const
      }))
      const used = process.cpuUsage(before)
      figures[`${file}.MBps`] = round(bytes / 1e6 / ((used.user + used.system) / 1e6))
      if (dump) writeFileSync(join(dump, `${file}.pred.jsonl`), items.map((it) => JSON.stringify({ id: it.id, statements: predictions.get(it.id)!.map(predictionJson(matcher)) })).join('\n') + '\n')
      const languages = [...new Set(items.map((i) => i.lang))].sort()
      for (const lang of languages.length > 1 ? [...languages, 'all'] : languages) {
        const subset = lang === 'all' ? items : items.filter((i) => i.lang === lang)
        const s = score(work, subset, predictions, matcher)
        const a = actorCheck(subset, predictions, matcher)
        const key = `${file}.${lang}`
        figures[`${key}.quoteF1`] = s.quote.F1
        figures[`${key}.speakerAcc`] = s.speakerOnMatched.lenientAcc ?? 0
        figures[`${key}.endToEndF1`] = s.endToEnd.F1
        figures[`${key}.actorsGiven`] = a.given
        figures[`${key}.actorsWrong`] = a.wrong
        console.log(
          pad(`${file} ${lang}`, 28) + pad(String(s.goldStatements), 6) + pad(String(s.predStatements), 6) +
            pad(`${s.quote.P.toFixed(2)}/${s.quote.R.toFixed(2)}/${s.quote.F1.toFixed(2)}`, 20) +
            pad((s.speakerOnMatched.lenientAcc ?? 0).toFixed(2), 9) + pad(s.endToEnd.F1.toFixed(2), 15) +
            (a.checked ? `${a.wrong}/${a.given}/${a.checked}` : `–/${a.given}`),
        )
        for (const w of a.examples.slice(0, Number(process.env.PARALLAX_BENCH_SHOW ?? 0))) console.log(`      wrong: ${w}`)
      }
      console.log(`   ${file}: ${(bytes / 1e6).toFixed(2)} MB at ${figures[`${file}.MBps`]} MB/s`)
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  return figures
}

/** The prediction as scored: the mention as written, followed by whom it refers to when that differs. */
function predictionJson(matcher: ActorMatcher) {
  return (s: StatementCandidate) => ({ quote: s.quote, speaker: speakerText(s, matcher), actor: s.actorId, kind: s.kind })
}

function speakerText(s: StatementCandidate, matcher: ActorMatcher): string | null {
  if (!s.speaker) return s.actorId ? (matcher.actor(s.actorId)?.name ?? null) : null
  return s.referent && s.referent !== s.speaker ? `${s.speaker} (${s.referent})` : s.speaker
}

function score(work: string, items: readonly GoldItem[], predictions: Map<string, StatementCandidate[]>, matcher: ActorMatcher): Scored {
  const gold = join(work, 'gold.jsonl')
  const pred = join(work, 'pred.jsonl')
  writeFileSync(gold, items.map((i) => JSON.stringify(i)).join('\n') + '\n')
  writeFileSync(pred, items.map((i) => JSON.stringify({ id: i.id, statements: predictions.get(i.id)!.map(predictionJson(matcher)) })).join('\n') + '\n')
  const r = spawnSync(process.execPath, [SCORER, gold, pred], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`scorer failed: ${r.stderr}`)
  return JSON.parse(r.stdout) as Scored
}

const tokens = (s: string | null | undefined) => (s ?? '').toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []

function overlap(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0
  const bag = new Map<string, number>()
  for (const x of a) bag.set(x, (bag.get(x) ?? 0) + 1)
  let n = 0
  for (const x of b) if ((bag.get(x) ?? 0) > 0) { n++; bag.set(x, bag.get(x)! - 1) }
  return (2 * n) / (a.length + b.length)
}

/**
 * Matched statements with an actor, checked against the gold's body: the actor is right when the registry's
 * matcher finds it (or, for a person, their body) in the gold speaker_org / speaker_name / speaker.
 */
function actorCheck(items: readonly GoldItem[], predictions: Map<string, StatementCandidate[]>, matcher: ActorMatcher) {
  let given = 0
  let checked = 0
  let wrong = 0
  const examples: string[] = []
  for (const item of items) {
    const preds = predictions.get(item.id)!
    const pairs: [number, number, number][] = []
    item.statements.forEach((g, i) => preds.forEach((p, j) => {
      const f = overlap(tokens(g.quote), tokens(p.quote))
      if (f >= 0.5) pairs.push([f, i, j])
    }))
    pairs.sort((a, b) => b[0] - a[0])
    const usedG = new Set<number>()
    const usedP = new Set<number>()
    for (const [, i, j] of pairs) {
      if (usedG.has(i) || usedP.has(j)) continue
      usedG.add(i)
      usedP.add(j)
      const p = preds[j]
      if (!p.actorId) continue
      given++
      const g = item.statements[i]
      if (!('speaker_org' in g)) continue
      checked++
      const goldText = [g.speaker_org, g.speaker_name, g.speaker].filter(Boolean).join('; ')
      const goldActors = new Set(matcher.findMentions(goldText, item.lang).map((m) => m.actorId))
      const predicted = matcher.actor(p.actorId)
      const ok = goldActors.has(p.actorId) || (!!predicted?.affiliation && goldActors.has(predicted.affiliation))
      if (!ok) {
        wrong++
        examples.push(`${item.id}: ${p.actorId} for «${p.quote.slice(0, 60)}» (gold: ${goldText})`)
      }
    }
  }
  return { given, checked, wrong, examples }
}

function readJsonl(path: string): GoldItem[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldItem)
}

function pad(s: string, n: number): string {
  return s.padEnd(n)
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
