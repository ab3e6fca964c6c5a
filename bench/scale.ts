/**
 * A library at scale (100,000 generated articles with ~250,000 statements, scale-library.ts): the
 * Statements view's first page and counts under every filter, deep pages, the duplicate check, deleting
 * an article, building a comparison over a year, and `parallax list` starting on an empty library.
 * Targets (issue 12): statements first page < 50 ms, duplicate check and delete < 10 ms, compare first
 * screen < 300 ms, `parallax list` < 100 MB and < 0.5 s.
 * `BENCH_SCALE_FILE=path` keeps the generated library there and reuses it; `BENCH_SCALE_ARTICLES=n`.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { join } from 'node:path'
import { pageRowCount, type ComparisonSpecInput, type StatementFilter } from '../src/shared/api'
import { ComparisonService } from '../src/main/core/compare/comparison-service'
import type { Services } from '../src/main/core/services'
import { decompressCapture, prepareCapture } from '../src/main/core/library/capture'
import { openLibraryServices } from '../src/main/core/library-services'
import { StatementStore } from '../src/main/core/statements/statement-store'
import { openScaleLibrary } from './scale-library'

const ARTICLES = Number(process.env['BENCH_SCALE_ARTICLES'] ?? 100_000)
const ROUNDS = 5

type Figures = Record<string, number | string>

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = (n: number) => Math.round(n * 10) / 10
const key = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/gu, '_').replace(/^_|_$/gu, '')

function time(work: () => unknown): number {
  const started = performance.now()
  work()
  return performance.now() - started
}

export async function run(): Promise<Figures> {
  const kept = process.env['BENCH_SCALE_FILE']
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-scale-'))
  const file = kept ?? join(dir, 'library.sqlite')
  const figures: Figures = {}
  try {
    console.log(`library of ${ARTICLES.toLocaleString('en')} articles${kept && existsSync(kept) ? ` (reused: ${kept})` : ' (generating …)'}`)
    const { services, generatedMs } = openScaleLibrary(file, ARTICLES, console.log)
    if (generatedMs !== null) console.log(`  generated in ${(generatedMs / 1000).toFixed(0)} s`)
    try {
      const { articles, db } = services
      const total = db.prepare('SELECT count(*) FROM statements').pluck().get() as number
      console.log(`${articles.info().articleCount.toLocaleString('en')} articles, ${total.toLocaleString('en')} statements`)
      figures['statements'] = total

      // The Statements view: its first page (100 rows) and counts under the filters an analyst uses.
      const busiest = db.prepare('SELECT actor_id FROM statements WHERE actor_id IS NOT NULL GROUP BY actor_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as string
      const rare = db.prepare('SELECT actor_id FROM statements WHERE actor_id IS NOT NULL GROUP BY actor_id ORDER BY count(*) LIMIT 1').pluck().get() as string
      const pages: [string, StatementFilter][] = [
        ['statements attributed, first page', { queue: 'attributed' }],
        ['statements needs speaker, first page', { queue: 'needs-speaker' }],
        ['statements all, first page', {}],
        ['statements busiest actor, first page', { actorIds: [busiest], queue: 'attributed' }],
        ['statements rarest actor, first page', { actorIds: [rare] }],
        ['statements reported, German, first page', { kinds: ['reported'], language: 'de' }],
        ['statements 2020, first page', { from: '2020-01-01', to: '2020-12-31', queue: 'attributed' }],
        ['statements by confidence, first page', { sort: 'confidence-desc', queue: 'attributed' }],
        ['statements oldest first, first page', { sort: 'date-asc' }],
        ['statements words, first page', { text: 'sanctions' }],
        ['statements attributed, offset 10,000', { queue: 'attributed', offset: 10_000 }],
        ['statements attributed, offset 100,000', { queue: 'attributed', offset: 100_000 }],
      ]
      // Each round with a fresh store: the store keeps counts until the library changes, and a first
      // look at a filter must not be measured from that cache. The next page then reuses its count.
      const fresh = () => new StatementStore(db, services.tags)
      console.log('\nStatements view (median of 5, each on a fresh store: list page of 100 with its total, the three counts, then the next page):')
      for (const [label, filter] of pages) {
        const list = median(Array.from({ length: ROUNDS }, () => time(() => fresh().list({ limit: 100, ...filter }))))
        const counts = median(Array.from({ length: ROUNDS }, () => time(() => fresh().counts(filter))))
        const next = median(
          Array.from({ length: ROUNDS }, () => {
            const store = fresh()
            store.list({ limit: 100, ...filter })
            return time(() => store.list({ limit: 100, ...filter, offset: (filter.offset ?? 0) + 100 }))
          }),
        )
        console.log(`  ${ms(list).toFixed(1).padStart(7)} ms list  ${ms(counts).toFixed(1).padStart(7)} ms counts  ${ms(next).toFixed(1).padStart(7)} ms next page  ${label}`)
        figures[`${key(label)}_ms`] = ms(list)
        figures[`${key(label)}_counts_ms`] = ms(counts)
        figures[`${key(label)}_next_page_ms`] = ms(next)
      }

      // A duplicate import: the newest article's capture again (found by its SHA-256, then the article
      // using it; the newest, so that a scan of the articles would have to read them all).
      const newest = db
        .prepare('SELECT a.id, c.compression, c.bytes FROM articles a JOIN captures c ON c.id = a.capture_id ORDER BY a.id DESC LIMIT 1')
        .get() as { id: number; compression: string; bytes: Uint8Array }
      const capture = prepareCapture(decompressCapture(newest.compression, newest.bytes), { fileName: 'page.html', mediaType: 'text/html' })
      const stored = articles.get(newest.id)!
      const again = { ...stored, siteName: stored.siteName, byline: stored.byline, excerpt: null, cleanHtml: '', mediaType: 'text/html' as const }
      const added = articles.add(again as never, capture, '/bench/again.html')
      if (added.status !== 'duplicate' || added.reason !== 'capture') throw new Error(`the same capture was not found again: ${JSON.stringify(added)}`)
      const duplicate = median(Array.from({ length: ROUNDS }, () => time(() => articles.add(again as never, capture, '/bench/again.html'))))
      console.log(`\nduplicate check (same capture): ${ms(duplicate)} ms`)
      figures['duplicate_check_ms'] = ms(duplicate)

      // Deleting articles (with their statements, capture and FTS rows), in a transaction rolled back after.
      const ids = db.prepare('SELECT id FROM articles ORDER BY id DESC LIMIT 5').pluck().all() as number[]
      const deletes: number[] = []
      db.exec('SAVEPOINT bench_delete')
      for (const id of ids) deletes.push(time(() => articles.remove(id)))
      db.exec('ROLLBACK TO bench_delete; RELEASE bench_delete')
      console.log(`delete one article: ${ms(median(deletes))} ms`)
      figures['delete_article_ms'] = ms(median(deletes))

      // A comparison of the two busiest bodies over a year, and over a broad search (every article about sanctions).
      Object.assign(figures, await compareFigures(services))
    } finally {
      await services.close()
    }

    Object.assign(figures, await cliStart(dir))
    return figures
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The Compare view's first screen (overview and the first page of about 40 cards, on a fresh service so
 * nothing is remembered), every page after it, the recurring phrases, and the comparison built whole
 * (what the exports build), with the JSON each sends to the window.
 */
