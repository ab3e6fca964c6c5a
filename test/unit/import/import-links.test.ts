/**
 * A dropped folder is what the person chose, and no more (issue 13): symbolic links are followed only
 * within it; links out of it, dangling links and devices or pipes get an outcome row with the reason.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expandImportPaths } from '../../../src/main/core/import/import-files'

let dir: string
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'parallax-links-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('symbolic links and special files in a dropped folder', () => {
  it('does not follow a link out of the folder, and says so', async () => {
    const outside = join(dir, 'outside')
    const dropped = join(dir, 'dropped')
    mkdirSync(outside)
    mkdirSync(join(dropped, 'sub'), { recursive: true })
    writeFileSync(join(outside, 'secret.txt'), 'root:x:0:0:root:/root:/bin/bash')
    writeFileSync(join(dropped, 'page.html'), '<p>hello</p>')
    symlinkSync('/etc/passwd', join(dropped, 'passwd.txt'))
    symlinkSync(outside, join(dropped, 'elsewhere'))
    symlinkSync(join(dropped, 'page.html'), join(dropped, 'sub', 'same.html')) // inside: followed (and deduplicated)
    const entries = await expandImportPaths([dropped])
    expect(entries.map((e) => [e.path.slice(dropped.length + 1), e.refused ?? null])).toEqual([
      ['elsewhere', expect.stringMatching(/symbolic link out of the chosen folder.*not followed/)],
      ['page.html', null],
      ['passwd.txt', expect.stringMatching(/symbolic link out of the chosen folder \(to \/etc\/passwd\)/)],
    ])
  })

  it('reports dangling links and pipes', async () => {
    symlinkSync(join(dir, 'nowhere.html'), join(dir, 'dangling.html'))
    execFileSync('mkfifo', [join(dir, 'pipe.html')])
    const entries = await expandImportPaths([dir])
    expect(entries).toEqual([
      { path: join(dir, 'dangling.html'), size: 0, refused: 'a symbolic link whose target does not exist' },
      { path: join(dir, 'pipe.html'), size: 0, refused: 'not a regular file (a device, pipe or socket)' },
    ])
  })

  it('follows a link given by name: the person chose it', async () => {
    writeFileSync(join(dir, 'real.html'), '<p>x</p>')
    symlinkSync(join(dir, 'real.html'), join(dir, 'chosen.html'))
    expect(await expandImportPaths([join(dir, 'chosen.html')])).toEqual([{ path: join(dir, 'chosen.html'), size: 8 }])
  })
})
