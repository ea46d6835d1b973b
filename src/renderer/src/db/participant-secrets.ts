import type { Participant } from '../../../shared/registry/model'
import type { ParsedParticipant } from '../../../shared/registry/participant-input'
import { keepOrSeal, openSecretOrKeep } from './secrets'

// The participant's sealed field is its passport number (documents.passportNumber). Stored
// records hold it sealed; what repositories return holds it open.

/** A participant as screens see it: the passport number readable (when this key sealed it). */
export async function openPassport(participant: Participant): Promise<Participant> {
  const stored = participant.documents.passportNumber
  if (!stored) return participant
  const passportNumber = await openSecretOrKeep(stored)
  return { ...participant, documents: { ...participant.documents, passportNumber } }
}

export async function openPassports(participants: readonly Participant[]): Promise<Participant[]> {
  // Most participants have no passport number: only those with one wait for WebCrypto.
  const out = [...participants]
  const opening: Promise<void>[] = []
  out.forEach((p, i) => {
    if (p.documents.passportNumber)
      opening.push(openPassport(p).then((open) => void (out[i] = open)))
  })
  await Promise.all(opening)
  return out
}

/** The form's input with its passport number sealed, reusing `stored` when it is unchanged. */
export async function sealPassportInput(
  input: ParsedParticipant,
  stored?: string,
): Promise<ParsedParticipant> {
  const text = input.participant.documents.passportNumber
  const passportNumber = await keepOrSeal(stored, text)
  if (passportNumber === text) return input
  return {
    ...input,
    participant: {
      ...input.participant,
      documents: { ...input.participant.documents, passportNumber },
    },
  }
}
