/**
 * Cyrillic → Latin (a simple, lossy romanisation), then a "loose" spelling that merges the usual
 * variants of German, English and Russian spellings of one name or loanword (Kasachstan, Kazakhstan,
 * Казахстан → kasakstan; Tokajew, Tokayev, Токаев → tokaiev; Objekt, объект → obiekt). Used only as a matching key.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'i', є: 'e', ґ: 'g', ў: 'u',
}

// е/ё are iotated ("ye") at the start of a word and after a vowel or a hard/soft sign: объект → obyekt.
const IOTATING = /[аеёиоуыэюяъьієї]/

export function romanise(lower: string): string {
  let out = ''
  let prev = ''
  for (const ch of lower) {
    out += (ch === 'е' || ch === 'ё') && (prev === '' || IOTATING.test(prev)) ? 'ye' : (CYRILLIC[ch] ?? ch)
    prev = ch
  }
  // ä → a, é → e …; ß is expanded so that "außen" and "aussen" agree.
  return out.replace(/ß/g, 'ss').normalize('NFKD').replace(/\p{M}/gu, '')
}

/** The romanised form with spelling variants merged; never shown, only compared. */
export function looseKey(lower: string): string {
  return romanise(lower)
    .replace(/shch|sch/g, 's')
    .replace(/ch|kh|ck|q|c/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/[zß]/g, 's')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/(?<=[kstdgz])h/g, '')
    .replace(/(.)\1+/g, '$1')
}
