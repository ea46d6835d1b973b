import { documentChecklist } from '../../../shared/registry/model'
import type { WriteRow } from '../../../shared/import-plan/plan'
import type { SekretariatDb } from './database'
import { keepOrSeal } from './secrets'

// Passport numbers from a file are sealed before their chunk's transaction (WebCrypto cannot run
// inside one), so no plain copy ever reaches IndexedDB, its journal or its change log. A number
// equal to the one stored keeps the stored ciphertext: re-importing the same file changes nothing.

/** The chunk with every passport number sealed; rows without one are returned as they are. */
export async function sealChunkPassports(
  db: SekretariatDb,
  eventId: string,
  chunk: readonly WriteRow[],
): Promise<WriteRow[]> {
  const withNumber = chunk.filter((r) => r.patch.participant.passportNumber)
  if (withNumber.length === 0) return [...chunk]
  const known = [...new Set(withNumber.flatMap((r) => (r.contactId ? [r.contactId] : [])))]
  const stored = new Map<string, string>()
  if (known.length) {
    const pairs = known.map((id) => [eventId, id] as [string, string])
    for (const p of await db.participants.where('[eventId+contactId]').anyOf(pairs).toArray())
      if (p.documents.passportNumber) stored.set(p.contactId, p.documents.passportNumber)
  }
  return Promise.all(
    chunk.map(async (row) => {
      const text = row.patch.participant.passportNumber
      // One too long stays as it is: the row then fails the registry's rules and is left out.
      if (!text || !documentChecklist.shape.passportNumber.safeParse(text).success) return row
      const passportNumber = await keepOrSeal(
        row.contactId ? stored.get(row.contactId) : undefined,
        text,
      )
      return {
        ...row,
        patch: { ...row.patch, participant: { ...row.patch.participant, passportNumber } },
      }
    }),
  )
}
