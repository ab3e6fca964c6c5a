/**
 * The files and folders the person chose — dropped onto the window or picked in the open dialog —
 * recorded in main as they arrive. import.start accepts only these: a renderer that was made to run
 * foreign script could otherwise import any file it names (/etc/shadow, ~/.ssh) or, with a UNC path
 * (\\server\share), make Windows connect to a server of its choosing and send the user's credentials.
 */
import { isAbsolute, normalize } from 'node:path'

/** How long a choice stays valid: long enough for a slow drop, not a standing permission. */
const VALID_MS = 10 * 60 * 1000
/** Enough for any drop; a grant of more is cut (the import schema allows 10,000 paths per call). */
const MAX_GRANTED = 20_000

export class ChosenPaths {
  private readonly granted = new Map<string, number>()

  constructor(private readonly now: () => number = Date.now) {}

  /** Records paths the person chose (the preload's drop, the open dialog). */
  grant(paths: readonly string[]): void {
    this.forgetExpired()
    for (const path of paths.slice(0, MAX_GRANTED)) if (typeof path === 'string' && isAbsolute(path)) this.granted.set(key(path), this.now())
  }

  /** Null when every path was chosen, else why the first one that was not is refused. */
  refusal(paths: readonly string[]): string | null {
    this.forgetExpired()
    for (const path of paths) {
      if (this.granted.has(key(path))) continue
      return isNetworkPath(path)
        ? `${path} is a network path, and only files and folders you choose can be imported from a network share`
        : `${path} was not chosen for import (drop it onto the window or use File ▸ Import…)`
    }
    return null
  }

  private forgetExpired(): void {
    const oldest = this.now() - VALID_MS
    for (const [path, at] of this.granted) if (at < oldest) this.granted.delete(path)
  }
}

/** UNC paths (\\server\share, //server/share, \\?\UNC\…): reading them makes Windows connect over SMB. */
export function isNetworkPath(path: string): boolean {
  return /^[\\/]{2}(?![?.][\\/](?![Uu][Nn][Cc][\\/]))/.test(path)
}

function key(path: string): string {
  return normalize(path)
}
