import { existsSync } from 'node:fs'
import type { MigrationEvent } from '../core/db/migrate'
import type { LibraryServices } from '../core/library-services'
import type { Services } from '../core/services'

/** Smaller libraries migrate in moments: no progress line. */
const MIGRATION_PROGRESS_FROM = 2000

export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** Whether stdout / stderr are terminals (colour, progress lines, truncation). */
  outIsTty: boolean
  errIsTty: boolean
  columns: number | undefined
}

/** What commands share: output, the exit code, and opening the library. */
export class CliContext {
  private code = 0

  constructor(readonly io: CliIo) {}

  get exitCode(): number {
    return this.code
  }

  /** Raises the exit code (1: some inputs failed); never lowers it. */
  fail(code = 1): void {
    this.code = Math.max(this.code, code)
  }

  /** Names a failed input on stderr and marks the run as failed. */
  failed(what: string, reason: string): void {
    this.io.err(`${what}: ${reason}\n`)
    this.fail(1)
  }

  /**
   * A line on stderr while a migration rebuilds a large library (the search index): rewritten in
   * place on a terminal; elsewhere only its start and end, so logs stay short.
   */
  private migrationProgress({ name, done, total, unit }: MigrationEvent): void {
    if (total < MIGRATION_PROGRESS_FROM) return
    const line = `upgrading the library (${name}): ${done.toLocaleString('en')} of ${total.toLocaleString('en')} ${unit}`
    if (this.io.errIsTty) this.io.err(`\r${line}${done === total ? '\n' : ''}`)
    else if (done === 0 || done === total) this.io.err(`${line}\n`)
  }

  /**
   * Opens the library for one command and closes it afterwards. Reading commands on a library
   * that does not exist yet see an empty one, and no file is created for them. Loads the whole
   * stack (statement engine, import, fetch, comparisons): only the commands that use it call this.
   */
  async withLibrary<T>(file: string, create: boolean, work: (services: Services) => Promise<T> | T): Promise<T> {
    const { createServices } = await import('../core/services')
    return this.open(createServices, file, create, work)
  }

  /** As withLibrary, with the library's stores only (listing, searching, reading, editing): a fast start. */
  async withStores<T>(file: string, create: boolean, work: (stores: LibraryServices) => Promise<T> | T): Promise<T> {
    const { openLibraryServices } = await import('../core/library-services')
    return this.open(openLibraryServices, file, create, work)
  }

  private async open<S extends LibraryServices, T>(
    create: (options: { libraryPath: string; onMigrationProgress: (e: MigrationEvent) => void }) => S,
    file: string,
    createFile: boolean,
    work: (services: S) => Promise<T> | T,
  ): Promise<T> {
    const services = create({
      libraryPath: createFile || existsSync(file) ? file : ':memory:',
      onMigrationProgress: (e) => this.migrationProgress(e),
    })
    try {
      return await work(services)
    } finally {
      await services.close()
    }
  }
}
