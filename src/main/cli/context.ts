import { existsSync } from 'node:fs'
import { createServices, type Services } from '../core/services'

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
   * Opens the library for one command and closes it afterwards. Reading commands on a library
   * that does not exist yet see an empty one, and no file is created for them.
   */
  async withLibrary<T>(file: string, create: boolean, work: (services: Services) => Promise<T> | T): Promise<T> {
    const services = createServices({ libraryPath: create || existsSync(file) ? file : ':memory:' })
    try {
      return await work(services)
    } finally {
      await services.close()
    }
  }
}
