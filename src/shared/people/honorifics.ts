// Leading honorifics in a written name ("H.E. Dr. Jane Doe", "Bapak Joko", "Hon. Fiamē …").
// The honorific is kept as free text, exactly as written; recognising it only lets names be
// compared and sorted without it.
//
// Deliberately absent, because they are also common given names or surnames of delegates:
// "Pak" (Korean Pak/Park), "Bu", "Adi" (Indonesian given name, and a Fijian title), "Tun"
// (Burmese), "U" and "M." (initials), "Major" (surname), "H." (initial, or Indonesian Haji).

// Each entry is a regular-expression fragment for one honorific, matched case-insensitively at the
// start of the remaining text. Dots are optional unless a bare form would be a common word or name.
const PATTERNS: readonly string[] = [
  // Excellencies and parliamentary styles
  'h\\.\\s?e\\.?',
  '(?:his|her|their)\\s+excellenc(?:y|ies)',
  'the\\s+(?:rt\\.?\\s+|right\\s+)?hon(?:ou?rable|\\.)?',
  '(?:rt\\.?|right)\\s+hon(?:ou?rable|\\.)?',
  'hon(?:ou?rable|\\.)?',
  'amb(?:assador|\\.)?',
  'senator|sen\\.',
  // Academic and professional
  'assoc(?:iate|\\.)?\\s+prof(?:essor|\\.)?',
  'prof(?:essor|\\.)?',
  'dr\\.?',
  'doctor',
  'drs\\.?',
  'dra\\.',
  'ir\\.',
  // Civil
  'mr\\.?',
  'mrs\\.?',
  'ms\\.?',
  'miss',
  'mx\\.?',
  'mme\\.?',
  'mlle\\.?',
  'madame',
  'monsieur',
  'sir',
  'dame',
  'lord',
  'lady',
  // Indonesian and Malaysian
  'bapak',
  'bpk\\.?',
  'ibu',
  'sdr[ai]?\\.?',
  'tan\\s+sri',
  'puan\\s+sri',
  "dato['’]?\\s+sri",
  'datuk\\s+seri',
  "dato['’]?",
  'datuk',
  'datin',
  'hj\\.',
  'hjh\\.',
  // Samoan styles of address
  '(?:lau\\s+)?afioga',
  '(?:lau\\s+)?susuga',
  // Religious
  'rev(?:erend|d|\\.)?',
  'fr\\.',
  // Military ranks, dotted forms only
  'gen\\.',
  'col\\.',
  'capt\\.',
  'maj\\.',
  'lt\\.',
]

// An honorific counts only when a name follows it: either whitespace then text, or, after a dot,
// text straight away ("Dr.Jane").
const HONORIFIC_AT_START = new RegExp(`^(?:${PATTERNS.join('|')})(?:\\s+|(?<=\\.))(?=\\S)`, 'iu')
// Undotted "HE" is also the Chinese surname He ("HE Yafei"); accept it only before at least two
// more words ("HE Mr John Smith", "HE Siosaia Ma'ulupekotofa Tuita"). Case-insensitive like the
// rest, so that name keys do not depend on how a name was capitalised.
const BARE_HE = /^he\s+(?=\S+\s+\S)/iu

export interface SplitName {
  /** The leading honorifics as written, single-spaced ("H.E. Dr."), or '' when there are none. */
  honorific: string
  /** The rest of the text, trimmed. */
  rest: string
}

/**
 * Splits leading honorifics off a written name. Several may be stacked ("H.E. Dr."). Never
 * consumes the whole text: a lone "Dr" stays as the name.
 */
export function splitHonorific(text: string): SplitName {
  let rest = text.trim()
  const found: string[] = []
  for (;;) {
    const match = HONORIFIC_AT_START.exec(rest) ?? (found.length === 0 ? BARE_HE.exec(rest) : null)
    if (!match) break
    found.push(match[0].trim().replace(/\s+/g, ' '))
    rest = rest.slice(match[0].length).trimStart()
  }
  return { honorific: found.join(' '), rest }
}
