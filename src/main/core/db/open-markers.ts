/**
 * Knowing whether the library was closed cleanly last time: every process that opens it writes a
 * marker file beside it (`library.sqlite.open-<pid>`) and removes it on close. A marker whose process
 * no longer runs means that process died with the library open (kill -9, power cut, crash): the next
 * open runs SQLite's full integrity check instead of the quick one.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'

export interface OpenMarker {
  /** A previous process left the library open. */
  readonly uncleanExit: boolean
  /** Removes this process's marker (on close). */
  release(): void
}

export function markOpen(file: string): OpenMarker {
  const dir = dirname(file)
  const prefix = `${basename(file)}.open-`
  let uncleanExit = false
  for (const name of safeList(dir)) {
    if (!name.startsWith(prefix)) continue
    const pid = Number(name.slice(prefix.length))
    if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) continue
    uncleanExit = true
    rmSync(join(dir, name), { force: true })
  }
  const own = join(dir, `${prefix}${process.pid}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(own, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }) + '\n')
  return { uncleanExit, release: () => rmSync(own, { force: true }) }
}

/** Ids of other running processes that have the library open now. */
export function openElsewhere(file: string): number[] {
  const prefix = `${basename(file)}.open-`
  return safeList(dirname(file))
    .filter((name) => name.startsWith(prefix))
    .map((name) => Number(name.slice(prefix.length)))
    .filter((pid) => Number.isInteger(pid) && pid !== process.pid && isRunning(pid))
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

/** Whether a process with this id runs on this machine (signal 0 tests without sending anything). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}
