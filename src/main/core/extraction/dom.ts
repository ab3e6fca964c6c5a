import type * as Linkedom from 'linkedom'
import { lazyPackage } from '../lazy-package'

const linkedom = lazyPackage<typeof Linkedom>('linkedom')

/*
 * The part of the DOM that extraction uses, typed here because the main process is compiled
 * without the browser's DOM library (linkedom's own typings resolve to `any` there).
 */

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3

export interface DomNodeList<T> extends Iterable<T> {
  readonly length: number
  readonly [index: number]: T
}

export interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly parentNode: DomNode | null
  readonly parentElement: DomElement | null
  readonly childNodes: DomNodeList<DomNode>
  readonly firstChild: DomNode | null
  readonly nextSibling: DomNode | null
  readonly previousSibling: DomNode | null
  textContent: string | null
  remove(): void
  insertBefore(node: DomNode, before: DomNode | null): DomNode
}

export interface DomElement extends DomNode {
  /** Upper case for HTML elements. */
  readonly tagName: string
  readonly localName: string
  readonly children: DomNodeList<DomElement>
  readonly firstElementChild: DomElement | null
  readonly nextElementSibling: DomElement | null
  readonly previousElementSibling: DomElement | null
  innerHTML: string
  readonly outerHTML: string
  getAttribute(name: string): string | null
  setAttribute(name: string, value: string): void
  removeAttribute(name: string): void
  hasAttribute(name: string): boolean
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): DomNodeList<DomElement>
  getElementsByTagName(name: string): DomNodeList<DomElement>
  closest(selectors: string): DomElement | null
  replaceWith(...nodes: DomNode[]): void
  appendChild(node: DomNode): DomNode
}

export interface DomDocument {
  readonly documentElement: DomElement
  readonly head: DomElement | null
  readonly body: DomElement | null
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): DomNodeList<DomElement>
  getElementsByTagName(name: string): DomNodeList<DomElement>
  createElement(tagName: string): DomElement
}

/**
 * Parses a whole HTML page once with linkedom (which never runs its scripts). linkedom does not
 * imply the <html> and <body> elements that HTML lets a page leave out (it makes the first
 * element the root, and leaves content outside a missing <body>), so they are added first.
 */
export function parseDocument(html: string): DomDocument {
  return linkedom().parseHTML(withRootElements(withOneRoot(html))).document as unknown as DomDocument
}

const ROOT_START = /<!doctype[^>]*>|<html[\s>]/i
/** Scripts and comments may spell tags ("<body onload=…", "<!-- <body> -->"): skipped whole, never read as markup. */
const SCRIPT = String.raw`<script\b[\s\S]*?<\/script\s*>|<!--[\s\S]*?-->`
const BODY_START = new RegExp(`${SCRIPT}|<body[\\s>]`, 'gi')
const ROOT_TAG = new RegExp(`(${SCRIPT})|<!doctype[^>]*>|<\\/?(?:html|body)(?:\\s[^>]*)?>`, 'gi')

/**
 * One document root, as a browser's parser makes it: server output before the doctype ("Warning:
 * mysql_…") is dropped, and a second doctype, <html> or <body> inside the body (a CMS pasting a whole
 * document into an article) is ignored, its content kept. linkedom would otherwise build a second
 * document tree and hand back the wrong <body>.
 */
function withOneRoot(html: string): string {
  const root = ROOT_START.exec(html)
  if (root && root.index > 0 && /<[a-z]/i.test(html.slice(0, root.index))) html = html.slice(root.index)
  let body: RegExpExecArray | null = null
  BODY_START.lastIndex = 0
  for (let m = BODY_START.exec(html); m; m = BODY_START.exec(html)) if (!/^<(?:script|!--)/i.test(m[0])) {
    body = m
    break
  }
  if (!body) return html
  const bodyEnd = html.indexOf('>', body.index) + 1
  const rest = html.slice(bodyEnd)
  let tags = 0
  ROOT_TAG.lastIndex = 0
  for (let m = ROOT_TAG.exec(rest); m; m = ROOT_TAG.exec(rest)) if (!m[1]) tags++
  // A well-formed page has only its own </body></html> after the body starts.
  if (tags <= 2) return html
  return html.slice(0, bodyEnd) + rest.replace(ROOT_TAG, (tag, script: string | undefined) => script ?? '') + '</body></html>'
}

function withRootElements(html: string): string {
  const hasHtml = /<html[\s>]/i.test(html)
  if (/<body[\s>]/i.test(html)) return hasHtml ? html : `<html>${html}</html>`
  const headEnd = /<\/head\s*>/i.exec(html)
  if (headEnd) {
    const at = headEnd.index + headEnd[0].length
    const withBody = `${html.slice(0, at)}<body>${html.slice(at)}</body>`
    return hasHtml ? withBody : `<html>${withBody}</html>`
  }
  return `<html><head></head><body>${html}</body></html>`
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE
}

/** Whether elements nest deeper than `limit` under `root`; walks without recursion and stops at the first that does. */
export function nestsDeeperThan(root: DomElement, limit: number): boolean {
  const stack: [DomElement | null, number][] = [[root.firstElementChild, 1]]
  while (stack.length) {
    const top = stack[stack.length - 1]
    const [element, depth] = top
    if (!element) {
      stack.pop()
      continue
    }
    top[0] = element.nextElementSibling
    if (depth > limit) return true
    stack.push([element.firstElementChild, depth + 1])
  }
  return false
}
