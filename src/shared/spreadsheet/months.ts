// Month names and abbreviations in Indonesian, English and French, lower case, no accents.
const names: readonly (readonly string[])[] = [
  ['januari', 'january', 'janvier', 'jan', 'janv'],
  ['februari', 'pebruari', 'february', 'fevrier', 'feb', 'peb', 'fev', 'fevr'],
  ['maret', 'march', 'mars', 'mar'],
  ['april', 'avril', 'apr', 'avr'],
  ['mei', 'may', 'mai'],
  ['juni', 'june', 'juin', 'jun'],
  ['juli', 'july', 'juillet', 'jul', 'juil'],
  ['agustus', 'august', 'aout', 'agu', 'agt', 'ags', 'aug'],
  ['september', 'septembre', 'sep', 'sept'],
  ['oktober', 'october', 'octobre', 'okt', 'oct'],
  ['november', 'nopember', 'novembre', 'nov', 'nop'],
  ['desember', 'december', 'decembre', 'des', 'dec'],
]

export const MONTHS: ReadonlyMap<string, number> = new Map(
  names.flatMap((words, i) => words.map((w) => [w, i + 1] as const)),
)
