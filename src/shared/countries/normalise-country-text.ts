import { foldForSearch } from '../people/fold-text'

// One canonical form for everything people write in a "country" cell, applied alike to the
// aliases and to the text being matched, so that comparison is plain string equality.

// "Korea, Republic of" and "Micronesia (Federated States of)" are how ISO and UN lists write long
// names; turn them back into reading order before anything else.
const INVERTED_COMMA =
  /^([^,()]+),\s*([^,()]*\b(?:of|of the|the|de|du|des|de la|la|le|les))\s*\.?\s*$/i
const INVERTED_PARENS =
  /^([^()]+?)\s*\(\s*([^()]*\b(?:of|of the|the|de|du|des|de la|la|le|les))\s*\)\s*$/i

// Abbreviations and connectors written many ways; mapped per token after folding.
const TOKEN_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['is', 'islands'],
  ['isl', 'islands'],
  ['kep', 'kepulauan'],
  ['rep', 'republic'],
  ['dem', 'democratic'],
  ['fed', 'federated'],
  ['dan', 'and'],
  ['et', 'and'],
  ['y', 'and'],
  ['und', 'and'],
])

/**
 * Canonical form of a country as written: reading order, folded (case, diacritics), apostrophes
 * and punctuation as spaces ("Côte d’Ivoire" → "cote d ivoire"), dotted initials joined
 * ("U.S.A." → "usa"), common abbreviations expanded ("St." → "saint", "&" → "and"), and a leading
 * "the" dropped. Empty for text with no letters or digits.
 */
export function normaliseCountryText(text: string): string {
  const ordered = text
    .slice(0, 200)
    .trim()
    .replace(INVERTED_COMMA, '$2 $1')
    .replace(INVERTED_PARENS, '$2 $1')
  // The ʻokina and ʼ belong inside a word ("Hawaiʻi"); other apostrophes mostly elide ("d’Ivoire").
  const spaced = ordered
    .replace(/[ʻʼ]/g, '')
    .replace(/['’‘`´]/g, ' ')
    .replace(/&/g, ' and ')
  const tokens = foldForSearch(spaced)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '')
  const joined: string[] = []
  let initials = ''
  for (const token of tokens) {
    if (token.length === 1 && /\p{L}/u.test(token)) {
      initials += token
      continue
    }
    if (initials !== '') joined.push(initials)
    initials = ''
    joined.push(token)
  }
  if (initials !== '') joined.push(initials)
  // A lone token is left alone: "IS", "ST" and "ET" are the codes of Iceland, São Tomé and Ethiopia.
  const mapped = joined.length > 1 ? joined.map((t) => TOKEN_SYNONYMS.get(t) ?? t) : joined
  if (mapped[0] === 'the' && mapped.length > 1) mapped.shift()
  return mapped.join(' ')
}

// Forms of government that precede a short name ("Kingdom of Tonga", "Republik Fiji",
// "République des Fidji"). Tried only when the full text is not itself an alias, so names where
// the form matters ("Republic of Korea", "Democratic Republic of the Congo") are aliases first.
const GOVERNMENT_FORM_EN =
  /^(?:(?:independent|federal|federative|democratic|islamic|united|plurinational|bolivarian|socialist|people s|peoples|arab|cooperative|co operative|oriental)\s+)*(?:state|states|kingdom|republic|principality|sultanate|commonwealth|grand duchy|federation|emirate|territory)\s+of\s+(?:the\s+)?/
const GOVERNMENT_FORM_ID =
  /^(?:republik|kerajaan|negara|kesultanan|keamiran|persemakmuran|federasi|keharyapatihan)(?:\s+(?:rakyat|demokratik|federal|islam|sosialis|persatuan|merdeka|kooperatif|arab))*\s+/
const GOVERNMENT_FORM_FR =
  /^(?:republique|royaume|etat|etats|principaute|sultanat|grand duche|federation|commonwealth)(?:\s+(?:independant|federale|federal|democratique|islamique|populaire|socialiste|arabe|unie|cooperative|plurinational))*\s+(?:de la|de|du|des|d)\s+/

/** The normalised text without a leading form of government, or the text itself. */
export function stripGovernmentForm(normalised: string): string {
  return normalised
    .replace(GOVERNMENT_FORM_EN, '')
    .replace(GOVERNMENT_FORM_ID, '')
    .replace(GOVERNMENT_FORM_FR, '')
}
