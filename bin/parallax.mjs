#!/usr/bin/env node
// The `parallax` CLI. Runs the built CLI (out/main/cli.js); in a checkout that has not been built
// yet, or with PARALLAX_FROM_SOURCE=1, runs the TypeScript source through tsx instead.
import { existsSync } from 'node:fs'

// better-sqlite3 is built for Node 22 and later; an older Node would crash inside it with an opaque error.
// 22.12 loads ES module packages through require, which the extraction stack is loaded lazily with.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`parallax needs Node.js 22.12 or later (this is ${process.version}); see .nvmrc\n`)
  process.exit(2)
}
import { fileURLToPath, pathToFileURL } from 'node:url'

const built = fileURLToPath(new URL('../out/main/cli.js', import.meta.url))
const source = fileURLToPath(new URL('../src/main/cli/index.ts', import.meta.url))

if (existsSync(built) && process.env.PARALLAX_FROM_SOURCE !== '1') {
  await import(pathToFileURL(built).href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import(pathToFileURL(source).href)
}
