/**
 * The app's log: one text file in the user-data folder, rotated by size so it can never fill a disk.
 * `parallax.log` is the current file; when a write would take it past `maxBytes`, it becomes
 * `parallax.1.log` (the older ones move up one), and the oldest beyond `keep` is deleted. Lines are cut
 * to a quarter of maxBytes, so each file stays under maxBytes and the whole log under maxBytes × (keep + 1).
 * Plain Node (no electron), so tests run it directly.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { format } from 'node:util'

export type LogLevel = 'info' | 'warn' | 'error'

export interface RotatingLogOptions {
  /** The folder of the log files (created when missing). */
  dir: string
  /** The current file's name; rotated copies are `<stem>.<n><ext>`. */
  name?: string
  /** Size at which the current file is rotated. */
  maxBytes?: number
  /** Rotated files kept beside the current one. */
  keep?: number
  now?: () => Date
}

/** One message longer than this (or a quarter of maxBytes) is cut: a dumped page must not push everything else out of the log. */
export const MAX_LINE_BYTES = 16 * 1024

export class RotatingLog {
  readonly file: string
  private readonly dir: string
  private readonly stem: string
  private readonly ext: string
  private readonly maxBytes: number
  private readonly keep: number
  private readonly now: () => Date
  private fd: number | null = null
  private size = 0

  constructor(options: RotatingLogOptions) {
    const name = options.name ?? 'parallax.log'
    const dot = name.lastIndexOf('.')
    this.dir = options.dir
    this.stem = dot > 0 ? name.slice(0, dot) : name
    this.ext = dot > 0 ? name.slice(dot) : ''
    this.file = join(this.dir, name)
    this.maxBytes = Math.max(1024, options.maxBytes ?? 1024 * 1024)
    this.keep = Math.max(0, options.keep ?? 4)
    this.now = options.now ?? (() => new Date())
  }

  /** The files of this log, newest first (the current one, then `.1`, `.2`, …). */
  files(): string[] {
    return [this.file, ...Array.from({ length: this.keep }, (_, i) => this.rotated(i + 1))]
  }

  /**
   * Appends one line. Never throws: a full disk or a read-only folder must not take the app down
   * with it, so such a write is dropped (and retried on the next line).
   */
  write(level: LogLevel, ...args: unknown[]): void {
    try {
      const line = Buffer.from(this.line(level, args))
      this.open()
      if (this.size > 0 && this.size + line.length > this.maxBytes) this.rotate()
      this.size += writeSync(this.fd!, line)
    } catch {
      this.close()
    }
  }

  close(): void {
    if (this.fd === null) return
    try {
      closeSync(this.fd)
    } catch {
      // already gone
    }
    this.fd = null
  }

  private line(level: LogLevel, args: unknown[]): string {
    // One entry per line, so a multi-line stack still reads as one entry when grepping by date.
    let text = format(...args).replace(/\r?\n/g, '\n    ')
    const limit = Math.min(MAX_LINE_BYTES, Math.floor(this.maxBytes / 4))
    const bytes = Buffer.byteLength(text)
    if (bytes > limit) {
      const cut = Buffer.from(text).subarray(0, limit).toString('utf8').replace(/\uFFFD$/, '')
      text = `${cut} … [${bytes - Buffer.byteLength(cut)} bytes cut]`
    }
    return `${this.now().toISOString()} ${level.toUpperCase().padEnd(5)} ${text}\n`
  }

  private open(): void {
    if (this.fd !== null) return
    mkdirSync(this.dir, { recursive: true })
    this.fd = openSync(this.file, 'a')
    this.size = statSync(this.file).size
  }

  private rotate(): void {
    this.close()
    rmSync(this.keep > 0 ? this.rotated(this.keep) : this.file, { force: true })
    for (let n = this.keep - 1; n >= 1; n--) {
      try {
        renameSync(this.rotated(n), this.rotated(n + 1))
      } catch {
        // that generation does not exist yet
      }
    }
    if (this.keep > 0) renameSync(this.file, this.rotated(1))
    this.open()
  }

  private rotated(n: number): string {
    return join(this.dir, `${this.stem}.${n}${this.ext}`)
  }
}

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error'
const LEVELS: Record<ConsoleMethod, LogLevel> = { log: 'info', info: 'info', warn: 'warn', error: 'error' }

/**
 * Copies everything the process writes through `console` into the log as well (the terminal still
 * gets it), so the existing console messages — library upgrades, failed imports, fetch-job errors —
 * end up in the file a person can send. Returns the function that undoes it.
 */
export function teeConsole(log: RotatingLog, target: Pick<Console, ConsoleMethod> = console): () => void {
  const originals = new Map<ConsoleMethod, (...args: unknown[]) => void>()
  for (const method of Object.keys(LEVELS) as ConsoleMethod[]) {
    const original = target[method].bind(target)
    originals.set(method, original)
    target[method] = (...args: unknown[]) => {
      original(...args)
      log.write(LEVELS[method], ...args)
    }
  }
  return () => {
    for (const [method, original] of originals) target[method] = original
  }
}
