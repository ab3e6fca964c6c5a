/** Counts in the Events and Compare views go through vue-i18n's plural forms: "1 statement", never "1 statements". */
import { describe, expect, it } from 'vitest'

// Renderer modules are outside the node project's typecheck (tsconfig.web.json checks them): loaded by path.
const I18N = '../../../src/renderer/src/i18n'

describe('counted words in the Events and Compare views', () => {
  it('speaks English and German in the right number', async () => {
    type I18n = { global: { t: (key: string, named: Record<string, unknown>, plural: number) => string; locale: { value: string } } }
    const { i18n } = (await import(/* @vite-ignore */ `${I18N}`)) as { i18n: I18n }
    const t = i18n.global.t
    i18n.global.locale.value = 'en'
    expect(t('events.statementsN', { n: 1 }, 1)).toBe('1 statement')
    expect(t('events.articlesN', { n: 1 }, 1)).toBe('1 article')
    expect(t('events.articlesN', { n: 10 }, 10)).toBe('10 articles')
    expect(t('compare.rowsN', { n: 1 }, 1)).toBe('1 row')
    i18n.global.locale.value = 'de'
    expect(t('events.statementsN', { n: 1 }, 1)).toBe('1 Aussage')
    expect(t('events.statementsN', { n: 3 }, 3)).toBe('3 Aussagen')
    // The library's filtered count agrees with its total: "1 of 1 article", "1 of 4 articles".
    expect(t('library.countOf', { shown: 1, total: 1 }, 1)).toBe('1 von 1 Artikel')
    i18n.global.locale.value = 'en'
    expect(t('library.countOf', { shown: 1, total: 1 }, 1)).toBe('1 of 1 article')
    expect(t('library.countOf', { shown: 1, total: 4 }, 4)).toBe('1 of 4 articles')
  })
})
