import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { isSealed } from '../../../shared/backup/sealed'
import { parsedPerson } from './test-participant'

const person = (passportNumber: string) => parsedPerson('Tevita', 'Fifita', { passportNumber })
import {
  browserDataKey,
  importDataKey,
  keepOrSeal,
  openSecret,
  sealSecret,
  setDataKeySource,
  SecretUnavailableError,
} from './secrets'
import { openWithWorkshop } from './test-event'

const CANARY = 'CANARY-P7731942'

function setup() {
  setDataKeySource(browserDataKey)
  return openWithWorkshop('secrets')
}

/** Everything stored, as one string: where a plaintext copy would show. */
async function everythingStored(layer: Awaited<ReturnType<typeof setup>>): Promise<string> {
  return JSON.stringify(await layer.repos.backups.snapshot())
}

describe('sealed secrets', () => {
  it('seals with AES-GCM under a fresh IV and opens again; empty stays empty', async () => {
    setDataKeySource(browserDataKey)
    const a = await sealSecret(CANARY)
    const b = await sealSecret(CANARY)
    expect(isSealed(a)).toBe(true)
    expect(a).not.toBe(b)
    expect(a).not.toContain(CANARY)
    expect(await openSecret(a)).toBe(CANARY)
    expect(await sealSecret('')).toBe('')
    expect(await openSecret('legacy plain')).toBe('legacy plain')
  })

  it('refuses a value sealed with another key, and a tampered one', async () => {
    // Sealed on another computer: a key this one has never had.
    setDataKeySource(() =>
      importDataKey(crypto.getRandomValues(new Uint8Array(32)), '0123456789abcdef'),
    )
    const elsewhere = await sealSecret(CANARY)
    setDataKeySource(browserDataKey)
    await expect(openSecret(elsewhere)).rejects.toMatchObject({ code: 'other_key' })
    const sealed = await sealSecret(CANARY)
    const flipped = sealed.slice(0, -6) + (sealed.at(-6) === 'A' ? 'B' : 'A') + sealed.slice(-5)
    await expect(openSecret(flipped)).rejects.toBeInstanceOf(SecretUnavailableError)
  })

  it('opens values the desktop app sealed with its fallback key after main’s key arrives', async () => {
    setDataKeySource(browserDataKey)
    const sealedEarlier = await sealSecret(CANARY)
    const raw = crypto.getRandomValues(new Uint8Array(32))
    setDataKeySource(() => importDataKey(raw, 'fedcba9876543210'))
    expect(await openSecret(sealedEarlier)).toBe(CANARY)
    expect(raw.every((b) => b === 0)).toBe(true)
    setDataKeySource(browserDataKey)
  })

  it('keeps the stored value when unchanged, seals afresh when changed', async () => {
    setDataKeySource(browserDataKey)
    const stored = await sealSecret('A1234567')
    expect(await keepOrSeal(stored, 'A1234567')).toBe(stored)
    const changed = await keepOrSeal(stored, 'B7654321')
    expect(changed).not.toBe(stored)
    expect(await openSecret(changed)).toBe('B7654321')
    expect(await keepOrSeal(stored, '')).toBe('')
  })
})

describe('passport numbers in the registry', () => {
  it('are stored sealed, read open, and never logged; clearing leaves no readable copy', async () => {
    const layer = await setup()
    const { participant } = await layer.repos.participants.add(layer.eventId, person(CANARY))
    expect(await everythingStored(layer)).not.toContain(CANARY)
    const loaded = await layer.repos.participants.loadEvent(layer.eventId)
    expect(loaded.participants[0]?.documents.passportNumber).toBe(CANARY)

    // Saving the form unchanged writes no new ciphertext and logs nothing about the passport.
    await layer.repos.participants.update(participant.id, person(CANARY))
    const history = await layer.repos.participants.history(participant.id)
    expect(history.filter((h) => h.action === 'update')).toEqual([])

    await layer.repos.participants.update(participant.id, person(''))
    const after = await layer.repos.participants.loadEvent(layer.eventId)
    expect(after.participants[0]?.documents.passportNumber).toBe('')
    const stored = await everythingStored(layer)
    expect(stored).not.toContain(CANARY)
    expect(stored).toContain('••••')
  })

  it('seals plain-text passport numbers left from before, once', async () => {
    const layer = await setup()
    const { participant } = await layer.repos.participants.add(layer.eventId, person(''))
    // An old record (or one written by code that did not seal it).
    const tables = await layer.repos.backups.snapshot()
    const rows = tables.find((t) => t.name === 'participants')!.rows as Record<string, unknown>[]
    rows[0]!.documents = {
      nominationLetter: false,
      passportNumber: CANARY,
      visaLetter: 'not_needed',
    }
    await layer.repos.backups.restore(tables, layer.repos.backups.schemaVersion(), {
      at: '2026-08-01T00:00:00.000Z',
      backupCreatedAt: '2026-08-01T00:00:00.000Z',
      undoBackup: null,
    })
    expect(await everythingStored(layer)).toContain(CANARY)
    expect(await layer.repos.backups.sealPlaintextSecrets()).toBe(1)
    expect(await layer.repos.backups.sealPlaintextSecrets()).toBe(0)
    expect(await everythingStored(layer)).not.toContain(CANARY)
    const loaded = await layer.repos.participants.loadEvent(layer.eventId)
    expect(loaded.participants.find((p) => p.id === participant.id)?.documents.passportNumber).toBe(
      CANARY,
    )
  })
})

describe('passport purge', () => {
  it('removes passport numbers and expiry of one event, leaves no copy, logs no value', async () => {
    const layer = await setup()
    const withExpiry = person(CANARY)
    withExpiry.participant.documents.passportExpiry = '2031-05-17'
    const a = await layer.repos.participants.add(layer.eventId, withExpiry)
    const b = await layer.repos.participants.add(layer.eventId, {
      ...person(''),
      contact: { ...person('').contact, givenName: 'Sela' },
    })
    expect(
      await layer.repos.backups.purgePassportData(layer.eventId, [
        a.participant.id,
        b.participant.id,
      ]),
    ).toBe(1)
    const loaded = await layer.repos.participants.loadEvent(layer.eventId)
    const purged = loaded.participants.find((p) => p.id === a.participant.id)!
    expect(purged.documents).toEqual({
      nominationLetter: false,
      passportNumber: '',
      visaLetter: 'not_needed',
    })
    const stored = await everythingStored(layer)
    expect(stored).not.toContain(CANARY)
    expect(stored).not.toContain('2031-05-17')
    // Another event's participant is never touched through this event.
    expect(await layer.repos.backups.purgePassportData('other-event', [a.participant.id])).toBe(0)
  })
})
