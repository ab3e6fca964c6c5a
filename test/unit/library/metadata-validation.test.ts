import { describe, expect, it } from 'vitest'
import { articleUrl, languageCode, publicationDate, validateMetadataPatch } from '../../../src/main/core/library/metadata-validation'

const today = new Date('2025-06-01T12:00:00Z')

describe('metadata validation', () => {
  it('accepts real days as YYYY-MM-DD and explains what is wrong otherwise', () => {
    expect(publicationDate('2024-02-29', today)).toBe('2024-02-29')
    expect(publicationDate(' ', today)).toBeNull()
    expect(() => publicationDate('17.03.2024', today)).toThrow('write it as YYYY-MM-DD')
    expect(() => publicationDate('2023-02-29', today)).toThrow('not a day of the calendar')
    expect(() => publicationDate('2024-13-01', today)).toThrow('not a day of the calendar')
    expect(() => publicationDate('1700-01-01', today)).toThrow('before 1800')
    expect(() => publicationDate('2026-01-01', today)).toThrow('in the future')
    expect(publicationDate('2025-06-02', today)).toBe('2025-06-02')
  })

  it('accepts only absolute http(s) addresses with a domain', () => {
    expect(articleUrl('https://www.tagesschau.de/ausland/a-1.html')).toBe('https://www.tagesschau.de/ausland/a-1.html')
    expect(articleUrl('')).toBeNull()
    expect(() => articleUrl('www.tagesschau.de/a')).toThrow('starting with https://')
    expect(() => articleUrl('javascript:alert(1)')).toThrow('only http:// and https://')
    expect(() => articleUrl('file:///etc/passwd')).toThrow('only http:// and https://')
    expect(() => articleUrl('https://intranet/a')).toThrow('no domain')
  })

  it('accepts ISO 639-1 codes in any case and cuts regional tags', () => {
    expect(languageCode('DE')).toBe('de')
    expect(languageCode('ru-RU')).toBe('ru')
    expect(languageCode('')).toBeNull()
    expect(() => languageCode('dt')).toThrow('ISO 639-1')
    expect(() => languageCode('German')).toThrow('ISO 639-1')
  })

  it('names the edited fields, normalises whitespace and clears with empty values', () => {
    const { values, fields } = validateMetadataPatch({ title: '  Neue\n Überschrift ', outlet: '', author: null, language: 'EN' }, today)
    expect(values).toEqual({ title: 'Neue Überschrift', site_name: null, byline: null, language: 'en' })
    expect(fields).toEqual(['title', 'outlet', 'author', 'language'])
    expect(() => validateMetadataPatch({ title: '   ' })).toThrow('title cannot be empty')
    expect(() => validateMetadataPatch({})).toThrow('Nothing to change')
    expect(() => validateMetadataPatch({ outlet: 'x'.repeat(301) })).toThrow('outlet is too long')
  })
})
