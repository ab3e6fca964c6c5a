import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const requireFile = createRequire(import.meta.url)

/**
 * A package that is loaded the first time it is used, not when the module naming it is. The main
 * process and the CLI reach the extraction, fetch and report code through stores they construct at
 * start, but most runs never parse or fetch a page: `parallax list` must not pay for linkedom,
 * sanitize-html, chrono, undici and the rest (~250 MB and seconds together with eld's model).
 *
 * The file loaded is the one a static import would load (the package's "import" entry: linkedom's
 * patched ES build, eld's ES-only entries), synchronously through require, which loads ES modules
 * too (Node ≥ 22.12, Electron ≥ 34). Returns what `import * as x` would give.
 */
export function lazyPackage<T>(name: string): () => T {
  let loaded: T | undefined
  return () => (loaded ??= requireFile(fileURLToPath(import.meta.resolve(name))) as T)
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