async function compareFigures(services: Services): Promise<Figures> {
  const { db } = services
  const figures: Figures = {}
  const top = db.prepare('SELECT actor_id FROM statements WHERE actor_id IS NOT NULL GROUP BY actor_id ORDER BY count(*) DESC LIMIT 2').pluck().all() as string[]
  // Each fresh service's phrase worker is stopped at the end.
  const made: ComparisonService[] = []
  const fresh = () => {
    const service = new ComparisonService(db, services.events)
    made.push(service)
    return service
  }
  const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value))
  const cpu = (work: () => unknown) => {
    const before = process.cpuUsage()
    work()
    const used = process.cpuUsage(before)
    return (used.user + used.system) / 1000
  }
  console.log('\nCompare, two busiest bodies (median of 3; first screen and pages on a fresh service each round):')
  for (const [name, scope] of [
    ['year', { from: '2020-01-01', to: '2020-12-31' }],
    ['query', { query: 'sanction*' }],
  ] as const) {
    const spec: ComparisonSpecInput = { actorIds: top, scope, layout: 'timeline' }
    let firstBytes = 0
    const firsts: number[] = []
    for (let round = 0; round < 3; round++) {
      const service = fresh()
      firsts.push(
        await timeAsync(async () => {
          const overview = await service.overview(spec)
          const page = await service.page(spec, { offset: 0, limit: pageRowCount(overview, 0) })
          firstBytes = bytes(overview) + bytes(page)
        }),
      )
    }
    const first = median(firsts)
    const service = fresh()
    const overview = await service.overview(spec)
    const pages = async () => {
      for (let offset = 0; offset < overview.rows.length; ) {
        const limit = pageRowCount(overview, offset)
        await service.page(spec, { offset, limit })
        offset += limit
      }
    }
    const allPageRuns: number[] = []
    for (let round = 0; round < 3; round++) allPageRuns.push(await timeAsync(pages))
    const allPages = median(allPageRuns)
    // The phrases on one service (its term layer read once, as in the app), a new title each round so
    // no result is remembered: the whole wait, and the main thread's CPU time in it (reading the cards'
    // words in chunks and posting them; the worker's time is not main's).
    const phraseService = fresh()
    const phraseRuns: { total: number; main: number }[] = []
    for (let round = 0; round < 4; round++) {
      // As the view asks: the overview first (its statement ids are what the phrases read), then the phrases.
      await phraseService.overview({ ...spec, title: `round ${round}` })
      const started = performance.now()
      const main = await mainCpu(() => phraseService.phrases({ ...spec, title: `round ${round}` }))
      if (round > 0) phraseRuns.push({ total: performance.now() - started, main })
    }
    await phraseService.close()
    const phrases = median(phraseRuns.map((r) => r.total))
    const phrasesMain = median(phraseRuns.map((r) => r.main))
    let wholeBytes = 0
    const whole = median(Array.from({ length: 3 }, () => time(() => (wholeBytes = bytes(services.comparisons.build(spec))))))
    const wholeCpu = cpu(() => services.comparisons.build(spec))
    const firstService = fresh()
    const firstCpu = await mainCpu(async () => {
      await firstService.page(spec, { offset: 0, limit: pageRowCount(await firstService.overview(spec), 0) })
    })
    const csv = median(Array.from({ length: 3 }, () => time(() => services.comparisons.csv(spec))))
    // Each export's CPU rendered in-process (one run), as the CLI renders them: built whole in one
    // synchronous turn (the docx's awaits aside), which in the app's main process would hold the window
    // that long; beside it the same exports through the export worker, as the API serves them (issue 12).
    const exportCpu = {
      csv: cpu(() => services.comparisons.csv(spec)),
      json: cpu(() => services.comparisons.json(spec)),
      html: cpu(() => services.comparisons.html(spec)),
      docx: await mainCpu(() => services.comparisons.docx(spec)),
    }
    const viaWorker = await workerExports(services, spec)
    console.log(
      `  ${name}: ${overview.cardCount} cards in ${overview.rows.length} rows; first screen ${ms(first)} ms (${ms(firstCpu)} ms CPU, ${(firstBytes / 1024).toFixed(0)} KB), ` +
        `all pages ${ms(allPages)} ms, phrases ${ms(phrases)} ms (${ms(phrasesMain)} ms of main-thread CPU); whole comparison ${ms(whole)} ms (${ms(wholeCpu)} ms CPU, ${(wholeBytes / 1024).toFixed(0)} KB), CSV export ${ms(csv)} ms; ` +
        `exports' main-thread CPU in-process: CSV ${ms(exportCpu.csv)}, JSON ${ms(exportCpu.json)}, HTML ${ms(exportCpu.html)}, DOCX ${ms(exportCpu.docx)} ms; ` +
        `through the export worker (as the API serves them): ${Object.entries(viaWorker)
          .map(([format, f]) => `${format.toUpperCase()} ${ms(f.main)} ms of main's CPU (longest turn ${ms(f.turn)} ms), ready in ${ms(f.wall)} ms`)
          .join(', ')}`,
    )
    Object.assign(figures, {
      [`compare_${name}_cards`]: overview.cardCount,
      [`compare_${name}_first_screen_ms`]: ms(first),
      [`compare_${name}_first_screen_kb`]: Math.round(firstBytes / 1024),
      [`compare_${name}_all_pages_ms`]: ms(allPages),
      [`compare_${name}_phrases_ms`]: ms(phrases),
      [`compare_${name}_phrases_main_thread_ms`]: ms(phrasesMain),
      [`compare_${name}_whole_ms`]: ms(whole),
      [`compare_${name}_whole_kb`]: Math.round(wholeBytes / 1024),
      [`compare_${name}_csv_export_ms`]: ms(csv),
      ...Object.fromEntries(Object.entries(exportCpu).map(([format, used]) => [`compare_${name}_${format}_export_cpu_ms`, ms(used)])),
      ...Object.fromEntries(
        Object.entries(viaWorker).flatMap(([format, f]) => [
          [`compare_${name}_${format}_worker_export_main_cpu_ms`, ms(f.main)],
          [`compare_${name}_${format}_worker_export_longest_turn_ms`, ms(f.turn)],
          [`compare_${name}_${format}_worker_export_ms`, ms(f.wall)],
        ]),
      ),
    })
  }
  Object.assign(figures, await themesFigures(services, top, fresh))
  await Promise.all(made.map((service) => service.close()))
  return figures
}

/**
 * The themes layout's first screen as the view asks for it (the overview, which waits up to 150 ms for
 * the suggested themes, then the first page), on a fresh service each round: wall time and the main
 * thread's CPU time (best of 3; the clustering runs in the phrase worker, whose CPU is not main's), then
 * the wait until the suggested themes are there (`settled`), and the longest the main thread's event
 * loop was held meanwhile (wall time, and main's CPU time in one turn). Then the same comparison with a note edited (the library changed, the same
 * statements): how soon it is whole again.
 */
async function themesFigures(services: Services, top: string[], fresh: () => ComparisonService): Promise<Figures> {
  const figures: Figures = {}
  console.log('\nCompare, themes layout, two busiest bodies (3 rounds, a fresh service each):')
  for (const [name, scope] of [
    ['year', { from: '2020-01-01', to: '2020-12-31' }],
    ['query', { query: 'sanction*' }],
  ] as const) {
    const spec: ComparisonSpecInput = { actorIds: top, scope, layout: 'themes' }
    const runs: { first: number; firstCpu: number; settled: number; held: number; heldCpu: number; pending: boolean }[] = []
    let suggestions = 0
    for (let round = 0; round < 3; round++) {
      const service = fresh()
      const loop = monitorEventLoopDelay({ resolution: 1 })
      loop.enable()
      const ticks = mainCpuBetweenTicks()
      const started = performance.now()
      let pending = false
      const firstCpu = await mainCpu(async () => {
        const overview = await service.overview(spec)
        pending = (overview.analysing ?? 0) > 0
        await service.page(spec, { offset: 0, limit: pageRowCount(overview, 0) })
      })
      const first = performance.now() - started
      suggestions = (await service.settled(spec)).suggestions.length
      const settled = performance.now() - started
      // One more turn of the loop, so that a hold just before is recorded.
      await new Promise((resolve) => setTimeout(resolve, 5))
      loop.disable()
      runs.push({ first, firstCpu, settled, held: loop.max / 1e6, heldCpu: ticks.stop(), pending })
    }
    // A note edited on the saved comparison changes the library (every kept overview is read again)
    // but not what the themes are made of: the findings are kept by what they were found in.
    const service = fresh()
    const saved = services.comparisons.save({ ...spec, title: `bench themes ${name}` })
    await service.settled(saved.id)
    const [someone] = (await service.page(saved.id, { offset: 0, limit: 1 })).cards
    let afterNote = Number.NaN
    if (someone) {
      services.comparisons.setCardNote(saved.id, { statementId: someone.statementId, note: 'checked' })
      afterNote = await timeAsync(() => service.settled(saved.id))
    }
    services.comparisons.saved.delete(saved.id)
    const best = (pick: (r: (typeof runs)[number]) => number) => Math.min(...runs.map(pick))
    console.log(
      `  ${name}: first screen ${runs.map((r) => ms(r.first)).join(' / ')} ms (main thread ${ms(best((r) => r.firstCpu))} ms CPU, best; ` +
        `${runs.filter((r) => r.pending).length} of 3 sent pending), ${suggestions} suggested themes after ${runs.map((r) => ms(r.settled)).join(' / ')} ms, ` +
        `event loop held at most ${runs.map((r) => ms(r.held)).join(' / ')} ms (main's CPU in one turn at most ${runs.map((r) => ms(r.heldCpu)).join(' / ')} ms); ` +
        `whole again after a note ${ms(afterNote)} ms`,
    )
    Object.assign(figures, {
      [`compare_themes_${name}_first_screen_ms`]: ms(median(runs.map((r) => r.first))),
      [`compare_themes_${name}_first_screen_main_cpu_ms`]: ms(best((r) => r.firstCpu)),
      [`compare_themes_${name}_settled_ms`]: ms(median(runs.map((r) => r.settled))),
      [`compare_themes_${name}_event_loop_held_ms`]: ms(Math.max(...runs.map((r) => r.held))),
      [`compare_themes_${name}_main_cpu_one_turn_ms`]: ms(Math.max(...runs.map((r) => r.heldCpu))),
      [`compare_themes_${name}_after_note_ms`]: ms(afterNote),
    })
  }
  return figures
}

