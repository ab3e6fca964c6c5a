import type { StatementDocument } from './document'

/** The end of a clause starting at `from`: before ", but …", "; ", ", однако …", or at `to`. */
export function clauseEnd(doc: StatementDocument, from: number, to: number): number {
  const m = /(?:,\s*(?:but|while|whereas|aber|doch|jedoch|während|но|однако|а)\s|;)/iu.exec(doc.masked.slice(from, to))
  return m ? from + m.index : to
}
