/**
 * UI messages of search help and saved searches (section `search` of en.ts/de.ts), kept beside
 * the library view; de must have the shape of en (the compiler checks through en.ts/de.ts).
 */
export const searchEn = {
  help: {
    open: 'Search help',
    title: 'How search works',
    words: 'Articles with all the words.',
    forms: 'Every word also finds its other forms: “Unruhen”, “government” finds “governments”, “Казахстан” finds “Казахстане”. Articles with the very form you typed come first.',
    quotes: 'Exactly these words in this order; a single quoted word finds only that form.',
    prefix: 'Every word that begins so: “Sanktionen”, “sanktioniert”.',
    letters: 'Accents and ß/ss, ё/е do not matter: “Aussenministerium” finds “Außenministerium”.',
    close: 'Close',
  },
  saved: {
    heading: 'Saved searches',
    save: 'Save search',
    saveHint: 'Save this search with its filters; the sidebar then counts new articles that match it.',
    name: 'Name',
    namePlaceholder: 'e.g. Kazakhstan protests',
    submit: 'Save',
    cancel: 'Cancel',
    saved: 'Saved “{name}”.',
    newArticles: 'no new articles | one new article | {n} new articles',
    remove: 'Delete saved search “{name}”',
    removed: 'Deleted saved search “{name}”.',
    label: 'Saved searches',
  },
}

export const searchDe: typeof searchEn = {
  help: {
    open: 'Hilfe zur Suche',
    title: 'So funktioniert die Suche',
    words: 'Artikel mit allen Wörtern.',
    forms: 'Jedes Wort findet auch seine anderen Formen: „Unruhen“, „government“ findet „governments“, „Казахстан“ findet „Казахстане“. Artikel mit genau der eingegebenen Form stehen vorn.',
    quotes: 'Genau diese Wörter in dieser Reihenfolge; ein einzelnes Wort in Anführungszeichen findet nur diese Form.',
    prefix: 'Jedes Wort, das so beginnt: „Sanktionen“, „sanktioniert“.',
    letters: 'Akzente sowie ß/ss und ё/е spielen keine Rolle: „Aussenministerium“ findet „Außenministerium“.',
    close: 'Schließen',
  },
  saved: {
    heading: 'Gespeicherte Suchen',
    save: 'Suche speichern',
    saveHint: 'Diese Suche mit ihren Filtern speichern; die Seitenleiste zählt dann neue passende Artikel.',
    name: 'Name',
    namePlaceholder: 'z. B. Proteste Kasachstan',
    submit: 'Speichern',
    cancel: 'Abbrechen',
    saved: '„{name}“ gespeichert.',
    newArticles: 'keine neuen Artikel | ein neuer Artikel | {n} neue Artikel',
    remove: 'Gespeicherte Suche „{name}“ löschen',
    removed: 'Gespeicherte Suche „{name}“ gelöscht.',
    label: 'Gespeicherte Suchen',
  },
}
