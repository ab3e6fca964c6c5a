/** The language to read a text in: the given code, else a cheap guess from script and function words. */

const GERMAN = /\b(?:der|die|das|und|nicht|ist|sich|mit|dem|den|auch)\b|[äöüß]/giu
const ENGLISH = /\b(?:the|and|of|to|is|that|with|for|was|said)\b/giu

export function resolveLanguage(text: string, given?: string | null): string {
  const code = given?.toLowerCase().split(/[-_]/)[0]
  if (code) return code
  const sample = text.slice(0, 5000)
  const cyrillic = (sample.match(/\p{Script=Cyrillic}/gu) ?? []).length
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length
  if (cyrillic > latin) return 'ru'
  const de = (sample.match(GERMAN) ?? []).length
  const en = (sample.match(ENGLISH) ?? []).length
  return de > en ? 'de' : 'en'
}
