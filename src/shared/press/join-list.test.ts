import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { joinList } from './join-list'

const sample = readFileSync(
  new URL('../../../tests/fixtures/press/press_release_example_id.txt', import.meta.url),
  'utf8',
)

describe('joinList (house style: no comma before the conjunction)', () => {
  it('joins nothing, one, two and many', () => {
    expect(joinList([], 'id')).toBe('')
    expect(joinList(['Fiji'], 'id')).toBe('Fiji')
    expect(joinList(['Fiji'], 'en')).toBe('Fiji')
    expect(joinList(['Fiji', 'Samoa'], 'id')).toBe('Fiji dan Samoa')
    expect(joinList(['Fiji', 'Samoa'], 'en')).toBe('Fiji and Samoa')
    expect(joinList(['Tonga', 'Tuvalu', 'Vanuatu'], 'id')).toBe('Tonga, Tuvalu dan Vanuatu')
    expect(joinList(['Tonga', 'Tuvalu', 'Vanuatu'], 'en')).toBe('Tonga, Tuvalu and Vanuatu')
  })

  it('differs from Intl.ListFormat, which puts a comma before "dan"', () => {
    const intl = new Intl.ListFormat('id', { type: 'conjunction' }).format([
      'Tonga',
      'Tuvalu',
      'Vanuatu',
    ])
    expect(intl).toBe('Tonga, Tuvalu, dan Vanuatu')
    expect(joinList(['Tonga', 'Tuvalu', 'Vanuatu'], 'id')).not.toBe(intl)
  })

  it('writes the sample release’s 17 countries exactly as the ministry did', () => {
    const sentence = /yaitu (Kepulauan Cook[^.]*Vanuatu)\./.exec(sample)?.[1]
    expect(sentence).toBeDefined()
    const [head, last] = sentence!.split(' dan ')
    const names = [...head!.split(', '), last!]
    expect(names).toHaveLength(17)
    expect(joinList(names, 'id')).toBe(sentence)
  })

  it('leaves out blank items', () => {
    expect(joinList(['Fiji', ' ', '', 'Samoa'], 'en')).toBe('Fiji and Samoa')
  })
})
