/**
 * The gender a first name says (resources/persons/first-names.json): common names that are the one gender
 * wherever they are common, so that "he" and "she" agree with "Anna Lührmann" or "Jens Plötner" though the
 * registry does not know them. Russian names in Cyrillic say it by their ending (-а/-я female), but for a few
 * male names.
 */
import data from '../../../../resources/persons/first-names.json'

type Gender = 'f' | 'm' | null

const FEMALE = new Set(data.female.map((n) => n.toLowerCase()))
const MALE = new Set(data.male.map((n) => n.toLowerCase()))
const RU_MALE_IN_A = new Set(data['ru-male-a'].map((n) => n.toLowerCase()))

/** The gender of a person's name from its first word; only for a name of two words or more ("Anna Schmidt"). */
export function firstNameGender(name: string): Gender {
  const words = name.trim().split(/\s+/u)
  if (words.length < 2) return null
  const first = words[0].toLowerCase()
  if (FEMALE.has(first)) return 'f'
  if (MALE.has(first)) return 'm'
  if (/^\p{Script=Cyrillic}+$/u.test(first) && /[ая]$/u.test(first)) return RU_MALE_IN_A.has(first) ? 'm' : 'f'
  return null
}
