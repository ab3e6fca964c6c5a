/** The languages the comparison's text analysis knows (stemming, stop words, filler words). */
export type TextLanguage = 'de' | 'en' | 'ru'
