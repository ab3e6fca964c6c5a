/**
 * Statement extraction on the gold passages in test/fixtures/statements/{de,en,ru}.json (our own writing,
 * in the style of agency reports; see test/fixtures/statements/evaluate.ts for the scoring), with the real
 * actor registry (the shipped seed). Prints, per language and split (dev: used while developing; heldout:
 * looked at once the engine was done, its errors then studied; fresh: written after that and not studied)
 * and per kind:
 *   spans      precision / recall / F1 of statement spans — a prediction matches a gold statement when their
 *              word-token overlap is ≥ 50% of the longer one's tokens (one-to-one, best overlap first);
 *   attributed the same, counting a match only when the actor is right too (both unattributed counts);
 * plus misattributions (matched statements given a wrong, non-null actor) and spurious attributions
 * (unmatched predictions with an actor). Speed: MB of UTF-8 text per second of this process's CPU time
 * (best of several passes): over the passages, over one 1 MB text per language, and over the 181 real
 * article bodies of ../shared/bench/extraction (English news and blogs; no gold, so speed and counts only; with
 * PARALLAX_BENCH_DUMP=dir the statements given an actor there are written to real-articles.actors.tsv to be read).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createActorMatcher } from '../src/main/core/actors/matcher'
import { defaultSeed } from '../src/main/core/actors/seed'
import { extractStatements } from '../src/main/core/statements'
import type { ActorMatcher } from '../src/main/core/actors/types'
import { KINDS, LANGUAGES, loadPassages, score, type Passage, type Prf, type Score } from '../test/fixtures/statements/evaluate'

type Figures = Record<string, number | string>

const REAL_TEXTS = new URL('../../shared/bench/extraction/scrapinghub/ground-truth.json', import.meta.url)
const PASSES = 3

export async function run(): Promise<Figures> {
  const matcher = createActorMatcher(defaultSeed().actors)
  const figures: Figures = { matching: 'token overlap >= 0.5 of the longer span, one-to-one' }
  const all: Record<string, Passage[]> = Object.fromEntries(LANGUAGES.map((l) => [l, loadPassages(l)]))

  for (const split of ['dev', 'heldout', 'fresh', 'all'] as const) {
    console.log(`\n-- ${split} passages`)
    console.log(pad('', 12) + pad('spans P/R/F1', 20) + pad('attributed P/R/F1', 20) + 'misattr  spurious  kind-errors')
    for (const language of LANGUAGES) {
      const passages = all[language].filter((p) => split === 'all' || p.split === split)
      const s = score(passages, (p) => extractStatements(p.text, matcher, { language }))
      report(figures, `${split}.${language}`, `${language} (${passages.length})`, s)
    }
    const s = score(
      LANGUAGES.flatMap((l) => all[l].filter((p) => split === 'all' || p.split === split).map((p) => ({ ...p, language: l }))),
      (p) => extractStatements(p.text, matcher, { language: (p as Passage & { language: string }).language }),
    )
    report(figures, `${split}.all`, 'all', s)
  }

  console.log('\n-- speed (MB of UTF-8 text per CPU second, best of passes)')
  const passages = LANGUAGES.flatMap((l) => all[l].map((p) => ({ text: p.text, language: l as string })))
  figures['speed.passagesMBps'] = speed('gold passages', passages, matcher)
  for (const language of LANGUAGES) {
    const base = all[language].map((p) => p.text).join('\n\n')
    let big = ''
    while (Buffer.byteLength(big) < 1_000_000) big += base + '\n\n'
    figures[`speed.oneMegabyte.${language}MBps`] = speed(`one 1 MB ${language} text`, [{ text: big, language }], matcher)
  }
  if (existsSync(REAL_TEXTS)) {
    const real = Object.values(JSON.parse(readFileSync(fileURLToPath(REAL_TEXTS), 'utf8')) as Record<string, { articleBody: string }>).map((v) => ({
      text: v.articleBody.replace(/\n+/g, '\n\n'),
      language: 'en',
    }))
    figures['speed.realArticlesMBps'] = speed(`${real.length} real article bodies`, real, matcher)
    // No gold here: the statements given an actor are counted and, with PARALLAX_BENCH_DUMP=dir, listed with their
    // context for a person to check (the worst error is a wrong ministry, so these are the ones to read).
    const review: string[] = []
    let found = 0
    for (const r of real) {
      const statements = extractStatements(r.text, matcher, { language: r.language })
      found += statements.length
      for (const st of statements.filter((x) => x.actorId)) {
        const from = Math.max(0, Math.min(st.start, st.speakerStart ?? st.start) - 160)
        review.push(`${st.actorId}\t${st.speaker}\t${r.text.slice(from, st.end + 40).replace(/\s+/gu, ' ')}`)
      }
    }
    figures['realArticles.statements'] = found
    figures['realArticles.withActor'] = review.length
    console.log(`   ${found} statements found in the real article bodies, ${review.length} given an actor`)
    const dump = process.env.PARALLAX_BENCH_DUMP
    if (dump) writeFileSync(join(dump, 'real-articles.actors.tsv'), review.join('\n') + '\n')
  }
  return figures
}

function report(figures: Figures, key: string, label: string, s: Score): void {
  const f = (p: Prf) => `${p.precision.toFixed(2)}/${p.recall.toFixed(2)}/${p.f1.toFixed(2)}`
  console.log(pad(label, 12) + pad(f(s.spans), 20) + pad(f(s.attributed), 20) + pad(String(s.misattributions), 9) + pad(String(s.spuriousAttributions), 10) + s.kindErrors)
  for (const kind of KINDS) {
    const k = s.byKind[kind]
    if (!k.spans.gold && !k.spans.predicted) continue
    console.log(pad(`  ${kind}`, 12) + pad(f(k.spans), 20) + pad(f(k.attributed), 20) + `(gold ${k.spans.gold}, predicted ${k.spans.predicted})`)
    figures[`${key}.${kind}.spanF1`] = round(k.spans.f1)
    figures[`${key}.${kind}.attributedF1`] = round(k.attributed.f1)
  }
  figures[`${key}.spanF1`] = round(s.spans.f1)
  figures[`${key}.attributedF1`] = round(s.attributed.f1)
  figures[`${key}.misattributions`] = s.misattributions
  figures[`${key}.spuriousAttributions`] = s.spuriousAttributions
}

function speed(label: string, texts: readonly { text: string; language: string }[], matcher: ActorMatcher): number {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0)
  for (const t of texts.slice(0, 20)) extractStatements(t.text, matcher, { language: t.language })
  let best = Infinity
  for (let pass = 0; pass < PASSES; pass++) {
    const before = process.cpuUsage()
    for (const t of texts) extractStatements(t.text, matcher, { language: t.language })
    const used = process.cpuUsage(before)
    best = Math.min(best, (used.user + used.system) / 1e6)
  }
  const mbps = round(bytes / 1e6 / best)
  console.log(`   ${label}: ${(bytes / 1e6).toFixed(2)} MB in ${best.toFixed(2)} s CPU = ${mbps} MB/s`)
  return mbps
}

function pad(s: string, n: number): string {
  return s.padEnd(n)
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
