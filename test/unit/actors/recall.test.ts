import { describe, expect, it } from 'vitest'
import { createActorMatcher } from '../../../src/main/core/actors/matcher'
import { defaultSeed } from '../../../src/main/core/actors/seed'
import { INFLECTED_FORMS } from './inflected-forms'

const seed = defaultSeed()
const matcher = createActorMatcher(seed.actors, seed.lexicon)

/** Each form is put into a sentence of its language, as subject of a reporting verb. */
const FRAMES = {
  de: (form: string) => `Am Montag erklärte ${form} in einer Mitteilung, man sei besorgt.`,
  en: (form: string) => `On Monday ${form} said in a statement that it was concerned.`,
  ru: (form: string) => `В понедельник ${form} заявил, что обеспокоен.`,
}

const ARTICLE = /^(der|die|das|des|dem|den|ein|the) /i

/** The mention must name the expected actor and cover the form (an article may be left out). */
function recognised(lang: keyof typeof FRAMES, form: string, actorId: string): boolean {
  const text = FRAMES[lang](form)
  const start = text.indexOf(form)
  const core = form.replace(ARTICLE, '')
  const coreStart = start + form.length - core.length
  return matcher.findMentions(text, lang).some((m) => m.actorId === actorId && m.start <= coreStart && m.end >= start + form.length)
}

describe('recall over inflected forms', () => {
  const total = Object.values(INFLECTED_FORMS).reduce((n, list) => n + list.length, 0)

  it('covers at least 150 forms', () => {
    expect(total).toBeGreaterThanOrEqual(150)
  })

  for (const lang of ['de', 'en', 'ru'] as const) {
    it(`${lang}: recall ≥ 0.97`, () => {
      const misses = INFLECTED_FORMS[lang].filter(([form, id]) => !recognised(lang, form, id))
      const recall = 1 - misses.length / INFLECTED_FORMS[lang].length
      console.log(`actor recall ${lang}: ${recall.toFixed(3)} (${INFLECTED_FORMS[lang].length - misses.length}/${INFLECTED_FORMS[lang].length})`)
      expect(misses).toEqual([])
      expect(recall).toBeGreaterThanOrEqual(0.97)
    })
  }
})
