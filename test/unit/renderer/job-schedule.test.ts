import { describe, expect, it } from 'vitest'
import { intervalParts, linkFromData, SCHEDULE_PRESETS } from '../../../src/renderer/src/lib/job-schedule'

describe('job schedules', () => {
  it('names every preset in its largest whole unit', () => {
    expect(SCHEDULE_PRESETS.filter((s): s is number => s != null).map(intervalParts)).toEqual([
      { n: 15, unit: 'minutes' },
      { n: 30, unit: 'minutes' },
      { n: 1, unit: 'hours' },
      { n: 2, unit: 'hours' },
      { n: 6, unit: 'hours' },
      { n: 12, unit: 'hours' },
      { n: 1, unit: 'days' },
      { n: 1, unit: 'weeks' },
    ])
    expect(intervalParts(90 * 60)).toEqual({ n: 90, unit: 'minutes' })
    expect(intervalParts(3 * 86400)).toEqual({ n: 3, unit: 'days' })
  })
})

describe('linkFromData', () => {
  const data = (values: Record<string, string>) => (type: string) => values[type] ?? ''

  it('takes the first http(s) link of a uri-list, skipping comments', () => {
    expect(linkFromData(data({ 'text/uri-list': '# dragged from a browser\r\nhttps://www.mid.ru/ru/press_service/\r\nhttps://other.example/' }))).toBe('https://www.mid.ru/ru/press_service/')
  })

  it('falls back to a link inside plain text, and refuses other schemes', () => {
    expect(linkFromData(data({ 'text/plain': 'Siehe https://www.auswaertiges-amt.de/de/newsroom bitte' }))).toBe('https://www.auswaertiges-amt.de/de/newsroom')
    expect(linkFromData(data({ 'text/uri-list': 'file:///etc/passwd', 'text/plain': 'javascript:alert(1)' }))).toBeNull()
    expect(linkFromData(data({}))).toBeNull()
  })
})
