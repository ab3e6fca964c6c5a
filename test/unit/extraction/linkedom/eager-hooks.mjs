/**
 * Module hooks that undo the Parallax patch of linkedom (patches/linkedom+*.patch) while loading it:
 * every EventTarget gets its listener map in the constructor again, as upstream linkedom does. The
 * patch test extracts the same pages with and without it and expects identical output.
 */
export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context)
  if (!/\/linkedom\/esm\/interface\/event-target\.js$/u.test(url)) return result
  const source = String(result.source)
  const eager = source.replace('constructor() {}', 'constructor() {\n    wm.set(this, new Map);\n  }')
  if (eager === source) throw new Error('linkedom is not patched: its EventTarget constructor is not the lazy one')
  // Tells the test that upstream's constructor was really in use.
  process.stderr.write('linkedom: eager listener maps\n')
  return { ...result, source: eager }
}
