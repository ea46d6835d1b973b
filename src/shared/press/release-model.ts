import { z } from 'zod'
import { countryOrders } from './facts'
import { participantFilterSchema } from './participant-filter'
import { releaseKinds } from './starter-templates'

// A release as stored: its details, the text per language (the document model as JSON), the facts
// it was written from, and where it is in the workflow draft → in review → approved.

export const releaseStatuses = ['draft', 'review', 'approved'] as const
export type ReleaseStatus = (typeof releaseStatuses)[number]

export const statusActions = ['submit', 'approve', 'backToDraft', 'reopen'] as const
export type StatusAction = (typeof statusActions)[number]

const transitions: ReadonlyMap<StatusAction, { from: ReleaseStatus; to: ReleaseStatus }> = new Map([
  ['submit', { from: 'draft', to: 'review' }],
  ['approve', { from: 'review', to: 'approved' }],
  ['backToDraft', { from: 'review', to: 'draft' }],
  ['reopen', { from: 'approved', to: 'draft' }],
])

/** The status after `action`, or undefined when the action does not apply to `status`. */
export function nextStatus(status: ReleaseStatus, action: StatusAction): ReleaseStatus | undefined {
  const t = transitions.get(action)
  return t && t.from === status ? t.to : undefined
}

/** The actions open from a status, in the order the buttons are shown. */
export function actionsFrom(status: ReleaseStatus): StatusAction[] {
  return statusActions.filter((a) => nextStatus(status, a) !== undefined)
}

/** Approved text is locked: nothing changes it until the release is reopened. */
export function isLocked(status: ReleaseStatus): boolean {
  return status === 'approved'
}

export const versionReasons = [
  'created',
  'saved',
  'autosave',
  'status',
  'facts',
  'beforeRestore',
  'restored',
  'recovered',
] as const
export type VersionReason = (typeof versionReasons)[number]

/** An autosave also keeps a version when the last one is older than this. */
export const CHECKPOINT_MINUTES = 10

export function needsCheckpoint(lastVersionAt: string | undefined, now: Date): boolean {
  if (!lastVersionAt) return true
  const last = Date.parse(lastVersionAt)
  return !Number.isFinite(last) || now.getTime() - last >= CHECKPOINT_MINUTES * 60_000
}

const id = z.string().min(1).max(64)

export const releaseDetailsInput = z.object({
  title: z.string().trim().min(1).max(300),
  number: z.string().trim().max(100),
  place: z.string().trim().max(200),
  date: z.union([z.iso.date(), z.literal('')]),
  filter: participantFilterSchema,
  countryOrder: z.enum(countryOrders),
})
export type ReleaseDetailsInput = z.infer<typeof releaseDetailsInput>

export const pressReleaseSchema = releaseDetailsInput.extend({
  id,
  eventId: id,
  kind: z.enum(releaseKinds),
  templateId: z.string().max(64),
  status: z.enum(releaseStatuses),
  /** Per language, the document model's JSON (normalised on every read). */
  texts: z.object({ id: z.unknown(), en: z.unknown() }),
  /** The facts the text was last filled from (see facts.ts toSnapshot). */
  facts: z.unknown(),
  /** Increases with every save; a save based on an older revision is refused. */
  revision: z.number().int().min(0),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().max(200),
})
export type PressReleaseRecord = z.infer<typeof pressReleaseSchema>

export interface PressVersionRecord {
  seq?: number
  releaseId: string
  eventId: string
  at: string
  actor: string
  reason: VersionReason
  status: ReleaseStatus
  /** The revision of the release this version copies. */
  revision: number
  texts: { id: unknown; en: unknown }
  facts: unknown
}
