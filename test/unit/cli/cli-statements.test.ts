/**
 * `parallax statements --json` and `parallax extract --jsonl`: the speaker as an object (mention as written,
 * its offsets, its referent), the actor as { id, name }, the channel and the reasons; `--queue` lists the
 * triage queue or the attributed statements.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/program'
import { createServices } from '../../../src/main/core/services'
import { planMerge } from '../../../src/main/core/statements/merge'
import type { StatementCandidate } from '../../../src/main/core/statements/types'

const ARTICLE = resolve(import.meta.dirname, '../../fixtures/statements/import/kasachstan.html')
const TEXT = 'VW-Chef Herbert Diess äußerte sich am Montag. Er sagte der dpa, die Lage sei ernst. Es hieß, alles sei ruhig.'

interface SpeakerJson {
  text: string
  start: number | null
  end: number | null
  referent: string | null
}
interface StatementJson {
  id: number
  quote: string
  speaker: SpeakerJson | null
  actor: { id: string; name: string } | null
  channel: string | null
  reasons: string[]
  start: number
  end: number
}

let dir: string
let library: string
let articleId: number

async function cli(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t), outIsTty: false, errIsTty: false, columns: undefined })
  return { code, stdout, stderr }
}

const candidate = (quote: string, extra: Partial<StatementCandidate>): StatementCandidate => {
  const start = TEXT.indexOf(quote)
  return {
    quote,
    kind: 'reported',
    start,
    end: start + quote.length,
    cue: null,
    speaker: null,
    speakerStart: null,
    speakerEnd: null,
    referent: null,
    channel: null,
    personId: null,
    actorId: null,
    confidence: 0.8,
    needsReview: false,
    reasons: [],
    ...extra,
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-cli-statements-'))
  library = join(dir, 'library.sqlite')
  const services = createServices({ libraryPath: library, importWorkers: 1 })
  articleId = services.articles.add(
    { title: 'Diess', byline: null, siteName: null, url: null, publishedAt: '2024-03-01', language: 'de', excerpt: null, cleanHtml: '', text: TEXT, wordCount: 18, mediaType: 'text/plain' },
    null,
    'test',
  ).articleId
  const er = TEXT.indexOf('Er sagte')
  const candidates = [
    candidate('die Lage sei ernst', {
      speaker: 'Er',
      speakerStart: er,
      speakerEnd: er + 2,
      referent: 'Herbert Diess',
      channel: 'dpa',
      cue: 'sagte',
      actorId: 'de-gov',
      reasons: ['reported: Konjunktiv I', 'speaker: “Er” = Herbert Diess', 'channel: dpa carried it'],
    }),
    candidate('alles sei ruhig', { cue: 'Es hieß', confidence: 0.45, reasons: ['speaker: not found'] }),
  ]
  services.statements.transaction(() => services.statements.apply(articleId, TEXT, planMerge(TEXT, [], candidates), []))
  await services.close()
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('parallax statements --json', () => {
  it('prints the speaker as written with offsets and referent, the actor, the channel and the reasons', async () => {
    const run = await cli('statements', '--library', library, '--json')
    expect(run.code).toBe(0)
    const rows = JSON.parse(run.stdout) as StatementJson[]
    expect(rows.map((r) => Object.keys(r))).toEqual(
      rows.map(() => ['id', 'articleId', 'quote', 'kind', 'speaker', 'actor', 'person', 'channel', 'cue', 'start', 'end', 'confidence', 'review', 'reasons']),
    )
    const er = rows.find((r) => r.quote === 'die Lage sei ernst')!
    expect(er).toMatchObject({
      speaker: { text: 'Er', referent: 'Herbert Diess' },
      actor: { id: 'de-gov', name: expect.any(String) },
      channel: 'dpa',
      reasons: ['reported: Konjunktiv I', 'speaker: “Er” = Herbert Diess', 'channel: dpa carried it'],
    })
    expect(Object.keys(er.speaker!)).toEqual(['text', 'start', 'end', 'referent'])
    expect(TEXT.slice(er.speaker!.start!, er.speaker!.end!)).toBe('Er')
    expect(rows.find((r) => r.quote === 'alles sei ruhig')).toMatchObject({ speaker: null, actor: null, channel: null, reasons: ['speaker: not found'] })
  })

  it('lists the triage queue or the attributed statements with --queue, and refuses other queues', async () => {
    const queue = JSON.parse((await cli('statements', '--queue', 'needs-speaker', '--library', library, '--json')).stdout) as StatementJson[]
    expect(queue.map((r) => r.quote)).toEqual(['alles sei ruhig'])
    const attributed = JSON.parse((await cli('statements', '--queue', 'attributed', '--library', library, '--json')).stdout) as StatementJson[]
    expect(attributed.map((r) => r.quote)).toEqual(['die Lage sei ernst'])
    const bad = await cli('statements', '--queue', 'later', '--library', library)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/expected one of attributed, needs-speaker/)
  })

  it('prints the speaker as typed by the analyst without offsets', async () => {
    const services = createServices({ libraryPath: library, importWorkers: 1 })
    const start = TEXT.indexOf('VW-Chef')
    const manual = services.statements.createManual({ articleId, start, end: TEXT.indexOf('.', start), speaker: 'Redaktion' })
    await services.close()
    const rows = JSON.parse((await cli('statements', '--library', library, '--json')).stdout) as StatementJson[]
    expect(rows.find((r) => r.id === manual.id)).toMatchObject({ speaker: { text: 'Redaktion', start: null, end: null, referent: null }, reasons: ['marked by the analyst'] })
  })
})

describe('parallax extract --jsonl', () => {
  it('gives every statement the same speaker, actor, channel and reasons fields', async () => {
    const run = await cli('extract', ARTICLE, '--jsonl')
    expect(run.code).toBe(0)
    const record = JSON.parse(run.stdout.trim()) as { text: string; statements: (StatementJson & { needsReview: boolean })[] }
    expect(record.statements.length).toBeGreaterThan(0)
    for (const s of record.statements) {
      expect(Object.keys(s)).toEqual(['quote', 'kind', 'speaker', 'actor', 'channel', 'cue', 'start', 'end', 'confidence', 'needsReview', 'reasons'])
      expect(Array.isArray(s.reasons)).toBe(true)
      if (s.actor) expect(Object.keys(s.actor)).toEqual(['id', 'name'])
      if (s.speaker) {
        expect(Object.keys(s.speaker)).toEqual(['text', 'start', 'end', 'referent'])
        expect(s.speaker.referent).not.toBe(s.speaker.text)
        if (s.speaker.start !== null) expect(record.text.slice(s.speaker.start, s.speaker.end!)).toBe(s.speaker.text)
      }
    }
    const ru = record.statements.find((s) => s.quote.startsWith('Wir betrachten'))!
    expect(ru.actor).toMatchObject({ id: 'ru-mfa', name: expect.any(String) })
    expect(ru.speaker?.text).toBeTruthy()
    expect(ru.reasons.length).toBeGreaterThan(0)
  })
})
