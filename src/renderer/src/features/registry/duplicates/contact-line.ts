import { displayName } from '../../../../../shared/people/names'
import type { Contact } from '../../../../../shared/registry/model'

/** A contact's name and a short line that tells two namesakes apart (email, country). */
export function contactLine(
  contact: Contact,
  countryName: (code: string) => string,
): { name: string; detail: string } {
  const parts = [
    contact.emails[0] ?? '',
    contact.nationality ? countryName(contact.nationality) : '',
  ].filter((p) => p !== '')
  return { name: displayName(contact), detail: parts.length ? ` · ${parts.join(' · ')}` : '' }
}
