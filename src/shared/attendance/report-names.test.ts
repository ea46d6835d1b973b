import { describe, expect, it } from 'vitest'
import { aliasKey, aliasKeys, nameCandidates, readReportName } from './report-names'

describe('readReportName', () => {
  it('takes the original name from the last parentheses', () => {
    expect(readReportName('Jone (Fiji MoFA) (Jone Vakarau)')).toMatchObject({
      shown: 'Jone (Fiji MoFA)',
      original: 'Jone Vakarau',
      bare: 'Jone',
      labels: ['Fiji MoFA'],
      device: false,
    })
  })

  it('tries the original name, then the bare name, then the whole shown name', () => {
    expect(nameCandidates(readReportName('Siosaia (Tonga MFA) (Siosaia Lolohea)'))).toEqual([
      'Siosaia Lolohea',
      'Siosaia',
      'Siosaia (Tonga MFA)',
    ])
    // Without a rename, the parentheses may be a label only: the bare name is tried as well.
    expect(nameCandidates(readReportName('Mele Taufa (Tonga)'))).toEqual(['Tonga', 'Mele Taufa'])
    expect(nameCandidates(readReportName('  Roselyn   T '))).toEqual(['Roselyn T'])
  })

  it('drops the tags platforms add', () => {
    expect(readReportName('Roselyn Tuimabu (Guest)')).toMatchObject({
      original: null,
      bare: 'Roselyn Tuimabu',
    })
    expect(readReportName("Tevita's iPhone (Unverified)")).toMatchObject({
      device: true,
      deviceOwner: 'Tevita',
    })
  })

  it.each([
    ['iPhone de Tevita', 'Tevita'],
    ['Galaxy A52', null],
    ['iPad milik Dewi', 'Dewi'],
    ["Mele's iPad", 'Mele'],
    ['DESKTOP-7F3K2LQ', null],
    ['Samsung Galaxy S21 of Jone', 'Jone'],
  ])('%s is a device (owner %s)', (raw, owner) => {
    expect(readReportName(raw)).toMatchObject({ device: true, deviceOwner: owner })
    expect(nameCandidates(readReportName(raw))).toEqual([])
  })

  it.each(['Paddy Galaxy-Smith', 'Pixelle Tora', 'Sione Tupou'])('%s is a person', (raw) => {
    expect(readReportName(raw).device).toBe(false)
  })
})

describe('alias keys', () => {
  it('remembers by email when there is one, else by folded name', () => {
    expect(aliasKey({ name: 'Jone', email: 'Jone@Fiji.gov.fj ' })).toBe('email:jone@fiji.gov.fj')
    expect(aliasKey({ name: 'Galaxy  A52', email: '' })).toBe('name:galaxy a52')
    expect(aliasKeys({ name: 'Tuilaʻepa', email: 'x@y.ws' })).toEqual([
      'email:x@y.ws',
      'name:tuilaepa',
    ])
  })
})
