import { describe, expect, it } from 'vitest'
import { jobUrl, parseInterval } from '../../../src/main/core/fetch/job-url'

describe('jobUrl', () => {
  it('accepts http(s), adds https:// to a bare address, drops the fragment', () => {
    expect(jobUrl(' https://www.auswaertiges-amt.de/de/newsroom#top ')).toBe('https://www.auswaertiges-amt.de/de/newsroom')
    expect(jobUrl('mid.ru/ru/press_service/')).toBe('https://mid.ru/ru/press_service/')
    expect(jobUrl('http://127.0.0.1:8080/feed')).toBe('http://127.0.0.1:8080/feed')
  })
  it('refuses other schemes and nonsense with the reason', () => {
    expect(() => jobUrl('file:///etc/passwd')).toThrow('Only http and https addresses can be fetched')
    expect(() => jobUrl('javascript:alert(1)')).toThrow('Only http and https')
    expect(() => jobUrl('http://')).toThrow('is not a URL')
  })
})

describe('parseInterval', () => {
  it('reads minutes, hours, days and weeks', () => {
    expect(parseInterval('30m')).toBe(1800)
    expect(parseInterval('2h')).toBe(7200)
    expect(parseInterval('1d')).toBe(86400)
    expect(parseInterval('1.5h')).toBe(5400)
    expect(parseInterval('1w')).toBe(604800)
    expect(parseInterval('600')).toBe(600)
  })
  it('refuses nonsense and anything more often than once a minute', () => {
    expect(() => parseInterval('often')).toThrow('is not an interval (examples: 30m, 2h, 1d)')
    expect(() => parseInterval('30s')).toThrow('the shortest interval is one minute')
  })
})
