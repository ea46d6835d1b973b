import { foldForSearch } from '../people/fold-text'

// The names people show in a meeting are not their registry names. Zoom's "Name (Original Name)"
// column writes a renamed person as "Jone (Fiji MoFA) (Jone Vakarau)": the name they typed, then
// the name they signed in with, in the last parentheses. Phones join as "iPhone de Tevita" or
// "Galaxy A52". This reads what can be read; matching decides what it means.

export interface ReportName {
  raw: string
  /** The name as shown in the meeting, without the original name ("Jone (Fiji MoFA)"). */
  shown: string
  /** The name in the last parentheses, when there are parentheses ("Jone Vakarau"). */
  original: string | null
  /** The shown name without any parenthesised labels ("Jone"). */
  bare: string
  /** Parenthesised labels other than the original name ("Fiji MoFA"). */
  labels: string[]
  /** The name looks like a device, not a person. */
  device: boolean
  /** "Tevita" from "iPhone de Tevita" or "Tevita's iPad"; a hint only. */
  deviceOwner: string | null
}

const TRAILING_GROUP = /\s*\(([^()]*)\)\s*$/
// Tags the platforms add after a name; they are neither a name nor a label.
const PLATFORM_TAG = /^(guest|tamu|unverified|external|eksternal|host|co-host)$/i
const DEVICE_WORDS =
  'iphone|ipad|ipod|android|galaxy|samsung|redmi|xiaomi|huawei|oppo|vivo|realme|pixel|oneplus|nokia|motorola|macbook|imac|laptop|desktop|tablet|surface|chromebook'
// A device name starts with the device ("Galaxy A52", "iPhone de Tevita") or ends with one
// ("Tevita's iPad"); "Paddy Galaxy-Smith" is a person.
const DEVICE_FIRST = new RegExp(`^(?:${DEVICE_WORDS})(?:$|[\\s\\d(])`, 'i')
const DEVICE_LAST = new RegExp(`['’]s\\s+(?:${DEVICE_WORDS})(?:$|[\\s\\d(])`, 'i')
const MACHINE_NAME = /^(desktop|laptop)-[a-z0-9]{4,}$/i
const OWNER_AFTER = new RegExp(
  `^(?:${DEVICE_WORDS})(?:\\s+[\\w-]+){0,3}?\\s+(?:de|del|di|of|von|milik|dari)\\s+(.+)$`,
  'i',
)
const OWNER_BEFORE = new RegExp(`^(.+?)['’]s\\s+(?:${DEVICE_WORDS})\\b`, 'i')

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

export function readReportName(raw: string): ReportName {
  const text = squash(raw)
  const groups: string[] = []
  let rest = text
  for (let m = TRAILING_GROUP.exec(rest); m && groups.length < 5; m = TRAILING_GROUP.exec(rest)) {
    groups.unshift(squash(m[1]!))
    rest = rest.slice(0, m.index)
  }
  const bare = squash(rest)
  const nonEmpty = groups.filter((g) => g !== '' && !PLATFORM_TAG.test(g))
  const original = nonEmpty.length > 0 ? nonEmpty[nonEmpty.length - 1]! : null
  const labels = nonEmpty.slice(0, -1)
  const shown = squash([bare, ...labels.map((l) => `(${l})`)].join(' '))
  const subject = bare || text
  const device =
    DEVICE_FIRST.test(subject) || DEVICE_LAST.test(subject) || MACHINE_NAME.test(subject)
  const owner = OWNER_AFTER.exec(subject)?.[1] ?? OWNER_BEFORE.exec(subject)?.[1] ?? null
  return {
    raw,
    shown,
    original,
    bare,
    labels,
    device,
    deviceOwner: device && owner ? squash(owner) : null,
  }
}

/**
 * The names worth trying against the registry, most telling first: the original (signed-in)
 * name, then the shown name without labels, then the whole shown name. A name in parentheses
 * may also be just a label ("Siosaia (Tonga MFA)"), which is why the others are tried too.
 */
export function nameCandidates(name: ReportName): string[] {
  const list = [name.original, name.bare, name.shown].filter(
    (n): n is string => !!n && !name.device,
  )
  return [...new Set(list)]
}

/** The key a user's decision about a row is remembered under: its email, else its raw name. */
export function aliasKey(row: { name: string; email: string }): string {
  return aliasKeys(row)[0]!
}

/** Every key a remembered decision may be found under, the email's first. */
export function aliasKeys(row: { name: string; email: string }): string[] {
  const email = row.email.trim().toLowerCase()
  const name = `name:${foldForSearch(row.name)}`
  return email ? [`email:${email}`, name] : [name]
}
