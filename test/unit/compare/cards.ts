import type { CompareActor, StatementCard } from '../../../src/shared/api/compare'

export const RU: CompareActor = { id: 'ru-mfa', name: 'Russian MFA', country: 'ru' }
export const BY: CompareActor = { id: 'by-mfa', name: 'Belarusian MFA', country: 'by' }
export const KZ: CompareActor = { id: 'kz-mfa', name: 'Kazakh MFA', country: 'kz' }

let nextId = 1

/** A statement card with plausible provenance; only what a test cares about needs giving. */
export function card(actorId: string, quote: string, date: string | null, extra: Partial<StatementCard> = {}): StatementCard {
  const id = nextId++
  const articleId = extra.articleId ?? 100 + id
  return {
    statementId: id,
    actorId,
    personId: null,
    quote,
    kind: 'direct',
    date,
    language: /\p{Script=Cyrillic}/u.test(quote) ? 'ru' : 'de',
    outlet: 'Example News',
    articleId,
    articleTitle: `Article ${articleId}`,
    start: 10,
    end: 10 + quote.length,
    url: `https://news.example/a/${articleId}`,
    publishedAt: date ? `${date}T09:30:00+03:00` : null,
    capturedAt: '2022-01-20T08:00:00Z',
    captureSha256: 'ab'.repeat(32),
    note: null,
    translation: null,
    speaker: null,
    ...extra,
  }
}
