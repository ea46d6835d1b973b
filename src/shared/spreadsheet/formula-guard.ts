// Excel treats a cell starting with = + - @ tab CR or LF as a formula (CSV injection), so our
// exporter prefixes such text with an apostrophe. To make that exactly reversible, text that
// already looks neutralised (apostrophes, then a trigger) gets one more apostrophe too:
// "=1" → "'=1", "'=1" → "''=1"; restore removes exactly one. Import restores; export neutralises.
const NEEDS_GUARD = /^'*[=+\-@\t\r\n]/

export function neutraliseFormula(text: string): string {
  return NEEDS_GUARD.test(text) ? "'" + text : text
}

export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && NEEDS_GUARD.test(text.slice(1)) ? text.slice(1) : text
}
