import { homedir } from 'node:os'
import { posix, win32 } from 'node:path'

export const APP_DIR_NAME = 'Parallax'
export const LIBRARY_FILE_NAME = 'library.sqlite'

/** The library file inside an app-data folder (the Electron shell passes app.getPath('userData')). */
export function libraryFileIn(userDataDir: string, platform: NodeJS.Platform = process.platform): string {
  return (platform === 'win32' ? win32 : posix).join(userDataDir, LIBRARY_FILE_NAME)
}

/** The platform's per-user app-data folder for Parallax, as Electron's userData places it. */
export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return win32.join(env['APPDATA'] || win32.join(home, 'AppData', 'Roaming'), APP_DIR_NAME)
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', APP_DIR_NAME)
  return posix.join(env['XDG_CONFIG_HOME'] || posix.join(home, '.config'), APP_DIR_NAME)
}

/** `$PARALLAX_LIBRARY`, else library.sqlite in the user-data folder. */
export function defaultLibraryPath(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  return env['PARALLAX_LIBRARY'] || libraryFileIn(userDataDir(platform, env, home), platform)
}
