import { describe, expect, it } from 'vitest'
import { checkForSilentLoss, dataFingerprint, type DataManifest } from './manifest'

const manifest = (counts: Record<string, number>): DataManifest => ({
  version: 1,
  updatedAt: '2026-08-01T00:00:00.000Z',
  counts,
})

describe('silent loss check', () => {
  const full = {
    events: 2,
    participants: 120,
    contacts: 118,
    delegations: 17,
    settings: 4,
    changeLog: 900,
  }

  it('is quiet without a manifest (first run) and when the data is all there', () => {
    expect(checkForSilentLoss(null, {})).toEqual({ status: 'ok' })
    expect(checkForSilentLoss(manifest(full), full)).toEqual({ status: 'ok' })
    expect(checkForSilentLoss(manifest(full), { ...full, participants: 100 })).toEqual({
      status: 'ok',
    })
  })

  it('flags a database that came up empty', () => {
    expect(checkForSilentLoss(manifest(full), { settings: 1 })).toEqual({
      status: 'suspect',
      expected: 257,
      found: 0,
      expectedEvents: 2,
      foundEvents: 0,
    })
  })

  it('flags one much smaller, or one whose events are gone', () => {
    expect(
      checkForSilentLoss(manifest(full), { ...full, participants: 3, contacts: 3 }).status,
    ).toBe('suspect')
    expect(checkForSilentLoss(manifest({ events: 1 }), { events: 0 }).status).toBe('suspect')
  })

  it('is quiet when the app itself deleted the records: the history grew', () => {
    const afterUndo = { ...full, participants: 10, contacts: 10, changeLog: 1130 }
    expect(checkForSilentLoss(manifest(full), afterUndo)).toEqual({ status: 'ok' })
    // The same counts with the history gone (or no longer than before) are a loss.
    expect(checkForSilentLoss(manifest(full), { ...afterUndo, changeLog: 900 }).status).toBe(
      'suspect',
    )
    expect(checkForSilentLoss(manifest(full), { ...afterUndo, changeLog: 0 }).status).toBe(
      'suspect',
    )
  })

  it('does not count settings or history as work, and ignores tiny databases', () => {
    expect(checkForSilentLoss(manifest({ settings: 50, changeLog: 500 }), {}).status).toBe('ok')
    expect(checkForSilentLoss(manifest({ contacts: 4 }), { contacts: 1 }).status).toBe('ok')
  })

  it('fingerprints counts in a stable order with the change log end', () => {
    expect(dataFingerprint({ b: 2, a: 1 }, 7)).toBe('a:1,b:2|7')
    expect(dataFingerprint({ a: 1, b: 2 }, 7)).toBe(dataFingerprint({ b: 2, a: 1 }, 7))
    expect(dataFingerprint({ a: 1 }, 8)).not.toBe(dataFingerprint({ a: 1 }, 7))
  })
})
