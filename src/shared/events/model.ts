import { z } from 'zod'
import { isValidTimeZone } from '../time/zones'

export const eventKinds = ['workshop', 'conference', 'meeting', 'training', 'other'] as const
export const eventModes = ['hybrid', 'online', 'in_person'] as const

const localDate = z.iso.date()

/** What a user fills in to create or edit an event; checked on screen and again before saving. */
export const eventInput = z
  .object({
    nameEn: z.string().trim().min(1, 'required').max(300),
    nameId: z.string().trim().max(300).default(''),
    shortName: z.string().trim().max(40).default(''),
    kind: z.enum(eventKinds),
    startDate: localDate,
    endDate: localDate,
    timeZone: z.string().refine(isValidTimeZone, 'invalidZone'),
    venue: z.string().trim().max(300).default(''),
    mode: z.enum(eventModes),
  })
  .refine((e) => e.endDate >= e.startDate, { path: ['endDate'], message: 'endBeforeStart' })

export const eventSchema = z.object({
  id: z.string().min(1).max(64),
  nameEn: z.string().max(300),
  nameId: z.string().max(300),
  shortName: z.string().max(40),
  kind: z.enum(eventKinds),
  startDate: localDate,
  endDate: localDate,
  timeZone: z.string(),
  venue: z.string().max(300),
  mode: z.enum(eventModes),
  /** ISO instant when archived; archived events leave the switcher but keep their data. */
  archivedAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
})

export type EventInput = z.input<typeof eventInput>
export type EventRecord = z.infer<typeof eventSchema>
export type EventKind = (typeof eventKinds)[number]
export type EventMode = (typeof eventModes)[number]
