import { InvalidArgumentError, Option, type Command } from 'commander'
import { defaultLibraryPath } from '../core/library/library-path'

/** `--library FILE`, defaulting to $PARALLAX_LIBRARY or the app's library. */
export const libraryOption = (command: Command) =>
  command.option('--library <file>', 'the library file (default: $PARALLAX_LIBRARY or the app\'s library)')

export const libraryPathOf = (options: { library?: string }) => options.library ?? defaultLibraryPath()

export const jsonOption = () => new Option('--json', 'print JSON')

export function positiveInt(value: string): number {
  if (!/^\d+$/u.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number above 0')
  return Number(value)
}

export function nonNegativeInt(value: string): number {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError('expected a whole number')
  return Number(value)
}

export function isoDate(value: string): string {
  const ok = /^\d{4}-\d{2}-\d{2}$/u.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  if (!ok || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD')
  }
  return value
}

/** For options that may be given more than once. */
export const collect = (value: string, previous: string[] = []) => [...previous, value]
