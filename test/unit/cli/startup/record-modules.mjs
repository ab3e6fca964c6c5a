/**
 * `node --import ./record-modules.mjs …`: writes every module the process loads (import and require)
 * to the file named by PARALLAX_MODULE_LOG when it exits. The start-up test reads it.
 */
import { registerHooks } from 'node:module'
import { writeFileSync } from 'node:fs'

const loaded = new Set()
registerHooks({
  load(url, context, nextLoad) {
    loaded.add(url)
    return nextLoad(url, context)
  },
})
process.on('exit', () => writeFileSync(process.env.PARALLAX_MODULE_LOG, [...loaded].join('\n')))
