import { describe, expect, it } from 'vitest'
import { statementTextQuery } from '../../../src/main/core/statements/statement-text-query'

describe('the text filter on statements', () => {
  it('matches words as written, folded like the index, with prefixes and phrases, over the statement columns only', () => {
    expect(statementTextQuery('Außenministerium Лавров*')).toBe('"Aussenministerium" AND "Лавров"*')
    expect(statementTextQuery('„von außen“ ёлка')).toBe('"von aussen" AND "елка"')
    expect(statementTextQuery('  ')).toBeNull()
    expect(statementTextQuery('say "')).not.toMatch(/title|text_stems|\{/u)
  })
})
