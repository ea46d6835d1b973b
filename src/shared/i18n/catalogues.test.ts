import { describe, expect, it } from 'vitest'
import { catalogues, formatMessage, languages } from './index'

describe('i18n catalogues', () => {
  const englishKeys = Object.keys(catalogues.en).sort()

  it.each(languages)('%s has exactly the English keys', (lang) => {
    expect(Object.keys(catalogues[lang]).sort()).toEqual(englishKeys)
  })

  it.each(languages)('%s has no empty message', (lang) => {
    const empty = Object.entries(catalogues[lang]).filter(([, text]) => text.trim() === '')
    expect(empty).toEqual([])
  })

  it.each(languages)('%s uses the same placeholders as English in every message', (lang) => {
    const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort()
    for (const key of englishKeys) {
      const k = key as keyof typeof catalogues.en
      expect([key, placeholders(catalogues[lang][k])]).toEqual([
        key,
        placeholders(catalogues.en[k]),
      ])
    }
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('Hello {name}, {missing}', { name: 'Tevita' })).toBe(
      'Hello Tevita, {missing}',
    )
  })

  it('does not treat prototype names as parameters', () => {
    expect(formatMessage('{constructor} {toString}', {})).toBe('{constructor} {toString}')
  })
})
