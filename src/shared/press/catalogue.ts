// The placeholders a template may use: a fixed list. A template names a fact by key
// ("{{countries.list}}"); the renderer looks keys up in a Map built from this list, never as a
// property of an object, so "{{constructor}}" or "{{__proto__}}" are simply unknown.
// The descriptions shown to users live in the i18n catalogues under `press.fact.<key>`.

export const factKeys = [
  'event.name',
  'event.shortName',
  'event.theme',
  'event.dates',
  'event.startDate',
  'event.endDate',
  'event.days',
  'event.venue',
  'event.mode',
  'event.organisers',
  'countries.list',
  'countries.count',
  'organisations.list',
  'delegations.count',
  'participants.count',
  'participants.inPerson',
  'participants.online',
  'heads.list',
  'official.name',
  'official.honorific',
  'official.position',
  'official.organisation',
  'sessions.count',
  'sessions.dates',
  'release.number',
  'release.dateline',
  'release.date',
  'release.place',
] as const

export type FactKey = (typeof factKeys)[number]

export type FactGroup = 'event' | 'registry' | 'people' | 'sessions' | 'release'

export interface FactDefinition {
  key: FactKey
  group: FactGroup
  /** Lists diff by item ("+ Vanuatu"), counts and text by value ("17 → 18"). */
  kind: 'text' | 'count' | 'list'
}

const groupOf = (key: FactKey): FactGroup => {
  if (key.startsWith('event.')) return 'event'
  if (key.startsWith('official.') || key === 'heads.list') return 'people'
  if (key.startsWith('sessions.')) return 'sessions'
  if (key.startsWith('release.')) return 'release'
  return 'registry'
}

const kindOf = (key: FactKey): FactDefinition['kind'] => {
  if (key.endsWith('.count') || key.startsWith('participants.') || key === 'event.days')
    return 'count'
  if (key.endsWith('.list')) return 'list'
  return 'text'
}

export const factCatalogue: ReadonlyMap<string, FactDefinition> = new Map(
  factKeys.map((key) => [key, { key, group: groupOf(key), kind: kindOf(key) }]),
)

export function isFactKey(key: string): key is FactKey {
  return factCatalogue.has(key)
}

/** How a placeholder is written in a template. */
export function tokenFor(key: string): string {
  return `{{${key}}}`
}

/**
 * A placeholder in text: two braces, up to 100 characters without braces, two braces. Spaces
 * inside are allowed ("{{ event.name }}"). Anything else with braces is ordinary text.
 */
export const TOKEN_PATTERN = /\{\{([^{}]{1,100})\}\}/g
