import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChosenPaths } from '../../../src/main/core/import/chosen-paths'
import { filesToOpen, OpenedFiles } from '../../../src/main/shell/open-files'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-open-'))
  writeFileSync(join(dir, 'page.html'), '<p>x</p>')
  writeFileSync(join(dir, 'Saved Page.MHTML'), 'x')
  writeFileSync(join(dir, 'notes.docx'), 'x')
  mkdirSync(join(dir, 'folder.html'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('filesToOpen', () => {
  it('keeps the arguments that are existing saved pages, not switches, relative paths, folders or other files', () => {
    const argv = [
      '--allow-file-access-from-files',
      join(dir, 'page.html'),
      'relative.html',
      join(dir, 'Saved Page.MHTML'),
      join(dir, 'missing.html'),
      join(dir, 'notes.docx'),
      join(dir, 'folder.html'),
      '--smoke-test',
    ]
    expect(filesToOpen(argv)).toEqual([join(dir, 'page.html'), join(dir, 'Saved Page.MHTML')])
  })
})

describe('OpenedFiles', () => {
  it('keeps files handed over before the library is open and imports them first, then each as it comes', () => {
    const chosen = new ChosenPaths()
    const opened = new OpenedFiles(chosen)
    const imports: string[][] = []
    // macOS sends open-file before the app is ready.
    opened.open(['/Users/a/one.html'])
    opened.open([])
    opened.open(['/Users/a/two.html'])
    expect(imports).toEqual([])
    opened.ready((paths) => imports.push(paths))
    expect(imports).toEqual([['/Users/a/one.html', '/Users/a/two.html']])
    // A second instance started with a file, forwarded by the single-instance lock.
    opened.open(['/Users/a/three.html'])
    expect(imports).toEqual([['/Users/a/one.html', '/Users/a/two.html'], ['/Users/a/three.html']])
  })

  it('grants what it imports, so that import.start accepts exactly those files', () => {
    const chosen = new ChosenPaths()
    const opened = new OpenedFiles(chosen)
    opened.ready(() => undefined)
    expect(chosen.refusal(['/Users/a/one.html'])).not.toBeNull()
    opened.open(['/Users/a/one.html'])
    expect(chosen.refusal(['/Users/a/one.html'])).toBeNull()
    expect(chosen.refusal(['/Users/a/other.html'])).not.toBeNull()
  })
})
