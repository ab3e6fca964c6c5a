const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text for HTML content or a quoted attribute value. Control characters other than tab/newline are dropped. */
export function escapeHtml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c])
}

/** An href only for http(s) URLs; anything else (javascript:, data:, file:) is shown as text but never linked. */
export function safeHref(url: string | null): string | null {
  if (!url) return null
  try {
    const u = new URL(url)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null
  } catch {
    return null
  }
}

/** A BCP 47-looking language tag, or null. */
export function safeLang(lang: string | null): string | null {
  return lang && /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/.test(lang) ? lang : null
}
