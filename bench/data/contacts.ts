// Deterministic, contact-shaped records (valid against the app's contactSchema). Record i
// depends only on (seed, i), so data can be generated in chunks and any record regenerated.
import type { StoredContact } from '../../src/renderer/src/db/registry-types'
import { nameKey } from '../../src/shared/people/names'
import type { Contact, Gender } from '../../src/shared/registry/model'
import {
  countries,
  honorifics,
  MONONYM_SHARE,
  notes,
  organisations,
  positions,
  webmail,
} from './pools'
import { createRng, type Rng } from './prng'

export const DEFAULT_SEED = 20_260_801

// Records were created between 2019-01-01 and 2026-06-01 (fixed, not "now", for determinism).
const FROM = Date.UTC(2019, 0, 1)
const SPAN = Date.UTC(2026, 5, 1) - FROM

/** Lower-case ASCII for e-mail local parts: "Tuʻivakanō" -> "tuivakano". */
function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase()
}

/** A version-4-shaped UUID drawn from `rng`, like crypto.randomUUID gives the app. */
export function uuid(rng: Rng): string {
  const hex = (n: number) => Array.from({ length: n }, () => rng.int(16).toString(16)).join('')
  const variant = (8 + rng.int(4)).toString(16)
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`
}

function phone(rng: Rng, dial: string, digits: number): Contact['phones'][number] {
  const national = `${1 + rng.int(9)}${rng.digits(digits - 1)}`
  // As typed: spaced in groups of three or four, sometimes with a trunk "0" instead of "+dial".
  const grouped = national.replace(/(\d{3,4})(?=\d{3})/g, '$1 ')
  const raw = rng.chance(0.2) ? `0${grouped}` : `+${dial} ${grouped}`
  return { raw, e164: `+${dial}${national}` }
}

export function contactAt(index: number, seed: number = DEFAULT_SEED): Contact {
  const rng = createRng(seed, index)
  const country = rng.pick(countries)
  const givenName = rng.pick(country.given)
  const mononym = country.code === 'ID' && rng.chance(MONONYM_SHARE)
  const familyName = mononym ? '' : rng.pick(country.family)
  const fullName = mononym ? givenName : `${givenName} ${familyName}`
  const local = [givenName, familyName].map(asciiSlug).filter(Boolean).join('.')
  const emails = [`${local}${rng.chance(0.3) ? rng.int(100) : ''}@${country.domain}`]
  if (rng.chance(0.25)) emails.push(`${local}${rng.digits(2)}@${rng.pick(webmail)}`)
  const phones = [phone(rng, country.dial, country.digits)]
  if (rng.chance(0.3)) phones.push(phone(rng, country.dial, country.digits))
  const created = FROM + rng.int(SPAN)
  const updated = created + rng.int(FROM + SPAN - created)
  return {
    id: uuid(rng),
    honorific: rng.pick(honorifics),
    givenName,
    familyName,
    fullName,
    gender: rng.pick<Gender>(['female', 'male', 'male', 'female', 'unspecified']),
    organisation: rng.pick(organisations),
    position: rng.pick(positions),
    emails,
    phones,
    nationality: country.code,
    notes: rng.chance(0.1) ? rng.pick(notes) : '',
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(updated).toISOString(),
  }
}

/** Records start .. start+count-1 of the same deterministic sequence. */
export function generateContacts(start: number, count: number, seed?: number): Contact[] {
  return Array.from({ length: count }, (_, i) => contactAt(start + i, seed))
}

/** The same records as the app stores them: with the derived name key it indexes. */
export function generateStoredContacts(
  start: number,
  count: number,
  seed?: number,
): StoredContact[] {
  return generateContacts(start, count, seed).map((c) => ({ ...c, nameKey: nameKey(c) }))
}
