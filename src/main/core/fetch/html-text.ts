import type * as Linkedom from 'linkedom'
import { lazyPackage } from '../lazy-package'

const linkedom = lazyPackage<typeof Linkedom>('linkedom')

/** The text of an HTML fragment (a feed's title or summary of type html), entities decoded. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim()
  const { document } = linkedom().parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  return (document.body.textContent ?? '').replace(/\s+/gu, ' ').trim()
}
