import type { CardKind, CompareLayout, ReportLocale } from '../../../../shared/api/compare'

/** The words a printed or exported comparison uses, in the report's language. */
export interface ReportLabels {
  defaultTitle: string
  scope: string
  actors: string
  reportDate: string
  layout: string
  layouts: Record<CompareLayout, string>
  date: string
  theme: string
  statements: (n: number) => string
  noStatement: string
  daysWithout: (n: number) => string
  undated: string
  suggested: string
  unassigned: string
  kinds: Record<CardKind, string>
  note: string
  translation: string
  recurringPhrases: string
  sources: string
  published: string
  captured: string
  sha256: string
  page: string
  of: string
  scopeEvent: string
  scopeTag: string
  scopeSearch: string
  scopeAll: string
  dateLocale: string
  /** A title in the report language's quotation marks. */
  quoted: (text: string) => string
  /** Office roles of persons (spokesperson, foreign-minister, …); others are printed as written. */
  roles: Record<string, string>
  /** The summary at the top: who said what, how often, first and last. */
  summary: string
  who: string
  howOften: string
  firstLast: string
  speakers: string
  strongest: string
  themesByActor: string
  /** "3 direct · 1 partial · 2 reported" */
  kindCounts: (kinds: Record<CardKind, number>) => string
  articles: (n: number) => string
  /** Marks a row's label on a table row that continues it (next page). */
  continued: string
  /** Words the DOCX briefing adds. */
  sideBySide: string
  notesAndTranslations: string
  seeNote: (n: number) => string
}

/** A person column's office in words: "Spokesperson, Russian MFA". */
export function officeLabel(labels: ReportLabels, role: string | null, body: string | null): string {
  const r = role ? (labels.roles[role] ?? role.replace(/-/gu, ' ')) : null
  return [r, body].filter(Boolean).join(', ')
}

const en: ReportLabels = {
  defaultTitle: 'Comparison of statements',
  scope: 'Scope',
  actors: 'Actors',
  reportDate: 'Report date',
  layout: 'Layout',
  layouts: { timeline: 'Timeline (by day)', themes: 'Themes' },
  date: 'Date',
  theme: 'Theme',
  statements: (n) => (n === 1 ? '1 statement' : `${n} statements`),
  noStatement: '— no statement —',
  daysWithout: (n) => (n === 1 ? '1 day without statements' : `${n} days without statements`),
  undated: 'Undated',
  suggested: 'Suggested',
  unassigned: 'Not assigned to a theme',
  kinds: { direct: 'Direct quote', partial: 'Partial quote', reported: 'Reported speech' },
  note: 'Note',
  translation: 'Translation',
  recurringPhrases: 'Recurring phrases',
  sources: 'Sources',
  published: 'Published',
  captured: 'Captured',
  sha256: 'SHA-256 of the capture',
  page: 'Page',
  of: 'of',
  scopeEvent: 'Event',
  scopeTag: 'Tag',
  scopeSearch: 'Search',
  scopeAll: 'Whole library',
  dateLocale: 'en-GB',
  quoted: (t) => `“${t}”`,
  roles: {
    spokesperson: 'Spokesperson',
    'foreign-minister': 'Foreign minister',
    'head-of-state': 'Head of state',
    'head-of-government': 'Head of government',
    'secretary-general': 'Secretary-General',
    'high-representative': 'High Representative',
    minister: 'Minister',
  },
  summary: 'Summary',
  who: 'Actor or person',
  howOften: 'Statements',
  firstLast: 'First – last',
  speakers: 'Speakers',
  strongest: 'Strongest statement',
  themesByActor: 'Themes by actor',
  kindCounts: (k) => [k.direct && `${k.direct} direct`, k.partial && `${k.partial} partial`, k.reported && `${k.reported} reported`].filter(Boolean).join(' · '),
  articles: (n) => (n === 1 ? '1 article' : `${n} articles`),
  continued: 'cont.',
  sideBySide: 'Side by side',
  notesAndTranslations: "Analyst's notes and translations",
  seeNote: (n) => `See note ${n}.`,
}

