import { describe, expect, it } from 'vitest'
import { eventSchema } from '../../src/shared/events/model'
import { delegationSchema, participantSchema } from '../../src/shared/registry/model'
import { buildRows, filterRows } from '../../src/shared/registry/registry-view'
import { contactAt } from './contacts'
import {
  BENCH_EVENT_ID,
  benchEvent,
  generateDelegations,
  generateRegistry,
  organisationDelegations,
  participantAt,
} from './registry'

describe('generated registry', () => {
  const delegations = generateDelegations()
  const { contacts, participants } = generateRegistry(0, 3_000, delegations)

  it('is the same on every run, and participant i can be regenerated alone', () => {
    expect(generateDelegations()).toEqual(delegations)
    expect(generateRegistry(0, 3_000, delegations).participants).toEqual(participants)
    expect(participantAt(2_345, contactAt(2_345), delegations)).toEqual(participants[2_345])
    expect(participantAt(2_345, contactAt(2_345, 7), delegations, 7)).not.toEqual(
      participants[2_345],
    )
    expect(generateRegistry(1_000, 5, delegations).participants).toEqual(
      participants.slice(1_000, 1_005),
    )
  })

  it('is valid for the app’s schemas, unchanged by parsing', () => {
    expect(eventSchema.parse(benchEvent)).toEqual(benchEvent)
    for (const d of delegations) expect(delegationSchema.parse(d)).toEqual(d)
    for (const p of participants) expect(participantSchema.parse(p)).toEqual(p)
  })

  it('has ~20 delegations of one event: countries with a code, bodies with a name', () => {
    expect(delegations).toHaveLength(21)
    expect(new Set(delegations.map((d) => d.id)).size).toBe(21)
    for (const d of delegations) {
      expect(d.eventId).toBe(BENCH_EVENT_ID)
      if (d.kind === 'country') expect(d.countryCode).toMatch(/^[A-Z]{2}$/)
      else expect(organisationDelegations).toContain(d.organisationName)
    }
    expect(delegations.filter((d) => d.kind === 'organisation')).toHaveLength(4)
  })

  it('links each participant to its contact, one head per delegation, ids unique', () => {
    const ids = new Set(participants.map((p) => p.id))
    expect(ids.size).toBe(participants.length)
    for (const [i, p] of participants.entries()) {
      expect(p.contactId).toBe(contacts[i]!.id)
      expect(p.eventId).toBe(BENCH_EVENT_ID)
    }
    const heads = participants.filter((p) => p.role === 'head')
    expect(heads.map((p) => p.delegationId)).toEqual(delegations.map((d) => d.id))
  })

  it('mostly seats people in their own country’s delegation or their regional body', () => {
    const byId = new Map(delegations.map((d) => [d.id, d]))
    let own = 0
    for (const [i, p] of participants.entries()) {
      const d = p.delegationId ? byId.get(p.delegationId) : undefined
      if (p.delegationId) expect(d).toBeDefined()
      else expect(['organiser', 'media']).toContain(p.role)
      if (d?.countryCode === contacts[i]!.nationality) own++
      if (d?.organisationName === contacts[i]!.organisation) own++
    }
    expect(own / participants.length).toBeGreaterThan(0.85)
    // Every delegation has members beyond its head.
    for (const d of delegations)
      expect(participants.filter((p) => p.delegationId === d.id).length).toBeGreaterThan(1)
  })

  it('looks varied: every status and mode, documents missing and complete, travel dates', () => {
    expect(new Set(participants.map((p) => p.status)).size).toBe(8)
    expect(new Set(participants.map((p) => p.mode))).toEqual(new Set(['in_person', 'online']))
    expect(participants.some((p) => p.documents.passportNumber !== '')).toBe(true)
    expect(participants.some((p) => p.documents.visaLetter === 'requested')).toBe(true)
    expect(participants.some((p) => p.tags.length > 0)).toBe(true)
    expect(participants.some((p) => p.timeZone !== undefined)).toBe(true)
    for (const p of participants) {
      expect(p.createdAt <= p.updatedAt).toBe(true)
      if (p.arrival) expect(p.arrival < p.departure!).toBe(true)
      if (p.mode === 'online') expect(p.arrival).toBeUndefined()
    }
  })

  it('has people the benchmark queries find, in the registry’s own search', () => {
    const rows = buildRows(
      participants,
      new Map(contacts.map((c) => [c.id, c])),
      delegations,
      (c) => c,
    )
    expect(rows).toHaveLength(participants.length)
    for (const query of ['tuilaepa', 'jose ramos', 'ministry of', 'fuimaono@mfat']) {
      const found = filterRows(rows, query, {}).length
      expect(found, query).toBeGreaterThan(0)
      expect(found, query).toBeLessThan(rows.length)
    }
  })
})
