import type { EventInput } from '../../../shared/events/model'
import { openDataLayer } from './index'

/** The event most data-layer tests work in: a hybrid workshop in Jakarta, 1–12 August 2026. */
export const workshop: EventInput = {
  nameEn: 'Workshop',
  kind: 'workshop',
  startDate: '2026-08-01',
  endDate: '2026-08-12',
  timeZone: 'Asia/Jakarta',
  mode: 'hybrid',
}

let opened = 0

/** A fresh database (named after `prefix`) holding the workshop, for data-layer tests. */
export async function openWithWorkshop(prefix: string) {
  const name = `${prefix}-${Date.now()}-${opened++}`
  const layer = await openDataLayer(name)
  const event = await layer.repos.events.create(workshop)
  return { ...layer, name, eventId: event.id }
}
