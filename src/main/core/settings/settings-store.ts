import { readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { AppSettings } from '../../../shared/api'

const DEFAULTS: AppSettings = { locale: 'en', theme: 'system' }

/** App preferences in a small JSON file, written atomically. */
export class SettingsStore {
  private current: AppSettings

  constructor(private readonly file: string) {
    this.current = { ...DEFAULTS, ...this.read() }
  }

  get(): AppSettings {
    return { ...this.current }
  }

  update(patch: Partial<AppSettings>): AppSettings {
    this.current = { ...this.current, ...patch }
    mkdirSync(dirname(this.file), { recursive: true })
    const tmp = `${this.file}.tmp`
    writeFileSync(tmp, JSON.stringify(this.current, null, 2))
    renameSync(tmp, this.file)
    return this.get()
  }

  private read(): Partial<AppSettings> {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<AppSettings>
      const out: Partial<AppSettings> = {}
      if (parsed.locale === 'en' || parsed.locale === 'de') out.locale = parsed.locale
      if (parsed.theme === 'system' || parsed.theme === 'light' || parsed.theme === 'dark') out.theme = parsed.theme
      return out
    } catch {
      return {}
    }
  }
}
