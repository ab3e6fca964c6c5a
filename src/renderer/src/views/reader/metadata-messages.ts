/**
 * UI messages of the reader's metadata editor and the library's citation export (sections `metadata`
 * and `citations` of en.ts/de.ts). Kept beside the views; de must have the shape of en (the compiler checks).
 */
export const metadataEn = {
  edit: 'Edit metadata',
  title: 'Correct metadata',
  hint: 'Your corrections are kept when metadata is read again from the capture, when statements are re-run and when the same page is imported again.',
  fields: {
    title: 'Title',
    outlet: 'Outlet',
    author: 'Author',
    publishedAt: 'Published',
    url: 'URL',
    language: 'Language',
  },
  placeholders: {
    outlet: 'e.g. Süddeutsche Zeitung',
    author: 'Names, separated by commas',
    url: 'https://…',
    language: 'de, en, ru …',
  },
  languageHint: 'ISO 639-1 code',
  edited: 'edited',
  editedBadge: 'Edited by you',
  editedFields: 'Corrected by you: {fields}',
  save: 'Save corrections',
  saved: 'Metadata saved',
  revert: 'Use automatic values',
  revertHint: 'Reads the corrected fields again from the stored page',
  reverted: 'Automatic metadata restored',
  unchanged: 'Nothing changed',
}

export const metadataDe: typeof metadataEn = {
  edit: 'Metadaten bearbeiten',
  title: 'Metadaten korrigieren',
  hint: 'Ihre Korrekturen bleiben erhalten, wenn Metadaten erneut aus der Aufnahme gelesen, Aussagen neu erkannt oder dieselbe Seite erneut importiert wird.',
  fields: {
    title: 'Titel',
    outlet: 'Medium',
    author: 'Autor',
    publishedAt: 'Veröffentlicht',
    url: 'URL',
    language: 'Sprache',
  },
  placeholders: {
    outlet: 'z. B. Süddeutsche Zeitung',
    author: 'Namen, durch Kommas getrennt',
    url: 'https://…',
    language: 'de, en, ru …',
  },
  languageHint: 'ISO-639-1-Code',
  edited: 'bearbeitet',
  editedBadge: 'Von Ihnen bearbeitet',
  editedFields: 'Von Ihnen korrigiert: {fields}',
  save: 'Korrekturen speichern',
  saved: 'Metadaten gespeichert',
  revert: 'Automatische Werte verwenden',
  revertHint: 'Liest die korrigierten Felder erneut aus der gespeicherten Seite',
  reverted: 'Automatische Metadaten wiederhergestellt',
  unchanged: 'Nichts geändert',
}

export const citationsEn = {
  export: 'Export citations…',
  title: 'Export citations',
  body: 'No articles | Citation of the selected article for your reference manager. | Citations of {n} selected articles for your reference manager.',
  format: 'Format',
  formats: {
    ris: 'RIS — Zotero, Citavi, EndNote, Mendeley',
    'csl-json': 'CSL-JSON — Zotero, Pandoc, citation styles',
    bibtex: 'BibTeX — LaTeX, JabRef',
  },
  save: 'Save…',
  saved: 'Saved no citations | Saved 1 citation to {path} | Saved {n} citations to {path}',
}

export const citationsDe: typeof citationsEn = {
  export: 'Zitate exportieren…',
  title: 'Zitate exportieren',
  body: 'Keine Artikel | Zitat des ausgewählten Artikels für Ihre Literaturverwaltung. | Zitate der {n} ausgewählten Artikel für Ihre Literaturverwaltung.',
  format: 'Format',
  formats: {
    ris: 'RIS — Zotero, Citavi, EndNote, Mendeley',
    'csl-json': 'CSL-JSON — Zotero, Pandoc, Zitierstile',
    bibtex: 'BibTeX — LaTeX, JabRef',
  },
  save: 'Speichern…',
  saved: 'Keine Zitate gespeichert | 1 Zitat in {path} gespeichert | {n} Zitate in {path} gespeichert',
}
