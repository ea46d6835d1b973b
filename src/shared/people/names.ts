import type { Contact } from '../registry/model'
import { foldForSearch } from './fold-text'
import { splitHonorific } from './honorifics'

/** The name fields of a contact; every field may be missing on imported or partial records. */
export type NameParts = Partial<
  Pick<Contact, 'honorific' | 'givenName' | 'familyName' | 'fullName'>
>

// Anything that is not a letter or digit separates name tokens: "Smith-Jones", "O'Neil" (the
// apostrophe is already folded away, so that becomes "oneil"), "Lee, Ann".
const TOKEN_SEPARATORS = /[^\p{L}\p{N}]+/u

function clean(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim()
}

/** The name as written, without honorifics: given + family when either is set, else fullName. */
function bareName(contact: NameParts): string {
  const parts = [clean(contact.givenName), clean(contact.familyName)].filter((p) => p !== '')
  const written = parts.length > 0 ? parts.join(' ') : clean(contact.fullName)
  return splitHonorific(written).rest
}

/** Folded name tokens, without honorifics. */
export function nameTokens(contact: NameParts): string[] {
  return foldForSearch(bareName(contact))
    .split(TOKEN_SEPARATORS)
    .filter((t) => t !== '')
}

/**
 * Comparison key for "same name": folded tokens, sorted, space-joined. Insensitive to order
 * ("Doe Jane" = "Jane Doe"), case, diacritics, apostrophes and leading honorifics. '' when the
 * contact has no name.
 */
export function nameKey(contact: NameParts): string {
  return nameTokens(contact).sort().join(' ')
}

/** The name key without one-letter tokens, so "John A. Smith" meets "John Smith". */
export function looseNameKey(contact: NameParts): string {
  return nameTokens(contact)
    .filter((t) => t.length > 1)
    .sort()
    .join(' ')
}

/**
 * The name as shown on badges and lists: honorific, given name, family name; or the full name when
 * the parts are empty. Mononyms are fine. The honorific is not repeated if the full name already
 * starts with it.
 */
export function displayName(contact: NameParts): string {
  const honorific = clean(contact.honorific)
  const parts = [clean(contact.givenName), clean(contact.familyName)].filter((p) => p !== '')
  if (parts.length > 0) return [honorific, ...parts].filter((p) => p !== '').join(' ')
  const full = clean(contact.fullName)
  if (honorific === '' || full.toLowerCase().startsWith(honorific.toLowerCase())) return full
  return full === '' ? honorific : `${honorific} ${full}`
}

/**
 * The name as sorted in alphabetical lists: "Family, Given" when a family name is known, else the
 * full name without honorifics (a full name's word order is not guessed: "Tuilaʻepa Sailele
 * Malielegaoi" has no safe "family name"). Compare results with Intl.Collator.
 */
export function sortName(contact: NameParts): string {
  const family = clean(contact.familyName)
  const given = splitHonorific(clean(contact.givenName)).rest
  if (family !== '') return given === '' ? family : `${family}, ${given}`
  if (given !== '') return given
  return splitHonorific(clean(contact.fullName)).rest
}
