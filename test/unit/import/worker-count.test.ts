import { describe, expect, it } from 'vitest'
import { defaultWorkerCount } from '../../../src/main/core/import/worker-count'

describe('defaultWorkerCount', () => {
  it('is one worker per core when memory allows', () => {
    expect(defaultWorkerCount(2, 24_000)).toBe(2)
    expect(defaultWorkerCount(8, 32_000)).toBe(8)
  })

  it('is fewer when memory could not hold them at their heap limit, and at least one', () => {
    expect(defaultWorkerCount(16, 4_000)).toBe(3)
    expect(defaultWorkerCount(4, 500)).toBe(1)
  })
})
