/**
 * vue-i18n in composition mode. Keys are typed from en.ts (DefineLocaleMessage), so `t('nav.nope')`
 * fails the typecheck and de.ts must have every key en.ts has.
 */
import { createI18n } from 'vue-i18n'
import type { AppSettings } from '../../../shared/api'
import en from './en'
import de from './de'
import type { MessageSchema } from './schema'

export type Locale = AppSettings['locale']
export const LOCALES: readonly Locale[] = ['en', 'de']

declare module 'vue-i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en, de },
  // Article text never goes through i18n; messages are ours, so HTML warnings are noise.
  warnHtmlMessage: false,
})

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
}
