import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import { compactEldTable, type EldNgramsData } from './src/main/core/extraction/eld-table'
import { VENDORED_DEFAULT_EXPORTS, VENDORED_PACKAGES, vendorEntryName } from './src/main/core/lazy-package'

const root = import.meta.dirname
const VENDOR_PREFIX = '\0vendor:'

export default defineConfig({
  main: {
    build: {
      // Bundled into their vendor-*.js files (VENDORED_PACKAGES), with the packages only they use; the rest stay in node_modules.
      externalizeDeps: { exclude: ['linkedom', 'htmlparser2', 'entities', 'chrono-node', 'sanitize-html'] },
      rollupOptions: {
        // The CLI and the worker threads are built beside the app's entry so that
        // all of them share one flat output folder (workers are located relative to it).
        input: {
          index: resolve(root, 'src/main/index.ts'),
          cli: resolve(root, 'src/main/cli/index.ts'),
          'import-worker': resolve(root, 'src/main/core/import/import-worker.ts'),
          'phrase-worker': resolve(root, 'src/main/core/compare/phrase-worker.ts'),
          'export-worker': resolve(root, 'src/main/core/compare/export-worker.ts'),
          ...Object.fromEntries(VENDORED_PACKAGES.map((name) => [vendorEntryName(name), `${VENDOR_PREFIX}${name}`])),
        },
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: '[name]-[hash].js',
        },
      },
    },
    plugins: [
      // Each vendored package's entry re-exports the package, which the build then bundles into it (lazy-package.ts).
      {
        name: 'vendored-packages',
        resolveId: (id: string) => (id.startsWith(VENDOR_PREFIX) ? id : null),
        load: (id: string) => {
          if (!id.startsWith(VENDOR_PREFIX)) return null
          const name = id.slice(VENDOR_PREFIX.length)
          return VENDORED_DEFAULT_EXPORTS.includes(name) ? `export { default } from '${name}'` : `export * from '${name}'`
        },
      },
      // eld's language model in a compact form beside the bundle: compiling eld's 2 MB object literal costs
      // every process and import worker ~180 MB, parsing it as JSON ~60 MB, the compact form ~6 MB
      // (src/main/core/extraction/eld-model.ts, eld-table.ts).
      {
        name: 'eld-table-json',
        async generateBundle() {
          const table = pathToFileURL(resolve(root, 'node_modules/eld/src/ngrams/medium.js')).href
          const { ngramsData } = (await import(table)) as { ngramsData: EldNgramsData }
          this.emitFile({ type: 'asset', fileName: 'eld-medium.json', source: JSON.stringify(compactEldTable(ngramsData)) })
        },
      },
    ],
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
    },
    plugins: [
      vue(),
      // Vite's dev server injects <style> elements; the built app keeps the strict policy.
      {
        name: 'dev-csp',
        apply: 'serve',
        transformIndexHtml: (html: string) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
      },
    ],
  },
})
