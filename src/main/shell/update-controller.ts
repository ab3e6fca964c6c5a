/**
 * When to look for updates and what to do with one, without electron (tests drive it with a fake
 * updater): a first check a minute after start-up, then every six hours; never two checks at once; a
 * failed check is logged and tried again at the next turn, never shown (an offline laptop must not
 * nag). A downloaded update is offered once per version: restart now, or it installs on quit.
 */
export interface Updater {
  checkForUpdates(): Promise<unknown>
  quitAndInstall(): void
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown
  on(event: 'error', listener: (err: Error) => void): unknown
}

export interface UpdateControllerOptions {
  /** Asks the person whether to restart into `version` now; true to restart. */
  ask(version: string): Promise<boolean>
  log(level: 'info' | 'warn' | 'error', ...args: unknown[]): void
  firstCheckMs?: number
  everyMs?: number
}

export class UpdateController {
  private checking: Promise<void> | null = null
  private readonly offered = new Set<string>()
  private timers: NodeJS.Timeout[] = []

  constructor(
    private readonly updater: Updater,
    private readonly options: UpdateControllerOptions,
  ) {
    updater.on('update-downloaded', (info) => void this.downloaded(info.version))
    // The updater reports failures (offline, a bad download) as 'error' events as well, and an event
    // emitter with no 'error' listener throws them at main: an uncaught exception for being offline.
    updater.on('error', (err) => this.options.log('warn', 'update failed:', err?.message ?? String(err)))
  }

  start(): void {
    const first = setTimeout(() => void this.check(), this.options.firstCheckMs ?? 60_000)
    const every = setInterval(() => void this.check(), this.options.everyMs ?? 6 * 60 * 60_000)
    // Looking for updates must not keep the app from quitting.
    first.unref()
    every.unref()
    this.timers = [first, every]
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers = []
  }

  /** One check (the updater downloads what it finds); resolves when it is over, never rejects. */
  check(): Promise<void> {
    this.checking ??= this.updater
      .checkForUpdates()
      .then(
        () => undefined,
        (err: unknown) => this.options.log('warn', 'update check failed:', err instanceof Error ? err.message : String(err)),
      )
      .finally(() => (this.checking = null))
    return this.checking
  }

  private async downloaded(version: string): Promise<void> {
    if (this.offered.has(version)) return
    this.offered.add(version)
    this.options.log('info', `update ${version} downloaded`)
    try {
      if (await this.options.ask(version)) {
        this.options.log('info', `restarting into ${version}`)
        this.updater.quitAndInstall()
      }
    } catch (err) {
      this.options.log('error', 'update prompt failed:', err)
    }
  }
}
