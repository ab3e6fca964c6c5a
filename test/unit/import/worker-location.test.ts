import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { importWorkerLocation } from '../../../src/main/core/import/worker-location'

describe('importWorkerLocation', () => {
  it('runs the TypeScript worker through tsx when running from source', () => {
    const location = importWorkerLocation()
    expect(location.file).toBe(resolve(import.meta.dirname, '../../../src/main/core/import/import-worker.ts'))
    expect(location.execArgv[0]).toBe('--import')
    expect(location.execArgv[1]).toMatch(/^file:\/\/.*\/node_modules\/tsx\//u)
  })

  it('uses the built worker next to the bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-out-'))
    try {
      writeFileSync(join(dir, 'import-worker.js'), '')
      expect(importWorkerLocation(pathToFileURL(join(dir, 'cli.js')).href)).toEqual({ file: join(dir, 'import-worker.js'), execArgv: [] })
      rmSync(join(dir, 'import-worker.js'))
      expect(() => importWorkerLocation(pathToFileURL(join(dir, 'cli.js')).href)).toThrow(/import worker is missing/u)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
