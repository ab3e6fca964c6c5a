/** Case- and accent-insensitive form for matching typed text ("aussen" finds "Außen", "e" finds "é"). */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/ß/g, 'ss')
}