const de: ReportLabels = {
  defaultTitle: 'Gegenüberstellung der Aussagen',
  scope: 'Umfang',
  actors: 'Akteure',
  reportDate: 'Berichtsdatum',
  layout: 'Anordnung',
  layouts: { timeline: 'Zeitleiste (nach Tagen)', themes: 'Themen' },
  date: 'Datum',
  theme: 'Thema',
  statements: (n) => (n === 1 ? '1 Aussage' : `${n} Aussagen`),
  noStatement: '— keine Aussage —',
  daysWithout: (n) => (n === 1 ? '1 Tag ohne Aussagen' : `${n} Tage ohne Aussagen`),
  undated: 'Ohne Datum',
  suggested: 'Vorschlag',
  unassigned: 'Keinem Thema zugeordnet',
  kinds: { direct: 'Direktes Zitat', partial: 'Teilzitat', reported: 'Indirekte Rede' },
  note: 'Notiz',
  translation: 'Übersetzung',
  recurringPhrases: 'Wiederkehrende Formulierungen',
  sources: 'Quellen',
  published: 'Veröffentlicht',
  captured: 'Erfasst',
  sha256: 'SHA-256 der Erfassung',
  page: 'Seite',
  of: 'von',
  scopeEvent: 'Ereignis',
  scopeTag: 'Schlagwort',
  scopeSearch: 'Suche',
  scopeAll: 'Gesamte Bibliothek',
  dateLocale: 'de-DE',
  quoted: (t) => `„${t}“`,
  roles: {
    spokesperson: 'Sprecher/in',
    'foreign-minister': 'Außenminister/in',
    'head-of-state': 'Staatsoberhaupt',
    'head-of-government': 'Regierungschef/in',
    'secretary-general': 'Generalsekretär/in',
    'high-representative': 'Hohe/r Vertreter/in',
    minister: 'Minister/in',
  },
  summary: 'Zusammenfassung',
  who: 'Akteur oder Person',
  howOften: 'Aussagen',
  firstLast: 'Erste – letzte',
  speakers: 'Sprecher/innen',
  strongest: 'Stärkste Aussage',
  themesByActor: 'Themen nach Akteur',
  kindCounts: (k) => [k.direct && `${k.direct} direkt`, k.partial && `${k.partial} Teilzitat`, k.reported && `${k.reported} indirekt`].filter(Boolean).join(' · '),
  articles: (n) => (n === 1 ? '1 Artikel' : `${n} Artikel`),
  continued: 'Forts.',
  sideBySide: 'Gegenüberstellung',
  notesAndTranslations: 'Notizen und Übersetzungen',
  seeNote: (n) => `Siehe Anm. ${n}.`,
}

const ru: ReportLabels = {
  defaultTitle: 'Сопоставление заявлений',
  scope: 'Охват',
  actors: 'Акторы',
  reportDate: 'Дата отчёта',
  layout: 'Расположение',
  layouts: { timeline: 'Хронология (по дням)', themes: 'Темы' },
  date: 'Дата',
  theme: 'Тема',
  statements: (n) => `${n} ${ruPlural(n, 'заявление', 'заявления', 'заявлений')}`,
  noStatement: '— нет заявления —',
  daysWithout: (n) => `${n} ${ruPlural(n, 'день', 'дня', 'дней')} без заявлений`,
  undated: 'Без даты',
  suggested: 'Предложено',
  unassigned: 'Вне тем',
  kinds: { direct: 'Прямая цитата', partial: 'Частичная цитата', reported: 'Косвенная речь' },
  note: 'Примечание',
  translation: 'Перевод',
  recurringPhrases: 'Повторяющиеся формулировки',
  sources: 'Источники',
  published: 'Опубликовано',
  captured: 'Сохранено',
  sha256: 'SHA-256 сохранённой копии',
  page: 'Страница',
  of: 'из',
  scopeEvent: 'Событие',
  scopeTag: 'Метка',
  scopeSearch: 'Поиск',
  scopeAll: 'Вся библиотека',
  dateLocale: 'ru-RU',
  quoted: (t) => `«${t}»`,
  roles: {
    spokesperson: 'Официальный представитель',
    'foreign-minister': 'Министр иностранных дел',
    'head-of-state': 'Глава государства',
    'head-of-government': 'Глава правительства',
    'secretary-general': 'Генеральный секретарь',
    'high-representative': 'Высокий представитель',
    minister: 'Министр',
  },
  summary: 'Сводка',
  who: 'Актор или лицо',
  howOften: 'Заявления',
  firstLast: 'Первое – последнее',
  speakers: 'Выступавшие',
  strongest: 'Самое весомое заявление',
  themesByActor: 'Темы по акторам',
  kindCounts: (k) => [k.direct && `${k.direct} прям.`, k.partial && `${k.partial} част.`, k.reported && `${k.reported} косв.`].filter(Boolean).join(' · '),
  articles: (n) => `${n} ${ruPlural(n, 'статья', 'статьи', 'статей')}`,
  continued: 'продолж.',
  sideBySide: 'Сопоставление',
  notesAndTranslations: 'Примечания и переводы аналитика',
  seeNote: (n) => `См. прим. ${n}.`,
}

/** Russian plural forms: 1 заявление, 2 заявления, 5 заявлений (11–14 take the last). */
function ruPlural(n: number, one: string, few: string, many: string): string {
  const d = n % 10
  const h = n % 100
  if (d === 1 && h !== 11) return one
  if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return few
  return many
}

export function reportLabels(locale: ReportLocale = 'en'): ReportLabels {
  return locale === 'de' ? de : locale === 'ru' ? ru : en
}
