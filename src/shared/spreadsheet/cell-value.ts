import type { CellValue } from './types'

export function isDateCell(v: CellValue | undefined): v is { kind: 'date'; serial: number } {
  return typeof v === 'object' && v !== null && v.kind === 'date'
}

export function isBlank(v: CellValue | undefined): boolean {
  return v == null || (typeof v === 'string' && v.trim() === '')
}

/** The numeric value of a number cell (plain or formatted), else undefined. */
export function cellNumber(v: CellValue | undefined): number | undefined {
  if (typeof v === 'number') return v
  if (typeof v === 'object' && v !== null && v.kind === 'number') return v.value
  return undefined
}

/**
 * The cell as text, the way a person reading the sheet would copy it. Numbers print without
 * exponent or float noise (6793311234, not 6.79e9); formatted numbers keep their shown text
 * ("00123"); dates print as their serial so the date parser, not this, decides their meaning.
 */
export function cellText(v: CellValue | undefined): string {
  if (v == null) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE'
  if (typeof v === 'number') return numberText(v)
  if (v.kind === 'number') return v.text
  return numberText(v.serial)
}

function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0)
  // 15 significant digits is what Excel itself shows and stores.
  return String(Number(n.toPrecision(15)))
}

export function rowIsBlank(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every((v) => isBlank(v))
}

/** Distinct non-blank cell texts of a row, trimmed. */
export function distinctTexts(row: readonly CellValue[]): string[] {
  const seen = new Set<string>()
  for (const v of row) {
    const t = cellText(v).trim()
    if (t) seen.add(t)
  }
  return [...seen]
}
