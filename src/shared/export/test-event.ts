// A complete event record for the export tests.
import type { EventRecord } from '../events/model'

export function makeEvent(over: Partial<EventRecord> = {}): EventRecord {
  return {
    id: 'e1',
    nameEn: 'Pacific Digital Diplomacy Workshop',
    nameId: 'Lokakarya Diplomasi Digital Pasifik',
    shortName: 'PDDW 2026',
    kind: 'workshop',
    startDate: '2026-08-01',
    endDate: '2026-08-12',
    timeZone: 'Asia/Jakarta',
    venue: 'Jakarta and online',
    mode: 'hybrid',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  }
}
