import type { StatementDocument } from './document'

/** The end of a clause starting at `from`: before ", but …", "; ", ", однако …", a closing aside (trailingAside), or at `to`. */
export function clauseEnd(doc: StatementDocument, from: number, to: number): number {
  const m = /(?:,\s*(?:but|while|whereas|aber|doch|jedoch|während|но|однако|а)\s|;)/iu.exec(doc.masked.slice(from, to))
  return trailingAside(doc, from, m ? from + m.index : to)
}

/**
 * Where the writer's own aside after a single spaced dash begins ("predicted an overwhelming victory - a landslide
 * win based on …"), else `to`. A pair of dashes sets off an aside inside what was said; only the last, unpaired one ends it.
 * English only: in Russian a dash stands for "is" ("Москва – столица"), and German uses it within what is said.
 */
export function trailingAside(doc: StatementDocument, from: number, to: number): number {
  if (doc.language !== 'en') return to
  const dashes = [...doc.masked.slice(from, to).matchAll(/\s(?:-|--|–|—)\s/gu)]
  return dashes.length === 1 ? from + dashes[0].index : to
}
