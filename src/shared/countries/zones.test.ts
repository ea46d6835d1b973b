import { describe, expect, it } from 'vitest'
import { countryCodes } from './directory'
import { countryZones, defaultZoneFor } from './zones'

function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

describe('countryZones', () => {
  it('lists every zone of Kiribati, FSM, PNG, French Polynesia and Indonesia, capital first', () => {
    expect(countryZones('KI')).toEqual(['Pacific/Tarawa', 'Pacific/Kanton', 'Pacific/Kiritimati'])
    expect([...countryZones('FM')].sort()).toEqual([
      'Pacific/Chuuk',
      'Pacific/Kosrae',
      'Pacific/Pohnpei',
    ])
    expect(countryZones('FM')[0]).toBe('Pacific/Pohnpei')
    expect(countryZones('PG')).toEqual(['Pacific/Port_Moresby', 'Pacific/Bougainville'])
    expect(countryZones('PF')).toEqual(['Pacific/Tahiti', 'Pacific/Marquesas', 'Pacific/Gambier'])
    expect(countryZones('ID')).toEqual([
      'Asia/Jakarta',
      'Asia/Pontianak',
      'Asia/Makassar',
      'Asia/Jayapura',
    ])
    expect(countryZones('AU')[0]).toBe('Australia/Sydney')
    expect(countryZones('AU')).toContain('Australia/Perth')
    expect(countryZones('US')[0]).toBe('America/New_York')
    expect(countryZones('US')).toContain('Pacific/Honolulu')
  })

  it('covers the single-zone Pacific states and territories', () => {
    const expected: Record<string, string> = {
      CK: 'Pacific/Rarotonga',
      NU: 'Pacific/Niue',
      WS: 'Pacific/Apia',
      AS: 'Pacific/Pago_Pago',
      TO: 'Pacific/Tongatapu',
      FJ: 'Pacific/Fiji',
      TV: 'Pacific/Funafuti',
      TK: 'Pacific/Fakaofo',
      PW: 'Pacific/Palau',
      NC: 'Pacific/Noumea',
      VU: 'Pacific/Efate',
      SB: 'Pacific/Guadalcanal',
      NR: 'Pacific/Nauru',
      WF: 'Pacific/Wallis',
      PN: 'Pacific/Pitcairn',
      GU: 'Pacific/Guam',
      MP: 'Pacific/Saipan',
    }
    for (const [code, zone] of Object.entries(expected))
      expect(countryZones(code), code).toEqual([zone])
  })

  it('returns only zones the platform accepts, for every code', () => {
    for (const code of countryCodes) {
      for (const zone of countryZones(code)) expect(isValidZone(zone), `${code} ${zone}`).toBe(true)
    }
  })

  it('is empty for unknown codes and uninhabited places', () => {
    expect(countryZones('XX')).toEqual([])
    expect(countryZones('__proto__')).toEqual([])
    expect(countryZones('BV')).toEqual([])
  })
})

describe('defaultZoneFor', () => {
  it('fills in the zone only when there is exactly one', () => {
    expect(defaultZoneFor('FJ')).toBe('Pacific/Fiji')
    expect(defaultZoneFor('CK')).toBe('Pacific/Rarotonga')
    for (const code of ['KI', 'FM', 'PG', 'PF', 'ID', 'AU', 'US', 'BV', 'XX']) {
      expect(defaultZoneFor(code), code).toBeUndefined()
    }
  })
})
