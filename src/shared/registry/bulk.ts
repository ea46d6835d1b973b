import type { Participant, ParticipantRole, ParticipantStatus, ParticipationMode } from './model'

/** One change applied to many participants at once (a bulk action). */
export interface BulkPatch {
  status?: ParticipantStatus
  mode?: ParticipationMode
  role?: ParticipantRole
  addTags?: readonly string[]
  removeTags?: readonly string[]
}

/** The participant after the patch; the same object when nothing changes. */
export function applyBulkPatch(
  participant: Participant,
  patch: BulkPatch,
  at: string,
): Participant {
  const next: Participant = { ...participant }
  if (patch.status) next.status = patch.status
  if (patch.mode) next.mode = patch.mode
  if (patch.role) next.role = patch.role
  if (patch.addTags?.length || patch.removeTags?.length) {
    const remove = new Set(patch.removeTags ?? [])
    const tags = participant.tags.filter((t) => !remove.has(t))
    for (const tag of patch.addTags ?? []) if (!tags.includes(tag)) tags.push(tag)
    next.tags = tags
  }
  const changed =
    next.status !== participant.status ||
    next.mode !== participant.mode ||
    next.role !== participant.role ||
    next.tags.join('\u0000') !== participant.tags.join('\u0000')
  if (!changed) return participant
  next.updatedAt = at
  return next
}

/**
 * A delegation has at most one head. Making `newHeadId` head demotes any other head of the same
 * delegation to delegate; returns the participants that change.
 */
export function reassignHead(
  delegationMembers: readonly Participant[],
  newHeadId: string,
  at: string,
): Participant[] {
  const changes: Participant[] = []
  for (const p of delegationMembers) {
    if (p.id === newHeadId && p.role !== 'head') changes.push({ ...p, role: 'head', updatedAt: at })
    else if (p.id !== newHeadId && p.role === 'head')
      changes.push({ ...p, role: 'delegate', updatedAt: at })
  }
  return changes
}
