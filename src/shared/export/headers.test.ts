import { describe, expect, it } from 'vitest'
import { translate } from '../i18n'
import { suggestMapping } from '../spreadsheet/map-columns'
import { lookupGender, lookupMode, lookupRole, lookupStatus } from '../spreadsheet/value-maps'
import {
  genders,
  participantRoles,
  participantStatuses,
  participationModes,
} from '../registry/model'
import { exportColumnIds, exportColumnsForView, importTargetOf } from './columns'
import { exportHeader } from './registry-table'

const header = (label: string, index: number) => ({ index, label, texts: [label] })

describe('export headers', () => {
  it.each(['en', 'id'] as const)(
    'in %s, every column maps to its importer field with full confidence',
    (lang) => {
      const columns = exportColumnIds.map((id, i) => header(exportHeader(id, lang), i))
      const mapping = suggestMapping(columns)
      for (const [i, id] of exportColumnIds.entries()) {
        const m = mapping[i]!
        const target = importTargetOf[id]
        if (target === null) expect([id, m.target]).toEqual([id, 'ignore'])
        else expect([id, m.target, m.confidence]).toEqual([id, target, 1])
      }
    },
  )

  it.each(['en', 'id'] as const)('in %s, every enum label reads back as its value', (lang) => {
    for (const r of participantRoles)
      expect([r, lookupRole(translate(lang, `role.${r}`))]).toEqual([r, r])
    for (const s of participantStatuses)
      expect([s, lookupStatus(translate(lang, `status.${s}`))]).toEqual([s, s])
    for (const m of participationModes)
      expect([m, lookupMode(translate(lang, `mode.${m}`))]).toEqual([m, m])
    // "Not stated" is exported blank, so it need not read back.
    for (const g of genders.filter((g) => g !== 'unspecified'))
      expect([g, lookupGender(translate(lang, `gender.${g}`))]).toEqual([g, g])
  })

  it('puts the ID first and expands the table columns to fields', () => {
    expect(exportColumnsForView(['name', 'email', 'passport', 'unknown', '__proto__'])).toEqual([
      'id',
      'honorific',
      'givenName',
      'familyName',
      'fullName',
      'email',
      'passportNumber',
      'passportExpiry',
    ])
  })
})