/**
 * Each export as the API serves it, built and rendered in the export worker (started and warmed by a
 * first job): the main thread's CPU time in it (checking the call, posting it, turning the bytes that come
 * back into the answer) and the wall time until the export is there; then, in a second run, the most
 * main spent between two turns of a 1 ms timer meanwhile (how long the window would wait).
 */
async function workerExports(services: Services, spec: ComparisonSpecInput): Promise<Record<string, { main: number; turn: number; wall: number }>> {
  const exports = services.comparisons.exports
  await exports.csv(spec)
  const formats: [string, () => Promise<unknown>][] = [
    ['csv', () => exports.csv(spec)],
    ['json', () => exports.json(spec)],
    ['html', () => exports.html(spec)],
    ['docx', () => exports.docx(spec)],
  ]
  const figures: Record<string, { main: number; turn: number; wall: number }> = {}
  for (const [format, run] of formats) {
    // Main's CPU and the wait measured alone: the 1 ms timer's own turns, thousands over a DOCX, would count.
    const started = performance.now()
    const main = await mainCpu(run)
    const wall = performance.now() - started
    const ticks = mainCpuBetweenTicks()
    await run()
    figures[format] = { main, turn: ticks.stop(), wall }
  }
  return figures
}

async function timeAsync(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

/**
 * The most CPU time the main thread spent between two turns of a 1 ms timer, until `stop`: the longest
 * the window would wait for main, without the time a loaded machine leaves main descheduled (which the
 * event loop's delay counts too).
 */
function mainCpuBetweenTicks(): { stop: () => number } {
  let most = 0
  let last = process.threadCpuUsage()
  let timer: NodeJS.Timeout | undefined
  const tick = () => {
    const now = process.threadCpuUsage()
    most = Math.max(most, (now.user - last.user + now.system - last.system) / 1000)
    last = now
    timer = setTimeout(tick, 1)
  }
  timer = setTimeout(tick, 1)
  return {
    stop: () => {
      clearTimeout(timer)
      return most
    },
  }
}

/** The main thread's CPU time (user + system) spent while `work` runs: workers' threads are not counted. */
async function mainCpu(work: () => Promise<unknown>): Promise<number> {
  const before = process.threadCpuUsage()
  await work()
  const used = process.threadCpuUsage(before)
  return (used.user + used.system) / 1000
}

/**
 * `parallax list` on an empty library (created beforehand, as any library the app or an import made)
 * and on a file that does not exist yet (migrated and seeded in memory): wall time and peak memory of
 * the whole process (the built CLI).
 */
async function cliStart(dir: string): Promise<Figures> {
  const cli = join(import.meta.dirname, '../out/main/cli.js')
  if (!existsSync(cli) || !existsSync('/usr/bin/time')) {
    console.log('\nparallax list: skipped (needs `npm run build` and /usr/bin/time)')
    return {}
  }
  const empty = join(dir, 'empty.sqlite')
  await openLibraryServices({ libraryPath: empty }).close()
  const measure = (library: (i: number) => string) => {
    const runs = Array.from({ length: ROUNDS }, (_, i) => {
      const report = join(dir, `time-${i}.txt`)
      execFileSync('/usr/bin/time', ['-f', '%e %M', '-o', report, process.execPath, cli, 'list', '--library', library(i)], { stdio: 'ignore' })
      const [seconds, kb] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number)
      return { ms: seconds * 1000, mb: kb / 1024 }
    })
    return { wall: median(runs.map((r) => r.ms)), mb: median(runs.map((r) => r.mb)) }
  }
  const existing = measure(() => empty)
  const missing = measure((i) => join(dir, `missing-${i}.sqlite`))
  console.log(`\nparallax list (median of ${ROUNDS}): empty library ${existing.wall.toFixed(0)} ms, ${existing.mb.toFixed(0)} MB peak; no library yet ${missing.wall.toFixed(0)} ms, ${missing.mb.toFixed(0)} MB peak`)
  return {
    cli_list_empty_ms: Math.round(existing.wall),
    cli_list_empty_mb: Math.round(existing.mb),
    cli_list_missing_ms: Math.round(missing.wall),
    cli_list_missing_mb: Math.round(missing.mb),
  }
}
