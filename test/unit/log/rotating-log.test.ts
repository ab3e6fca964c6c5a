import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { RotatingLog, teeConsole } from '../../../src/main/core/log/rotating-log'

const dirs: string[] = []
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-log-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const fixedClock = () => new Date('2026-12-04T09:00:00.000Z')

describe('RotatingLog', () => {
  it('appends timestamped lines with their level and keeps a multi-line message as one entry', () => {
    const dir = folder()
    const log = new RotatingLog({ dir: join(dir, 'logs'), now: fixedClock })
    log.write('info', 'library upgrade (%s): %d of %d', 'fts', 5, 10)
    log.write('error', new Error('boom'))
    log.close()
    const text = readFileSync(join(dir, 'logs', 'parallax.log'), 'utf8')
    const entries = text.split('\n').filter((line) => /^\d{4}-/.test(line))
    expect(entries).toEqual([
      '2026-12-04T09:00:00.000Z INFO  library upgrade (fts): 5 of 10',
      '2026-12-04T09:00:00.000Z ERROR Error: boom',
    ])
    // The stack follows on indented lines, not as entries of their own.
    expect(text).toMatch(/ERROR Error: boom\n +at /)
  })

  it('continues an existing file across restarts and counts its size', () => {
    const dir = folder()
    writeFileSync(join(dir, 'parallax.log'), 'x'.repeat(3000) + '\n')
    const log = new RotatingLog({ dir, maxBytes: 4096, keep: 2, now: fixedClock })
    log.write('info', 'y'.repeat(900))
    log.write('info', 'z'.repeat(900))
    log.close()
    // 3001 + ~940 fits; the next line would pass 4096, so the old content moved to .1
    expect(readFileSync(join(dir, 'parallax.1.log'), 'utf8')).toMatch(/^x{3000}\n.*y{900}\n$/s)
    expect(readFileSync(join(dir, 'parallax.log'), 'utf8')).toMatch(/z{900}\n$/)
  })

  it('rotates by size, keeps `keep` older files and deletes beyond them: the folder stays capped', () => {
    const dir = folder()
    const log = new RotatingLog({ dir, maxBytes: 2048, keep: 3, now: fixedClock })
    for (let i = 0; i < 500; i++) log.write('info', `entry ${String(i).padStart(4, '0')} ${'.'.repeat(100)}`)
    log.close()
    expect(readdirSync(dir).sort()).toEqual(['parallax.1.log', 'parallax.2.log', 'parallax.3.log', 'parallax.log'])
    for (const file of log.files()) expect(statSync(file).size).toBeLessThanOrEqual(2048)
    // The newest entries are in the current file, the ones just before in .1, in order, nothing lost between them.
    const current = readFileSync(log.files()[0]!, 'utf8')
    expect(current).toContain('entry 0499')
    const ids = log
      .files()
      .reverse()
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/entry (\d{4})/g)].map((m) => Number(m[1])))
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => ids[0]! + i))
    expect(ids.at(-1)).toBe(499)
    // The oldest entries are gone: the cap held.
    expect(ids[0]).toBeGreaterThan(400)
  })

  it('cuts one huge message so that it cannot push the rest of the log out', () => {
    const dir = folder()
    const log = new RotatingLog({ dir, maxBytes: 64 * 1024, keep: 1, now: fixedClock })
    log.write('info', 'before')
    log.write('warn', 'ü'.repeat(5_000_000))
    log.write('info', 'after')
    log.close()
    const current = readFileSync(log.file, 'utf8')
    expect(statSync(log.file).size).toBeLessThanOrEqual(64 * 1024)
    expect(current).toContain('before')
    expect(current).toContain('after')
    expect(current).toMatch(/ü … \[\d+ bytes cut\]/)
    expect(current).not.toContain('\uFFFD')
  })

  it('never throws when the folder cannot be written', () => {
    const dir = folder()
    const blocker = join(dir, 'not-a-folder')
    writeFileSync(blocker, '')
    const log = new RotatingLog({ dir: join(blocker, 'logs') })
    expect(() => log.write('error', 'lost')).not.toThrow()
    if (process.getuid?.() !== 0) {
      const readOnly = folder()
      chmodSync(readOnly, 0o500)
      expect(() => new RotatingLog({ dir: readOnly }).write('info', 'lost')).not.toThrow()
    }
  })
})

describe('teeConsole', () => {
  it('copies console output into the log at the matching level, still prints it, and can be undone', () => {
    const dir = folder()
    const log = new RotatingLog({ dir, now: fixedClock })
    const printed: string[] = []
    const target = {
      log: (...a: unknown[]) => printed.push(`log ${a.join(' ')}`),
      info: (...a: unknown[]) => printed.push(`info ${a.join(' ')}`),
      warn: (...a: unknown[]) => printed.push(`warn ${a.join(' ')}`),
      error: (...a: unknown[]) => printed.push(`error ${a.join(' ')}`),
    }
    const undo = teeConsole(log, target)
    target.log('started')
    target.warn('slow page', 3)
    target.error('import failed:', 'EACCES')
    undo()
    target.log('not logged')
    log.close()
    expect(printed).toEqual(['log started', 'warn slow page 3', 'error import failed: EACCES', 'log not logged'])
    expect(readFileSync(log.file, 'utf8').trim().split('\n')).toEqual([
      '2026-12-04T09:00:00.000Z INFO  started',
      '2026-12-04T09:00:00.000Z WARN  slow page 3',
      '2026-12-04T09:00:00.000Z ERROR import failed: EACCES',
    ])
  })
})
