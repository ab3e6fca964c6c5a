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
 * (best of several passes): over the passages, over one 1 MB text per language, and over real article bodies
 * (see realBodies; no gold, so speed and counts only; with PARALLAX_BENCH_DUMP=dir the statements given an actor
 * there are written to real-articles.actors.tsv to be read).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { createActorMatcher } from '../src/main/core/actors/matcher'
import { defaultSeed } from '../src/main/core/actors/seed'
import { extractArticle } from '../src/main/core/extraction/extract'
import { extractStatements } from '../src/main/core/statements'
import type { ActorMatcher } from '../src/main/core/actors/types'
import { KINDS, LANGUAGES, loadPassages, score, type Passage, type Prf, type Score } from '../test/fixtures/statements/evaluate'

type Figures = Record<string, number | string>

const REAL_TEXTS = new URL('../../shared/bench/extraction/scrapinghub/ground-truth.json', import.meta.url)
const GERMAN_PAGES = new URL('../../shared/bench/extraction-de/html/', import.meta.url)
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
  const review: string[] = []
  for (const set of realBodies()) {
    figures[`speed.real.${set.name}MBps`] = speed(`${set.texts.length} real ${set.name} article bodies`, set.texts, matcher)
    // No gold here: the statements given an actor are counted and, with PARALLAX_BENCH_DUMP=dir, listed with their
    // context for a person to check (the worst error is a wrong ministry, so these are the ones to read).
    let found = 0
    let withActor = 0
    for (const r of set.texts) {
      const statements = extractStatements(r.text, matcher, { language: r.language })
      found += statements.length
      for (const st of statements.filter((x) => x.actorId)) {
        const from = Math.max(0, Math.min(st.start, st.speakerStart ?? st.start) - 160)
        review.push(`${set.name}\t${st.actorId}\t${st.speaker}\t${r.text.slice(from, st.end + 40).replace(/\s+/gu, ' ')}`)
        withActor++
      }
    }
    figures[`real.${set.name}.statements`] = found
    figures[`real.${set.name}.withActor`] = withActor
    console.log(`   ${found} statements found in the real ${set.name} article bodies, ${withActor} given an actor`)
  }
  const dump = process.env.PARALLAX_BENCH_DUMP
  if (dump && review.length) writeFileSync(join(dump, 'real-articles.actors.tsv'), review.join('\n') + '\n')
  return figures
}

/**
 * Real article bodies with no gold: the English bodies of ../shared/bench/extraction (human-cleaned), and the
 * German pages of ../shared/bench/extraction-de as Parallax extracts them (only those it reads as German).
 */
function realBodies(): { name: string; texts: { text: string; language: string }[] }[] {
  const sets: { name: string; texts: { text: string; language: string }[] }[] = []
  if (existsSync(REAL_TEXTS)) {
    const bodies = Object.values(JSON.parse(readFileSync(fileURLToPath(REAL_TEXTS), 'utf8')) as Record<string, { articleBody: string }>)
    sets.push({ name: 'en', texts: bodies.map((v) => ({ text: v.articleBody.replace(/\n+/g, '\n\n'), language: 'en' })) })
  }
  if (existsSync(fileURLToPath(GERMAN_PAGES))) {
    const texts: { text: string; language: string }[] = []
    for (const file of readdirSync(GERMAN_PAGES).filter((f) => f.endsWith('.html.gz'))) {
      try {
        const page = extractArticle({ bytes: gunzipSync(readFileSync(new URL(file, GERMAN_PAGES))), fileName: file.replace(/\.gz$/u, '') })
        if (page.language === 'de') texts.push({ text: page.text.trim(), language: 'de' })
      } catch {
        // A page without article text has no statements to time.
      }
    }
    sets.push({ name: 'de', texts })
  }
  return sets
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
