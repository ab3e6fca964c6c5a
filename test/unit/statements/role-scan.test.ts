import { describe, expect, it } from 'vitest'
import { lexiconFor } from '../../../src/main/core/statements/lexicon'
import { matchesIn } from '../../../src/main/core/statements/patterns'
import { findRoles } from '../../../src/main/core/statements/role-scan'

/** What one pass per role finds, in the lexicon's order where two start at one place (the scan it replaces). */
function perRole(language: string, text: string) {
  const { roles } = lexiconFor(language)
  return roles
    .flatMap((role, k) => matchesIn(role.re, text, 0, text.length).map((m) => ({ start: m.index, end: m.index + m[0].length, k })))
    .sort((a, b) => a.start - b.start || a.k - b.k)
}

const scan = (language: string, text: string) => {
  const { roles } = lexiconFor(language)
  return findRoles(roles, text).map((m) => ({ start: m.start, end: m.end, k: roles.indexOf(m.role) }))
}

describe('role scan', () => {
  it('keeps a compound prefix only where the role allows one', () => {
    const text = 'Ein Kreml-Sprecher sagte, der EU-Vertreter und die UN-Generalsekretärin seien informiert, ein CDU-Politiker widersprach.'
    const found = scan('de', text).map((m) => text.slice(m.start, m.end))
    expect(found).toEqual(['Kreml-Sprecher', 'Vertreter', 'UN-Generalsekretärin', 'CDU-Politiker'])
  })

  it('finds what one pass per role finds', () => {
    const texts: [string, string][] = [
      ['de', 'Die Sprecherin des Ministeriums, ein Diplomat, zwei Experten und der Ex-Botschafter; Politologin Anna sagte, Augenzeugen hätten …'],
      ['en', 'A spokesman for the ministry, two officials and an analyst said; the Secretary-General and a former ambassador disagreed.'],
      ['ru', 'Представитель МИД, эксперты и политолог заявили, что пресс-секретарь и генеральный секретарь ООН ошиблись.'],
    ]
    for (const [language, text] of texts) {
      expect(perRole(language, text).length).toBeGreaterThan(2)
      expect(scan(language, text)).toEqual(perRole(language, text))
    }
  })
})
