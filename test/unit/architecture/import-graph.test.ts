/**
 * The shape of the source tree: no import cycles between modules (type-only imports included), and Electron kept at
 * the edge — library, import, extraction, statements, fetching and comparison (src/main/core) never import it, so
 * they run under plain Node in the tests and the CLI.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../../..')
const SRC = join(ROOT, 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(?:ts|vue)$/u.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

/** Every module specifier a file names: static imports and re-exports (type-only ones too) and dynamic imports. */
function specifiers(text: string): string[] {
  const found: string[] = []
  const patterns = [/(?:^|[\s;])(?:import|export)\s[^'"`;]*?\sfrom\s+['"]([^'"]+)['"]/gmu, /(?:^|[\s;])import\s+['"]([^'"]+)['"]/gmu, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/gu]
  for (const re of patterns) for (const m of text.matchAll(re)) found.push(m[1])
  return found
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  const base = resolve(dirname(from), specifier.replace(/\?.*$/u, ''))
  for (const candidate of [base, `${base}.ts`, `${base}.vue`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}

/** Strongly connected components of more than one module (Tarjan), or a module importing itself. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const out: string[][] = []
  let next = 0
  const visit = (v: string) => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      if (component.length > 1 || graph.get(v)?.includes(v)) out.push(component.map((f) => relative(ROOT, f)).sort())
    }
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return out
}

const files = sourceFiles(SRC)
const imports = new Map(files.map((f) => [f, specifiers(readFileSync(f, 'utf8'))]))

describe('the import graph', () => {
  it('reads the imports of every source file', () => {
    expect(files.length).toBeGreaterThan(100)
    // The reader must see type-only imports and re-exports, or a cycle through them would go unseen.
    expect(specifiers("import type { A } from './a'\nexport { B } from \"./b\"\nconst c = await import('./c')")).toEqual(['./a', './b', './c'])
  })

  it('has no cycles, type-only imports included', () => {
    const graph = new Map(files.map((f) => [f, imports.get(f)!.map((s) => resolveImport(f, s)).filter((t): t is string => t !== null)]))
    expect(cycles(graph)).toEqual([])
  })

  it('keeps Electron out of the core that runs under plain Node', () => {
    const core = files.filter((f) => f.startsWith(join(SRC, 'main', 'core')))
    expect(core.length).toBeGreaterThan(50)
    const electron = core.filter((f) => imports.get(f)!.some((s) => s === 'electron' || s.startsWith('electron/')))
    expect(electron.map((f) => relative(ROOT, f))).toEqual([])
  })
})
