import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { API_EVENTS, API_METHODS } from '../../../src/shared/api'

/**
 * The page script that defines `window.api` (api-shim.js), configured with the contract's methods
 * and events — read from the contract itself, so the shim never drifts from it.
 */
export async function shimScript(): Promise<string> {
  const source = await readFile(join(import.meta.dirname, 'api-shim.js'), 'utf8')
  const config = { methods: API_METHODS, events: Object.keys(API_EVENTS) }
  return `${source}\ninstallApiShim(${JSON.stringify(config)});\n`
}
