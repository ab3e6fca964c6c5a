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
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createActorMatcher } from '../src/main/core/actors/matcher'
import { defaultSeed } from '../src/main/core/actors/seed'
import { extractStatements } from '../src/main/core/statements'
import { actorCheck, DATA, FILES, loadGold, predictionJson, score } from '../test/fixtures/attribution/real-text'

type Figures = Record<string, number | string>

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
      if (!existsSync(join(DATA, `${file}.jsonl`))) continue
      const items = loadGold(file)
      let bytes = 0
      const before = process.cpuUsage()
      const predictions = new Map(items.map((it) => {
        bytes += Buffer.byteLength(it.text)
        return [it.id, extractStatements(it.text, matcher, { language: it.lang, date: articleDate(it.meta) })] as const
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

function pad(s: string, n: number): string {
  return s.padEnd(n)
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

/** The article's date as the data gives it: a day (PolNeAR) or only a year (redewiedergabe: ISO 8601 "1849"). */
function articleDate(meta: { date?: string; year?: string } | undefined): string | null {
  if (meta?.date) return meta.date
  return meta?.year && /^\d{4}$/u.test(meta.year) ? meta.year : null
}
