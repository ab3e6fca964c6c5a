import type sanitizeHtml from 'sanitize-html'
import { lazyDefault } from '../lazy-package'
import { httpUrl } from './metadata/site'

/**
 * The only markup an article keeps: structure and emphasis. No images, media, frames, forms,
 * scripts, styles, classes or event handlers, so showing it loads nothing from the network;
 * links only to http(s), opened without access to the reader. Sectioning elements become
 * plain <div>s, which keep text that sites put in divs in paragraphs of its own.
 */
const EMPTY_DROPPED = new Set(['div', 'p', 'li', 'ul', 'ol', 'dl', 'table', 'figure', 'figcaption', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'em', 'strong', 'b', 'i'])
const SECTIONING = ['section', 'article', 'main', 'header', 'footer', 'aside', 'center', 'address', 'hgroup', 'details', 'summary']

const OPTIONS = {
  allowedTags: ['div', 'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'a', 'br', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'dl', 'dt', 'dd'],
  allowedAttributes: { a: ['href', 'rel'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'svg', 'math', 'iframe', 'object'],
  exclusiveFilter: (frame: sanitizeHtml.IFrame) => frame.tag !== 'br' && !frame.text.trim() && !frame.mediaChildren.length && EMPTY_DROPPED.has(frame.tag),
} satisfies sanitizeHtml.IOptions

const sanitize = lazyDefault<typeof sanitizeHtml>('sanitize-html')

/** `baseUrl` makes relative links absolute; without it they lose their href (they would point into the app). */
export function cleanHtml(html: string, baseUrl: string | null): string {
  return sanitize()(html, {
    ...OPTIONS,
    transformTags: {
      // The reader shows the title itself; a heading inside the article is one level below it.
      h1: 'h2',
      ...Object.fromEntries(SECTIONING.map((tag) => [tag, 'div'])),
      // A link that cannot be followed safely keeps its text in an <a> without href, which links nowhere.
      a: (tagName, attribs): sanitizeHtml.Tag => {
        const href = httpUrl(attribs.href, baseUrl)
        return { tagName, attribs: href ? { href, rel: 'noopener noreferrer' } : {} }
      },
    },
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
