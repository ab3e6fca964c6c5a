import { dateMention } from './date'

/** Words that introduce an author's name in a byline, in the languages Parallax reads. */
const BY_PREFIX = /^\s*(?:by|von|written by|text|texte|автор(?:ы)?|текст)\s*[:\-–]?\s+/iu
const MAX_LENGTH = 120

/**
 * A byline fit to show: "By"/"Von"/"Автор:" and a dateline after the names dropped, whitespace
 * normalised, URLs (profile links some sites put in author meta tags) and overlong values refused.
 */
export function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null
  let text = value.replace(/\s+/gu, ' ').replace(BY_PREFIX, '')
  const date = /\d/.test(text) ? dateMention(text) : null
  if (date && date.index > 0) text = text.slice(0, date.index)
  text = text.replace(/[\s,|·•\-–—]+$/u, '').trim()
  if (!text || text.length > MAX_LENGTH || /^(?:https?:|www\.)/i.test(text) || !/\p{L}/u.test(text)) return null
  return text
}

/** Several author names as one byline, duplicates dropped. */
export function joinAuthors(names: readonly string[]): string | null {
  const unique = [...new Set(names.map(cleanByline).filter((n): n is string => !!n))]
  return unique.length ? unique.join(', ') : null
}
