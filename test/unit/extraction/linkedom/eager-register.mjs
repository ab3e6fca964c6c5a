/**
 * `node --import ./eager-register.mjs …`: loads linkedom as upstream ships it, undoing the Parallax
 * patch (patches/linkedom+*.patch) while loading: every EventTarget gets its listener map in the
 * constructor again. The patch test extracts the same pages with and without it and expects identical
 * output. Synchronous hooks, because the extraction loads linkedom through require (lazily, see
 * src/main/core/lazy-package.ts), which asynchronous loader hooks do not see.
 */
import { registerHooks } from 'node:module'

registerHooks({
  load(url, context, nextLoad) {
    const result = nextLoad(url, context)
    if (!/\/linkedom\/esm\/interface\/event-target\.js$/u.test(url)) return result
    const source = String(result.source)
    const eager = source.replace('constructor() {}', 'constructor() {\n    wm.set(this, new Map);\n  }')
    if (eager === source) throw new Error('linkedom is not patched: its EventTarget constructor is not the lazy one')
    // Tells the test that upstream's constructor was really in use.
    process.stderr.write('linkedom: eager listener maps\n')
    return { ...result, source: eager }
  },
})
