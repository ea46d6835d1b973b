import type { Table } from 'dexie'
import { pressProfileSchema, type PressProfile } from '../../../shared/press/facts'
import { assertWritable, changeLogger, diffFields, type Store } from './store'

// What press facts read besides the registry: the event's press profile (organisers, theme,
// quoted official…) and the agenda's session spans.

/** A session's span as the press facts need it; read from the agenda's table, nothing else. */
export interface SessionSpan {
  start: string
  end: string
}

export function createPressFactsRepo(store: Store) {
  const { db } = store
  const profiles = (): Table<PressProfile, string> => db.table('pressProfiles')
  const log = changeLogger(store)

  async function getProfile(eventId: string): Promise<PressProfile> {
    const parsed = pressProfileSchema.safeParse(await profiles().get(eventId))
    return parsed.success ? parsed.data : pressProfileSchema.parse({ eventId })
  }

  async function saveProfile(profile: PressProfile): Promise<PressProfile> {
    assertWritable(store)
    const parsed = pressProfileSchema.parse(profile)
    return db.transaction('rw', [profiles(), db.changeLog], async () => {
      const at = store.now().toISOString()
      const before = await getProfile(parsed.eventId)
      const after: PressProfile = { ...parsed, updatedAt: at }
      const changes = diffFields(before, after)
      if (changes.length === 0) return before
      await profiles().put(after)
      await log(
        {
          entity: 'pressProfile',
          entityId: parsed.eventId,
          eventId: parsed.eventId,
          action: 'update',
          changes,
        },
        at,
      )
      return after
    })
  }

  /**
   * The event's sessions (start and end only), for session facts. The agenda owns the table;
   * records that do not have two valid instants are left out.
   */
  async function loadSessions(eventId: string): Promise<SessionSpan[]> {
    const rows: unknown[] = await db.table('sessions').where('eventId').equals(eventId).toArray()
    const spans: SessionSpan[] = []
    for (const row of rows) {
      if (typeof row !== 'object' || row === null) continue
      const { start, end } = row as { start?: unknown; end?: unknown }
      if (
        typeof start === 'string' &&
        typeof end === 'string' &&
        Number.isFinite(Date.parse(start)) &&
        Number.isFinite(Date.parse(end))
      )
        spans.push({ start, end })
    }
    return spans
  }

  return { getProfile, saveProfile, loadSessions }
}
