import type { DomElement } from '../dom'

/*
 * Words that web developers use in class and id names for page furniture rather than article
 * text, matched as whole words of a name split at "-", "_", "__" and camelCase ("c-share-bar",
 * "relatedArticles"), so that "shareholder" or "commentary" never match.
 */

/** Furniture around an article: safe to drop anywhere on the page (with a size guard). */
const PAGE_FURNITURE = new Set(
  `share shares sharing sharebar sharetools sharethis addthis shariff social socials socialmedia follow
   related relatedposts relatedarticles recommended recommendation recommendations recirc recirculation
   newsletter newsletters subscribe subscription signup optin promo promos promotion
   advert adverts advertisement advertising ad ads adslot adunit adblock sponsor sponsored partner
   outbrain taboola plista ligatus cookie cookies consent gdpr cmp breadcrumb breadcrumbs crumbs
   comment comments commenting disqus discussion modal popup overlay lightbox
   toolbar sidebar navbar nav navigation menu topnav footer masthead pagination pager
   trending popular mostread mostpopular readmore morestories moreon alsoread
   print printonly rating ratings reactions reaction banner skiplink skip`
    .split(/\s+/)
    .filter(Boolean),
)

/** Furniture that also appears inside an article's own container: bylines, captions, credits, dates. */
const ARTICLE_FURNITURE = new Set(
  `byline bylines author authors authorinfo bio dateline timestamp date meta metadata caption captions
   figcaption credit credits copyright tags tag keywords topics categories category source
   gallery slideshow carousel slider video embed embedded audio podcast kicker label`
    .split(/\s+/)
    .filter(Boolean),
)

/**
 * Words that name a deck, the summary under a headline ("dek", "standfirst", "summary"): it sums the article up in
 * other words and is no paragraph of its text, whatever other names the element has.
 */
const DECK = new Set(['dek', 'deck', 'standfirst', 'summary', 'subtitle', 'subheadline'])
/** Words that name a headline. */
const TITLE = new Set(['title', 'headline', 'hed'])

/** Words that name the article's own container; a name with one of them is not page furniture ("content-with-sidebar"). */
const CONTENT = new Set(['article', 'content', 'body', 'story', 'post', 'entry', 'main', 'text', 'blog'])

/** Platforms whose embed code quotes a post in a <blockquote> with the platform's name as class ("twitter-tweet", "instagram-media"). */
const EMBEDDED_POST = new Set(['twitter', 'tweet', 'instagram', 'tiktok', 'telegram', 'facebook', 'fb', 'bluesky', 'mastodon', 'threads', 'reddit', 'vk'])

/** Whole class names that hide text from sight (screen-reader-only helpers). */
const HIDDEN_CLASSES = new Set(['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screenreader-only', 'offscreen', 'a11y-hidden'])

const cache = new Map<string, string[]>()

/** Words that make the next word a property of the element, not what it is: "has-ads", "with-sidebar", "no-comments". */
const MODIFIERS = new Set(['has', 'with', 'without', 'no'])

/**
 * The words of an element's class and id: "c-shareBar__item" → c, share, bar, item. A name that only hooks a
 * script ("js-lightbox", "js_readmore") says what a script does to the element, not what it holds, and the word
 * after a modifier ("o-section--has-ads") is something beside the element: both are left out.
 */
export function nameWords(element: DomElement): string[] {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.trim()
  if (!names) return []
  let words = cache.get(names)
  if (!words) {
    words = []
    for (const name of names.split(/\s+/)) {
      if (/^js[-_]/i.test(name)) continue
      const parts = name
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
      for (let i = 0; i < parts.length; i++) {
        if (MODIFIERS.has(parts[i])) i++
        else if (parts[i]) words.push(parts[i])
      }
    }
    if (cache.size > 20_000) cache.clear()
    cache.set(names, words)
  }
  return words
}

/** Named as furniture and not also as content: "share-bar" is, "article-body with-sidebar" is not. */
export function isPageFurnitureName(element: DomElement): boolean {
  const words = nameWords(element)
  return words.some((w) => PAGE_FURNITURE.has(w)) && !words.some((w) => CONTENT.has(w))
}

/**
 * Named as furniture of either kind, content words or not: inside the article "article-tags"
 * and "story-related" are furniture (the caller keeps large elements whatever their name).
 */
export function isArticleFurnitureName(element: DomElement): boolean {
  return nameWords(element).some((w) => PAGE_FURNITURE.has(w)) || articleNameWords(element).some((w) => ARTICLE_FURNITURE.has(w))
}

/**
 * The words of the names that can make an element article furniture: a word followed by a value is a property of
 * the element, not what it is: a taxonomy ("category-16", the CMS's number of a section) or where a field shows its
 * label ("field--label-hidden", "field--label-above").
 */
function articleNameWords(element: DomElement): string[] {
  const words = nameWords(element)
  return words.filter((w, i) => !(/^\d+$/.test(words[i + 1] ?? '') || (w === 'label' && LABEL_PLACES.has(words[i + 1]))))
}

const LABEL_PLACES = new Set(['hidden', 'above', 'inline', 'visually', 'before', 'after'])

export const isDeckName = (element: DomElement) => nameWords(element).some((w) => DECK.has(w))
export const isTitleName = (element: DomElement) => nameWords(element).some((w) => TITLE.has(w))

export function hasHiddenClass(element: DomElement): boolean {
  const cls = element.getAttribute('class')
  return !!cls && cls.split(/\s+/).some((c) => HIDDEN_CLASSES.has(c.toLowerCase()))
}

/** A social media post quoted in the article (a statement on X or Telegram is content, not a share button). */
export function isEmbeddedPost(element: DomElement): boolean {
  return element.localName === 'blockquote' && nameWords(element).some((w) => EMBEDDED_POST.has(w))
}

/** Whether an element holds an embedded post. */
export function holdsEmbeddedPost(element: DomElement): boolean {
  for (const quote of element.getElementsByTagName('blockquote')) if (isEmbeddedPost(quote)) return true
  return false
}
