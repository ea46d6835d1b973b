// Planning a large file on the screen's thread without freezing it: rows are planned in slices
// with a yield to the browser between them (to paint, and to answer clicks such as Cancel).
import { createPlanner, type Plan, type PlanRow } from '../../../../../shared/import-plan/plan'
import type { BuildView } from '../../../../../shared/import-plan/session'
import type { ExistingPerson } from '../../../../../shared/import-plan/types'

const SLICE = 500

type Scheduler = { yield?: () => Promise<void> }

/** Gives the browser a turn: scheduler.yield where there is one, else a message round trip. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler
  if (scheduler?.yield) return scheduler.yield()
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })
}

export async function planInSlices(
  built: Pick<BuildView, 'rows' | 'nameKeys'>,
  existing: readonly ExistingPerson[],
  zone: string,
): Promise<Plan> {
  const planner = createPlanner(existing, zone)
  const rows: PlanRow[] = []
  for (let i = 0; i < built.rows.length; i++) {
    rows.push(planner.planRow(built.rows[i]!, built.nameKeys[i]))
    if (i % SLICE === SLICE - 1) await yieldToBrowser()
  }
  return { rows, people: planner.people }
}
