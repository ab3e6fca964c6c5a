import { describe, expect, it } from 'vitest'
import { defaultLibraryPath, libraryFileIn, userDataDir } from '../../../src/main/core/library/library-path'

describe('library location', () => {
  it('follows each platform\'s user-data folder', () => {
    expect(defaultLibraryPath('linux', {}, '/home/anna')).toBe('/home/anna/.config/Parallax/library.sqlite')
    expect(defaultLibraryPath('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/anna')).toBe('/cfg/Parallax/library.sqlite')
    expect(defaultLibraryPath('darwin', {}, '/Users/anna')).toBe('/Users/anna/Library/Application Support/Parallax/library.sqlite')
    expect(defaultLibraryPath('win32', { APPDATA: 'C:\\Users\\anna\\AppData\\Roaming' }, 'C:\\Users\\anna')).toBe(
      'C:\\Users\\anna\\AppData\\Roaming\\Parallax\\library.sqlite',
    )
    expect(userDataDir('win32', {}, 'C:\\Users\\anna')).toBe('C:\\Users\\anna\\AppData\\Roaming\\Parallax')
  })

  it('prefers $PARALLAX_LIBRARY', () => {
    expect(defaultLibraryPath('linux', { PARALLAX_LIBRARY: '/data/lib.sqlite' }, '/home/anna')).toBe('/data/lib.sqlite')
  })

  it('puts the library file in a given app-data folder', () => {
    expect(libraryFileIn('/x/Parallax', 'linux')).toBe('/x/Parallax/library.sqlite')
  })
})
