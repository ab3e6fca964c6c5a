import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const requireFile = createRequire(import.meta.url)

/**
 * Packages the build also writes as one file each beside the bundle (electron.vite.config.ts): an import
 * worker loads all of them for its first page, and one bundled file loads in a third to a half of the
 * CPU that Node spends resolving and compiling linkedom's ~100 modules (chrono's, sanitize-html's and
 * postcss's) one by one.
 */
export const VENDORED_PACKAGES = ['linkedom', 'chrono-node/en', 'chrono-node/de', 'chrono-node/ru', 'sanitize-html'] as const

/** Of those, the CommonJS packages used for their default export (lazyDefault): their file re-exports just that. */
export const VENDORED_DEFAULT_EXPORTS: readonly string[] = ['sanitize-html']

/** The entry (and file) name of a vendored package in the build output: 'chrono-node/en' → 'vendor-chrono-node-en'(.js). */
export function vendorEntryName(name: string): string {
  return `vendor-${name.replace(/^@/u, '').replace(/\//gu, '-')}`
}

/**
 * A package that is loaded the first time it is used, not when the module naming it is. The main
 * process and the CLI reach the extraction, fetch and report code through stores they construct at
 * start, but most runs never parse or fetch a page: `parallax list` must not pay for linkedom,
 * sanitize-html, chrono, undici and the rest (~250 MB and seconds together with eld's model).
 *
 * The file loaded is the one a static import would load (the package's "import" entry: linkedom's
 * patched ES build, eld's ES-only entries), or that same code bundled into one file by the build
 * (VENDORED_PACKAGES), synchronously through require, which loads ES modules too (Node ≥ 22.12,
 * Electron ≥ 34). Returns what `import * as x` would give.
 */
export function lazyPackage<T>(name: string, builtFolder: string = import.meta.dirname): () => T {
  let loaded: T | undefined
  return () => (loaded ??= requireFile(vendoredFile(name, builtFolder) ?? fileURLToPath(import.meta.resolve(name))) as T)
}

/** The package's bundled file beside the built bundle (in `folder`); none when run from source (tests, tsx). */
function vendoredFile(name: string, folder: string): string | null {
  if (!(VENDORED_PACKAGES as readonly string[]).includes(name)) return null
  const file = join(folder, `${vendorEntryName(name)}.js`)
  return existsSync(file) ? file : null
}

/**
 * As lazyPackage, giving what `import x from` would: a CommonJS module's exports (or an ES module's
 * default export, loaded natively). For CommonJS packages: under tsx, which compiles ES modules to
 * CommonJS, an ES package's default export cannot be told from a named export called `default`.
 */
export function lazyDefault<T>(name: string): () => T {
  const load = lazyPackage<object>(name)
  let loaded: T | undefined
  return () => (loaded ??= (isNamespace(load()) ? (load() as { default: T }).default : load()) as T)
}

const isNamespace = (value: object): boolean => Object.prototype.toString.call(value) === '[object Module]'
