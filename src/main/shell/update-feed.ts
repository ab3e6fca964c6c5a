/**
 * Where the app looks for updates, decided without electron (tests call it directly). Updates are off
 * unless a feed is configured: by the installer (the release workflow writes the feed into
 * `resources/app-update.yml` when the repository variable PARALLAX_UPDATE_URL is set), or on this
 * machine by the environment variable PARALLAX_UPDATE_URL (an organisation's mirror; `off` turns
 * updates off). Never in development builds or smoke tests.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export type UpdateFeed =
  | { enabled: true; url: string; source: 'environment' | 'installer' }
  | { enabled: false; reason: string }

export interface FeedInputs {
  packaged: boolean
  smokeTest: boolean
  /** PARALLAX_UPDATE_URL, if set. */
  environmentUrl: string | undefined
  /** The feed the installer was built with (readInstallerFeed), if any. */
  installerUrl: string | null
}

export function resolveUpdateFeed({ packaged, smokeTest, environmentUrl, installerUrl }: FeedInputs): UpdateFeed {
  if (!packaged) return { enabled: false, reason: 'development build' }
  if (smokeTest) return { enabled: false, reason: 'smoke test' }
  const configured = environmentUrl?.trim()
  if (configured !== undefined && /^(?:off|none|false|0|)$/i.test(configured)) return { enabled: false, reason: 'turned off by PARALLAX_UPDATE_URL' }
  if (configured) {
    const problem = feedProblem(configured)
    return problem ? { enabled: false, reason: `PARALLAX_UPDATE_URL ${problem}` } : { enabled: true, url: configured, source: 'environment' }
  }
  if (installerUrl) {
    const problem = feedProblem(installerUrl)
    return problem ? { enabled: false, reason: `the installer's feed ${problem}` } : { enabled: true, url: installerUrl, source: 'installer' }
  }
  return { enabled: false, reason: 'no update feed configured' }
}

/**
 * Updates are code the app will run: only over https (plain http only to this machine, for testing a
 * feed), and never with credentials in the URL, where they would end up in logs.
 */
export function feedProblem(raw: string): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return `is not a URL: ${raw}`
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]'
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return `must be https: ${raw}`
  if (url.username || url.password) return 'must not contain credentials'
  return null
}

/**
 * The generic feed electron-builder wrote into the installer's resources (app-update.yml, written when
 * the build has a `publish` configuration), or null.
 */
export function readInstallerFeed(resourcesPath: string | undefined): string | null {
  if (!resourcesPath) return null
  let yml: string
  try {
    yml = readFileSync(join(resourcesPath, 'app-update.yml'), 'utf8')
  } catch {
    return null
  }
  if (!/^provider:\s*['"]?generic['"]?\s*$/m.test(yml)) return null
  return /^url:\s*['"]?([^'"\s]+)['"]?\s*$/m.exec(yml)?.[1] ?? null
}
