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
}

export function reportLabels(locale: ReportLocale = 'en'): ReportLabels {
  return locale === 'de' ? de : en
}
