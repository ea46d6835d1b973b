// The List of Participants as a document model: delegations in protocol order (the registry's
// rule), members head first then by role rank and name, each with honorific, position and
// organisation. The .docx writer and the printable page both render this model.
import type { NameOverrides } from '../countries'
import type { EventRecord } from '../events/model'
import { translate, type Language } from '../i18n'
import { displayName } from '../people/names'
import type { ProtocolOrderBy } from '../people/protocol-order'
import type { Contact, Delegation, Participant, ParticipantStatus } from '../registry/model'
import { groupByDelegation } from '../registry/views/delegation-groups'
import { eventName, formatDateRange } from './event-text'

export interface LopEntry {
  participantId: string
  /** Honorific and name as printed: "H.E. Dr Jone Vakarau". */
  name: string
  position: string
  organisation: string
  isHead: boolean
  online: boolean
}

export interface LopGroup {
  /** Undefined for participants without a delegation (listed last). */
  delegationId: string | undefined
  name: string
  entries: LopEntry[]
}

export interface LopDocument {
  lang: Language
  title: string
  eventName: string
  dates: string
  venue: string
  headLabel: string
  onlineLabel: string
  pageLabel: string
  counts: string
  groups: LopGroup[]
}

export interface LopInput {
  event: EventRecord
  participants: readonly Participant[]
  contacts: ReadonlyMap<string, Contact>
  delegations: readonly Delegation[]
  lang: Language
  /** The order chosen for the event (alphabetical in a language, or from a drawn country). */
  by: ProtocolOrderBy
  countryNames?: NameOverrides
  /** Statuses left out of the list (by default people who will not or did not come). */
  excludeStatuses?: readonly ParticipantStatus[]
  /** Add "(online)" after those who take part online (useful for hybrid events). */
  markOnline?: boolean
}

export const withdrawnStatuses: readonly ParticipantStatus[] = ['declined', 'cancelled', 'no_show']

export function buildListOfParticipants(input: LopInput): LopDocument {
  const { lang, event } = input
  const excluded = new Set(input.excludeStatuses ?? withdrawnStatuses)
  const listed = input.participants.filter((p) => !excluded.has(p.status))
  // The order's language decides the alphabet; the names are printed in the document's language.
  const by: ProtocolOrderBy =
    typeof input.by === 'string' ? lang : { drawnFirst: input.by.drawnFirst, lang }
  const groups = groupByDelegation(listed, input.contacts, input.delegations, {
    by,
    ...(input.countryNames && { names: input.countryNames }),
  })
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, number>) =>
    translate(lang, key, params)
  const out: LopGroup[] = groups.map((g) => ({
    delegationId: g.delegation?.id,
    name: g.delegation ? g.name : t('lop.otherParticipants'),
    entries: g.members.map((m) => ({
      participantId: m.participant.id,
      name: displayName(m.contact),
      position: m.contact.position.trim(),
      organisation: m.contact.organisation.trim(),
      isHead: m.participant.role === 'head' && g.delegation !== undefined,
      online: Boolean(input.markOnline) && m.participant.mode === 'online',
    })),
  }))
  const delegationCount = out.filter((g) => g.delegationId !== undefined).length
  const people = out.reduce((n, g) => n + g.entries.length, 0)
  return {
    lang,
    title: t('lop.title'),
    eventName: eventName(event, lang),
    dates: formatDateRange(event.startDate, event.endDate, lang),
    venue: event.venue,
    headLabel: t('lop.headOfDelegation'),
    onlineLabel: t('lop.online'),
    pageLabel: t('lop.page'),
    counts: `${t('lop.delegations', { count: delegationCount })} · ${t('lop.participants', { count: people })}`,
    groups: out,
  }
}
