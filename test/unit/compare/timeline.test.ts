import { describe, expect, it } from 'vitest'
import { timelineRows } from '../../../src/main/core/compare/timeline'

describe('timeline alignment', () => {
  it('puts what each column said on the same day in one row, oldest first, with gaps explicit', () => {
    const rows = timelineRows(
      [
        { statementId: 1, column: 0, date: '2022-01-05' },
        { statementId: 2, column: 1, date: '2022-01-05' },
        { statementId: 3, column: 0, date: '2022-01-02' },
        { statementId: 4, column: 0, date: '2022-01-05' },
        { statementId: 5, column: 1, date: null },
        { statementId: 6, column: 1, date: '2022-01-06' },
      ],
      2,
    )
    expect(rows.map((r) => [r.kind, r.date, r.gapDaysBefore, r.cells])).toEqual([
      ['date', '2022-01-02', 0, [[3], []]],
      ['date', '2022-01-05', 2, [[1, 4], [2]]],
      ['date', '2022-01-06', 0, [[], [6]]],
      ['undated', null, 0, [[], [5]]],
    ])
  })

  it('counts days across month and year ends', () => {
    const rows = timelineRows(
      [
        { statementId: 1, column: 0, date: '2021-12-30' },
        { statementId: 2, column: 1, date: '2022-01-02' },
      ],
      2,
    )
    expect(rows[1].gapDaysBefore).toBe(2)
  })
})
