// A spreadsheet as an embassy (or a colleague merging several) would send it back: a title row,
// the header, then `size` people drawn from the bench's deterministic contacts. As .xlsx
// (SheetJS, compressed, like Excel writes) or as UTF-8 CSV.
import * as XLSX from 'xlsx'
import { intlCountryName } from '../../src/shared/countries/country-names'
import { contactAt } from '../data/contacts'

export const IMPORT_HEADER = [
  'No',
  'Name',
  'Position',
  'Organisation',
  'Country',
  'Email',
  'Phone',
  'Attendance',
] as const

export function importRows(size: number): string[][] {
  const rows: string[][] = []
  for (let i = 0; i < size; i++) {
    const c = contactAt(i)
    rows.push([
      String(i + 1),
      [c.honorific, c.fullName].filter(Boolean).join(' '),
      c.position,
      c.organisation,
      intlCountryName(c.nationality ?? 'ID', 'en') ?? '',
      c.emails.join('; '),
      c.phones.map((p) => p.raw).join('; '),
      i % 3 === 0 ? 'Online' : 'In person',
    ])
  }
  return rows
}

export function importXlsxBytes(size: number): Uint8Array {
  const aoa = [
    ['Nomination form — Pacific Digital Diplomacy Workshop'],
    [...IMPORT_HEADER],
    ...importRows(size),
  ]
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), 'Participants')
  return new Uint8Array(
    XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer,
  )
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

export function importCsvBytes(size: number): Uint8Array {
  const lines = [IMPORT_HEADER, ...importRows(size)].map((r) => r.map(quote).join(','))
  return new TextEncoder().encode(lines.join('\r\n'))
}
