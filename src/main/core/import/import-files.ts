import { lstat, readdir, realpath, stat } from 'node:fs/promises'
import { basename, extname, isAbsolute, join, relative } from 'node:path'

/** What import accepts: saved web pages (HTML, single-file MHTML) and text copied from pages. */
export const IMPORT_EXTENSIONS = ['.html', '.htm', '.xhtml', '.mhtml', '.mht', '.txt'] as const
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/** A file to import, or an input refused before reading (`refused` says why). */
export interface ImportEntry {
  path: string
  size: number
  refused?: string
}

const isImportable = (name: string) => (IMPORT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())
const isHidden = (name: string) => name.startsWith('.')

/**
 * Expands files and folders into the files to import, in a stable order (folders sorted by
 * name), each file once. Folders are walked recursively, skipping hidden entries and other file
 * types. Inside a folder, a symbolic link is followed only to a place within that same folder (a
 * link to /etc/passwd in a dropped folder is not the person's choice), never into a folder already
 * visited (a loop); links that lead out, dangling links and devices, pipes or sockets get an
 * outcome row with the reason. A path given by name is the person's own choice and is followed.
 * Named files that cannot be imported are refused with a reason.
 */
export async function expandImportPaths(paths: readonly string[]): Promise<ImportEntry[]> {
  const out: ImportEntry[] = []
  const seenFiles = new Set<string>()
  const seenDirs = new Set<string>()

  const addFile = async (path: string, size: number, named: boolean) => {
    const real = await realpath(path).catch(() => path)
    if (seenFiles.has(real)) return
    seenFiles.add(real)
    const refused = sizeProblem(size) ?? (named && !isImportable(path) ? unsupported(path) : null)
    out.push(refused ? { path, size, refused } : { path, size })
  }

  /** `root`: the real path of the folder the person chose; nothing outside it is entered. */
  const walk = async (dir: string, root: string) => {
    const real = await realpath(dir).catch(() => dir)
    if (seenDirs.has(real)) return
    seenDirs.add(real)
    let names: string[]
    try {
      names = (await readdir(dir)).filter((n) => !isHidden(n)).sort()
    } catch (err) {
      out.push({ path: dir, size: 0, refused: `cannot read the folder (${describeFsError(err)})` })
      return
    }
    for (const name of names) {
      const path = join(dir, name)
      const own = await lstat(path).catch(() => null) // gone meanwhile
      if (!own) continue
      if (own.isSymbolicLink()) {
        const target = await realpath(path).catch(() => null)
        if (!target) {
          out.push({ path, size: 0, refused: 'a symbolic link whose target does not exist' })
          continue
        }
        if (!isInside(target, root)) {
          out.push({ path, size: 0, refused: `a symbolic link out of the chosen folder (to ${target}); not followed` })
          continue
        }
      }
      const info = own.isSymbolicLink() ? await stat(path).catch(() => null) : own
      if (info?.isDirectory()) await walk(path, root)
      else if (info?.isFile()) {
        if (isImportable(name)) await addFile(path, info.size, false)
      } else if (info) out.push({ path, size: 0, refused: 'not a regular file (a device, pipe or socket)' })
    }
  }

  // Paths stay as given (relative ones too), so that reports name files the way the caller did.
  for (const path of paths) {
    try {
      const info = await stat(path)
      if (info.isDirectory()) await walk(path, await realpath(path))
      else if (info.isFile()) await addFile(path, info.size, true)
      else out.push({ path, size: 0, refused: 'not a regular file or folder (a device, pipe or socket)' })
    } catch (err) {
      out.push({ path, size: 0, refused: describeFsError(err) })
    }
  }
  return out
}

function isInside(target: string, root: string): boolean {
  const rel = relative(root, target)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

export function sizeProblem(size: number): string | null {
  if (size === 0) return 'the file is empty'
  if (size > MAX_IMPORT_BYTES) {
    return `the file is too large (${(size / 1024 / 1024).toFixed(1)} MB; at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB are imported)`
  }
  return null
}

function unsupported(path: string): string {
  const ext = extname(basename(path))
  return `${ext ? `"${ext}" files are` : 'files without an extension are'} not imported (only ${IMPORT_EXTENSIONS.join(' ')})`
}

/** A short, human reason for a file-system error. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a folder'
    case 'ELOOP':
      return 'too many levels of symbolic links'
    default:
      return err instanceof Error ? err.message : String(err)
  }
}
