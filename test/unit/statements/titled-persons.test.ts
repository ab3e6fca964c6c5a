/**
 * People a text introduces with a title of a registered body (titled-persons.ts), on short news-like snippets:
 * who is learned, with which role and body, and who is not (precision first).
 */
import { describe, expect, it } from 'vitest'
import { createActorMatcher } from '../../../src/main/core/actors/matcher'
import { createPersonIndex } from '../../../src/main/core/actors/person-index'
import { defaultPersons } from '../../../src/main/core/actors/person-seed'
import { defaultSeed } from '../../../src/main/core/actors/seed'
import { extractStatements } from '../../../src/main/core/statements'
import { buildDocument } from '../../../src/main/core/statements/document'
import { findTitledPersons } from '../../../src/main/core/statements/titled-persons'
import type { TitledPerson } from '../../../src/main/core/statements/types'

const matcher = createActorMatcher(defaultSeed().actors)
const persons = createPersonIndex(defaultPersons())

const titled = (text: string, language: string) =>
  findTitledPersons(buildDocument(text, matcher, language, persons, '2024-03-01')).map((p) => [p.name, p.role, p.actorId, p.gender])

describe('people introduced with a title', () => {
  it('learns a name in apposition to a role of a registered body, in each language', () => {
    expect(titled('Die Lage sei ernst, sagte Anna Müllerowa, Sprecherin des russischen Außenministeriums, am Montag.', 'de')).toEqual([
      ['Anna Müllerowa', 'spokesperson', 'ru-mfa', 'f'],
    ])
    expect(titled('Der Sprecher des Auswärtigen Amts, Karl Beispiel, sagte, man prüfe den Vorgang.', 'de')).toEqual([['Karl Beispiel', 'spokesperson', 'de-mfa', 'm']])
    expect(titled('Kremlin spokesman John Doeman said on Monday that talks would continue.', 'en')).toEqual([['John Doeman', 'spokesperson', 'ru-pres', 'm']])
    expect(titled('John Smithson, a spokesman for the German Foreign Office, said the talks would continue.', 'en')).toEqual([
      ['John Smithson', 'spokesperson', 'de-mfa', 'm'],
    ])
    expect(titled('Заместитель министра иностранных дел России Иван Петровский заявил, что переговоры продолжатся.', 'ru')).toEqual([
      ['Иван Петровский', 'deputy-foreign-minister', 'ru-mfa', 'm'],
    ])
    expect(titled('Об этом сообщила официальный представитель МИД России Анна Петрова.', 'ru')).toEqual([['Анна Петрова', 'spokesperson', 'ru-mfa', 'f']])
    // A compound whose first part names the body.
    expect(titled('Das sei ein Fehler, sagte Kremlsprecher Iwan Doemann am Montag.', 'de')).toEqual([['Iwan Doemann', 'spokesperson', 'ru-pres', null]])
  })

  it('marks people the library already knows by their full name, so that nobody is learned twice', () => {
    const [p] = findTitledPersons(buildDocument('Das sagte Maria Sacharowa, Sprecherin des russischen Außenministeriums.', matcher, 'de', persons, null))
    expect(p).toMatchObject({ name: 'Maria Sacharowa', known: ['maria-zakharova'] })
  })

  it('learns nobody from a role without a name, a bare name, an unregistered body or a name set beside something else', () => {
    expect(titled('A spokesman for the ministry said the talks would continue.', 'en')).toEqual([])
    expect(titled('John Smithson said the talks would continue.', 'en')).toEqual([])
    expect(titled('Foreign Ministry spokeswoman Jane Roe said the move was wrong.', 'en')).toEqual([])
    expect(titled('Die Sprecherin des Gesundheitsministeriums, Anna Müller, sagte, man prüfe.', 'de')).toEqual([])
    // The name is the object of a verb, not in apposition to the role.
    expect(titled('Anna Müllerowa traf den Sprecher des russischen Außenministeriums.', 'de')).toEqual([])
    expect(titled('John Smithson met the spokesman of the German Foreign Office on Monday.', 'en')).toEqual([])
    // An office that does not say whose ("Secretary of State" of Ohio or of the United States?), or one held no longer.
    expect(titled('Ohio Secretary of State Jon Husted said the ruling was wrong.', 'en')).toEqual([])
    expect(titled('Secretary of State Jon Husted said the ruling was wrong.', 'en')).toEqual([])
    expect(titled('Das sei ein Fehler, sagte Regierungssprecher Karl Beispiel am Montag.', 'de')).toEqual([])
    expect(titled('Former Kremlin spokesman John Doeman said the talks had failed.', 'en')).toEqual([])
    expect(titled('Der ehemalige Sprecher des russischen Außenministeriums Karl Beispiel sagte, es sei ernst.', 'de')).toEqual([])
    // A surname alone, however titled, is no full name.
    expect(titled('Kremlin spokesman Doeman said the talks would continue.', 'en')).toEqual([])
    // German capitalised nouns after a title are no name ("Anfang Juni").
    expect(titled('Das sagte der Sprecher des Auswärtigen Amts Anfang Juni in Berlin.', 'de')).toEqual([])
    // Russian: after an oblique role the name is oblique too; its nominative is unknown.
    expect(titled('По словам официального представителя МИД России Ивана Петровского, переговоры продолжатся.', 'ru')).toEqual([])
  })

  it('links the person’s later statements in the text by surname, with the body of the title', () => {
    let found: TitledPerson[] = []
    const text = 'Kremlin spokesman John Doeman said on Monday that talks would continue. Later, Doeman said the talks had failed.'
    const statements = extractStatements(text, matcher, { language: 'en', date: '2024-03-01', persons, learnPersons: (f) => (found = f) })
    expect(found.map((p) => p.name)).toEqual(['John Doeman'])
    expect(statements.map((s) => [s.speaker, s.actorId, s.personId])).toEqual([
      ['Kremlin spokesman John Doeman', 'ru-pres', 'text:0'],
      ['Doeman', 'ru-pres', 'text:0'],
    ])
    // Without a learner, nobody is learned and nothing changes.
    expect(extractStatements(text, matcher, { language: 'en', date: '2024-03-01', persons }).map((s) => s.personId)).toEqual([null, null])
  })
})
