// Excel refuses a workbook whose sheet name is longer than 31 characters, holds : \ / ? * [ ],
// starts or ends with an apostrophe, is "History", or repeats another sheet's name (in any
// case). Names come from event names staff typed, so they are made safe here, and the caller
// tells the user when a name had to change.
import { EXCEL_MAX_SHEET_NAME } from './problems'

// Control characters cannot be typed into Excel's sheet tab either.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[:\\/?*[\]\u0000-\u001f\u007f]/g

export interface SheetName {
  name: string
  changed: boolean
}

/** A name Excel accepts, unique (case-insensitively) among `taken`, which it is added to. */
export function safeSheetName(wanted: string, taken: Set<string>, fallback = 'Sheet'): SheetName {
  let name = wanted.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim()
  name = name.replace(/^'+|'+$/g, '').trim()
  name = cut(name, EXCEL_MAX_SHEET_NAME)
  if (name === '') name = fallback
  if (name.toLowerCase() === 'history') name = `${name} 1`
  const base = name
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`
    name = cut(base, EXCEL_MAX_SHEET_NAME - suffix.length) + suffix
  }
  taken.add(name.toLowerCase())
  return { name, changed: name !== wanted }
}

/** At most `max` UTF-16 units, never splitting a surrogate pair, without trailing space. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end--
  return text.slice(0, end).trimEnd()
}
