import { z } from 'zod'
import { participantStatuses, participationModes, type Participant } from '../registry/model'

// Which participants a release counts is the writer's visible choice: before an event the
// confirmed ones, after it those who attended; in person, online or both.

export const participantFilterSchema = z.object({
  statuses: z.array(z.enum(participantStatuses)).max(participantStatuses.length),
  modes: z.array(z.enum(participationModes)).max(participationModes.length),
})

export type ParticipantFilter = z.infer<typeof participantFilterSchema>

export const defaultParticipantFilter: ParticipantFilter = {
  statuses: ['confirmed', 'attended'],
  modes: ['in_person', 'online'],
}

/** The filter as stored, or the default when what is stored is not a valid filter. */
export function readParticipantFilter(raw: unknown): ParticipantFilter {
  const parsed = participantFilterSchema.safeParse(raw)
  if (!parsed.success) return defaultParticipantFilter
  return {
    statuses: participantStatuses.filter((s) => parsed.data.statuses.includes(s)),
    modes: participationModes.filter((m) => parsed.data.modes.includes(m)),
  }
}

export function countsParticipant(
  filter: ParticipantFilter,
  participant: Pick<Participant, 'status' | 'mode'>,
): boolean {
  return filter.statuses.includes(participant.status) && filter.modes.includes(participant.mode)
}
