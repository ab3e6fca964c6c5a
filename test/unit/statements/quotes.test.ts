import { describe, expect, it } from 'vitest'
import { scanQuotes } from '../../../src/main/core/statements/quotes'

const contents = (text: string) => scanQuotes(text).map((q) => text.slice(q.start, q.end))

describe('scanQuotes', () => {
  it('finds every common quotation style', () => {
    expect(contents('Er sagte: „Ja.“ Sie sagte: »Nein.« Dann: ‚Vielleicht‘.')).toEqual(['Ja.', 'Nein.', 'Vielleicht'])
    expect(contents('He said “yes” and ‘no’ and "maybe".')).toEqual(['yes', 'no', 'maybe'])
    expect(contents('Он сказал: «Да». И ‹нет›.')).toEqual(['Да', 'нет'])
  })

  it('decides ambiguous marks by what is open: “ closes „ but opens an English quote; » closes « but opens »…«', () => {
    expect(contents('„Wir gehen“, sagte er. “We go,” he said.')).toEqual(['Wir gehen', 'We go,'])
    expect(contents('«Мы идём», — сказал он. »Wir gehen«, sagte sie.')).toEqual(['Мы идём', 'Wir gehen'])
  })

  it('closes with a straight mark between spaces, which cannot open anything (redewiedergabe-de-dev)', () => {
    expect(contents('Der König fragte: „Kann Er Träume deuten? " Darauf antwortete er.')).toEqual(['Kann Er Träume deuten?'])
    expect(contents('Er äußerte: „Die Italiener schlagen sich nicht, " und ging.')).toEqual(['Die Italiener schlagen sich nicht,'])
    expect(contents('He said " and then left.')).toEqual([])
    // Inside „ a straight mark before a word closes where the text never closes „ with “ or ” (text rebuilt from tokens).
    expect(contents('Wo der Begriff „Vaterland "fehlt, muß der Gegensatz fehlen.')).toEqual(['Vaterland'])
    expect(contents('Er schrieb: „Das Wort "Heimat" ist alt.“')).toEqual(['Das Wort "Heimat" ist alt.'])
  })

  it("reads typewriter quotes of two marks (''…'' in NYT text, ``…'' from TeX) as quotes, with the original offsets (PolNeAR)", () => {
    expect(contents("''This isn't tax reform,'' said Douglas Holtz-Eakin. ''It's anti-reform.''")).toEqual(["This isn't tax reform,", "It's anti-reform."])
    expect(contents("He said ``we will win'' and left.")).toEqual(['we will win'])
  })

  it('keeps nested quotes inside the outer one', () => {
    const text = '«Когда говорят о „мирной оппозиции“, молчат», — написала она.'
    const [outer] = scanQuotes(text)
    expect(text.slice(outer.start, outer.end)).toBe('Когда говорят о „мирной оппозиции“, молчат')
    expect(outer.nested.map((q) => text.slice(q.start, q.end))).toEqual(['мирной оппозиции'])
    expect(outer.nested[0].depth).toBe(1)
  })

  it('continues a quote over paragraphs when each continued paragraph reopens it', () => {
    const text = '„Erster Absatz.\n\n„Zweiter Absatz\n\n„Dritter Absatz“, sagte sie.'
    const [q] = scanQuotes(text)
    expect(text.slice(q.start, q.end)).toBe('Erster Absatz.\n\n„Zweiter Absatz\n\n„Dritter Absatz')
    expect(q.reopenings).toHaveLength(2)
  })

  it('continues an unclosed quote into the next paragraph only if that paragraph closes it', () => {
    expect(contents('"First part\n\nsecond part," he said.')).toEqual(['First part\n\nsecond part,'])
    expect(contents('„Offen geblieben\n\nNeuer Absatz ohne Ende.\n\nNoch einer.')).toEqual([])
  })

  it('does not take apostrophes or stray marks for quotes', () => {
    expect(contents("Russia's and Zakharova’s words, rock 'n' roll")).toEqual([])
    expect(contents('Ein „ einzelnes Zeichen. Dann „echt“.')).toEqual(['echt'])
  })

  it("reads a year cut short inside a quote as an elision, not a nested quote (PolNeAR: \"I come from the '60s\")", () => {
    expect(contents(`"I come from the '60s, a long time ago," she told him. "There was a lot of activism."`)).toEqual([
      "I come from the '60s, a long time ago,",
      'There was a lot of activism.',
    ])
    expect(contents('„Das war in den ’90ern anders“, sagte sie.')).toEqual(['Das war in den ’90ern anders'])
    expect(contents(`"We won in '16 and we will win again," he said.`)).toEqual(["We won in '16 and we will win again,"])
  })

  it('stays linear on pathological input', () => {
    const text = '„'.repeat(100_000) + '"a" '.repeat(50_000)
    expect(scanQuotes(text).length).toBeGreaterThan(0)
    // Straight marks after a space inside „ look ahead for a closing “ once, not once per mark.
    const marks = '„' + 'Wort "x '.repeat(200_000)
    const started = performance.now()
    scanQuotes(marks)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
