import { EventEmitter } from 'node:events'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { UpdateController, type Updater } from '../../../src/main/shell/update-controller'
import { readInstallerFeed, resolveUpdateFeed } from '../../../src/main/shell/update-feed'

const packaged = { packaged: true, smokeTest: false, environmentUrl: undefined, installerUrl: null }

describe('the update feed', () => {
  it('is off when none is configured, in development builds and in smoke tests', () => {
    expect(resolveUpdateFeed(packaged)).toEqual({ enabled: false, reason: 'no update feed configured' })
    const configured = { ...packaged, installerUrl: 'https://updates.example.org/parallax' }
    expect(resolveUpdateFeed({ ...configured, packaged: false })).toMatchObject({ enabled: false, reason: 'development build' })
    expect(resolveUpdateFeed({ ...configured, smokeTest: true })).toMatchObject({ enabled: false, reason: 'smoke test' })
  })

  it("takes the installer's feed, which PARALLAX_UPDATE_URL overrides or turns off", () => {
    const installer = { ...packaged, installerUrl: 'https://updates.example.org/parallax' }
    expect(resolveUpdateFeed(installer)).toEqual({ enabled: true, url: 'https://updates.example.org/parallax', source: 'installer' })
    expect(resolveUpdateFeed({ ...installer, environmentUrl: 'https://mirror.corp.example/parallax/' })).toEqual({
      enabled: true,
      url: 'https://mirror.corp.example/parallax/',
      source: 'environment',
    })
    for (const off of ['off', 'OFF', 'none', '0', 'false', ''])
      expect(resolveUpdateFeed({ ...installer, environmentUrl: off })).toMatchObject({ enabled: false, reason: 'turned off by PARALLAX_UPDATE_URL' })
  })

  it('refuses feeds that are not https (except on this machine), not URLs, or carry credentials', () => {
    const withUrl = (environmentUrl: string) => resolveUpdateFeed({ ...packaged, environmentUrl })
    expect(withUrl('http://updates.example.org/parallax')).toMatchObject({ enabled: false, reason: expect.stringContaining('must be https') })
    expect(withUrl('file:///tmp/feed')).toMatchObject({ enabled: false })
    expect(withUrl('\\\\server\\share')).toMatchObject({ enabled: false, reason: expect.stringContaining('is not a URL') })
    expect(withUrl('https://user:secret@updates.example.org/')).toMatchObject({ enabled: false, reason: expect.stringContaining('credentials') })
    expect(withUrl('http://localhost:8080/feed')).toMatchObject({ enabled: true })
    expect(withUrl('http://127.0.0.1:8080/feed')).toMatchObject({ enabled: true })
    expect(resolveUpdateFeed({ ...packaged, installerUrl: 'http://updates.example.org/' })).toMatchObject({ enabled: false })
  })

  describe("reads the installer's app-update.yml", () => {
    let dir: string
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'parallax-update-'))))
    afterEach(() => rmSync(dir, { recursive: true, force: true }))

    it('a generic feed gives its URL; another provider, no file or no folder give none', () => {
      expect(readInstallerFeed(dir)).toBeNull()
      expect(readInstallerFeed(undefined)).toBeNull()
      // As electron-builder writes it.
      writeFileSync(join(dir, 'app-update.yml'), "provider: generic\nurl: 'https://updates.example.org/parallax'\nupdaterCacheDirName: parallax-updater\n")
      expect(readInstallerFeed(dir)).toBe('https://updates.example.org/parallax')
      writeFileSync(join(dir, 'app-update.yml'), 'owner: someone\nrepo: parallax\nprovider: github\n')
      expect(readInstallerFeed(dir)).toBeNull()
    })
  })
})

/** electron-updater's shape: an event emitter (which throws an 'error' nobody listens to). */
class FakeUpdater extends EventEmitter implements Updater {
  checks = 0
  installs = 0
  outcome: () => Promise<unknown> = () => Promise.resolve(null)
  checkForUpdates(): Promise<unknown> {
    this.checks++
    return this.outcome()
  }
  quitAndInstall(): void {
    this.installs++
  }
  download(version: string): void {
    this.emit('update-downloaded', { version })
  }
}

describe('UpdateController', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  const logged: string[] = []
  const log = (level: string, ...args: unknown[]) => void logged.push(`${level} ${args.join(' ')}`)

  it('checks a minute after start, then every six hours, until stopped', async () => {
    const updater = new FakeUpdater()
    const controller = new UpdateController(updater, { ask: async () => false, log })
    controller.start()
    await vi.advanceTimersByTimeAsync(59_000)
    expect(updater.checks).toBe(0)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(updater.checks).toBe(1)
    await vi.advanceTimersByTimeAsync(6 * 60 * 60_000)
    expect(updater.checks).toBe(2)
    controller.stop()
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000)
    expect(updater.checks).toBe(2)
  })

  it('never runs two checks at once, and a failed check is logged, not thrown, and tried again later', async () => {
    const updater = new FakeUpdater()
    let fail: (err: Error) => void = () => undefined
    updater.outcome = () => new Promise((_resolve, reject) => (fail = reject))
    const controller = new UpdateController(updater, { ask: async () => false, log })
    const first = controller.check()
    const second = controller.check()
    expect(updater.checks).toBe(1)
    fail(new Error('net::ERR_INTERNET_DISCONNECTED'))
    await expect(first).resolves.toBeUndefined()
    await second
    expect(logged).toContain('warn update check failed: net::ERR_INTERNET_DISCONNECTED')
    updater.outcome = () => Promise.resolve(null)
    await controller.check()
    expect(updater.checks).toBe(2)
  })

  it("logs the updater's error events instead of letting them throw at main", () => {
    const updater = new FakeUpdater()
    new UpdateController(updater, { ask: async () => false, log })
    expect(() => updater.emit('error', new Error('net::ERR_NAME_NOT_RESOLVED'))).not.toThrow()
    expect(logged).toContain('warn update failed: net::ERR_NAME_NOT_RESOLVED')
  })

  it('offers a downloaded update once per version and restarts into it only when the person agrees', async () => {
    const updater = new FakeUpdater()
    const answers = [false, true]
    const asked: string[] = []
    new UpdateController(updater, {
      ask: async (version) => {
        asked.push(version)
        return answers.shift()!
      },
      log,
    })
    updater.download('0.2.0')
    await vi.advanceTimersByTimeAsync(0)
    expect(updater.installs).toBe(0)
    // Downloaded again at the next check: not asked again (it installs on quit anyway).
    updater.download('0.2.0')
    await vi.advanceTimersByTimeAsync(0)
    updater.download('0.3.0')
    await vi.advanceTimersByTimeAsync(0)
    expect(asked).toEqual(['0.2.0', '0.3.0'])
    expect(updater.installs).toBe(1)
  })
})
