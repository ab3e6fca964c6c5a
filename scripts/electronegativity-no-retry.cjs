// Loaded into the Electronegativity scanner (scripts/electronegativity.mjs): its HTTP client, got 11,
// crashes on Node 24 when it retries a timed-out request ("The onCancel handler was attached after the
// promise settled"); with retries off a failed download is caught by the scanner as it should be.
const Module = require('node:module')
const load = Module._load
Module._load = function (request, ...rest) {
  const loaded = load.call(this, request, ...rest)
  if (request !== 'got') return loaded
  const once = (url, options = {}) => loaded(url, { ...options, retry: { limit: 0 } })
  return Object.assign(once, loaded, { default: once })
}
