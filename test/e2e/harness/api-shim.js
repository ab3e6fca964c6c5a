/**
 * Browser-side stand-in for the preload, injected by app.ts with addInitScript before the app's
 * scripts (plain JavaScript, so it reaches the page exactly as written). Builds `window.api` from
 * API_METHODS / API_EVENTS (new namespaces need no change here): calls become
 * `fetch('/api/<ns>/<method>')`, events come from an EventSource. Same origin as the page, so the
 * app's CSP (connect-src 'self') allows both.
 *
 * Test-only (`window.__parallaxE2E`): `drop([{ name, path }])` drops files onto the window, and
 * `pathsForFiles` then answers with those server-side paths (browsers give dropped files no paths;
 * Electron's webUtils does). `watch(selector)` / `seen(selector)` record texts of short-lived UI.
 *
 * @param {{ methods: Record<string, Record<string, true>>, events: string[] }} config
 */
// eslint-disable-next-line no-unused-vars
function installApiShim(config) {
  const source = new EventSource('/api/events')
  // Calls wait for the event stream, so no pushed event (import progress …) can be missed.
  const ready = new Promise((resolve) => source.addEventListener('open', () => resolve(), { once: true }))
  /** @type {Map<string, Set<(payload: unknown) => void>>} */
  const listeners = new Map()
  for (const name of config.events) {
    source.addEventListener(name, (e) => {
      const payload = JSON.parse(e.data)
      for (const listener of listeners.get(name) ?? []) listener(payload)
    })
  }

  async function call(namespace, method, args) {
    await ready
    // IPC's structured clone keeps a trailing `undefined` argument as missing; JSON would make it null.
    const trimmed = [...args]
    while (trimmed.length > 0 && trimmed[trimmed.length - 1] === undefined) trimmed.pop()
    const res = await fetch(`/api/${namespace}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(trimmed),
    })
    const body = await res.json()
    if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`)
    return body.result
  }

  /** @type {Map<string, string>} */
  const dropPaths = new Map()
  const api = {}
  for (const [namespace, table] of Object.entries(config.methods)) {
    api[namespace] = Object.freeze(
      Object.fromEntries(Object.keys(table).map((method) => [method, (...args) => call(namespace, method, args)])),
    )
  }
  api.on = (event, listener) => {
    if (!config.events.includes(event)) throw new Error(`Unknown event ${event}`)
    let set = listeners.get(event)
    if (!set) listeners.set(event, (set = new Set()))
    set.add(listener)
    return () => void set.delete(listener)
  }
  api.pathsForFiles = (files) => files.map((f) => dropPaths.get(f.name) ?? '').filter((p) => p.length > 0)

  Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true })
  /**
   * Drops files the way a person does: dragenter, dragover, drop on the main area, carrying File
   * objects the app hands to `pathsForFiles` — which answers with the registered server-side paths.
   * @param {{ name: string, path: string }[]} items
   */
  function drop(items) {
    const data = new DataTransfer()
    for (const { name, path } of items) {
      dropPaths.set(name, path)
      data.items.add(new File([], name))
    }
    const target = document.querySelector('main') ?? document.body
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }))
    }
  }

  /** @type {Map<string, Set<string>>} */
  const watched = new Map()

  /** Records every text that elements matching `selector` show from now on (for short-lived UI). */
  function watch(selector) {
    const seen = new Set()
    watched.set(selector, seen)
    const record = () => {
      for (const el of document.querySelectorAll(selector)) seen.add(el.textContent.replace(/\s+/g, ' ').trim())
    }
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true })
    record()
  }

  const seen = (selector) => [...(watched.get(selector) ?? [])]

  Object.defineProperty(window, '__parallaxE2E', { value: Object.freeze({ drop, watch, seen }) })
}
