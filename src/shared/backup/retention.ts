// Which backups to keep. The rule, as a person would state it:
//   keep every backup of the last 24 hours, up to the 10 newest;
//   keep the newest backup of each of the last 14 calendar days (today included);
//   always keep the newest backup, however old.
// Everything else may be deleted. Files that are not backups are never considered at all.

export const RECENT_HOURS = 24
export const RECENT_MAX = 10
export const DAILY_DAYS = 14

export interface DatedBackup {
  name: string
  createdAt: string
}

const HOUR = 3_600_000

function dayKey(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at)
}

function daysBetween(fromKey: string, toKey: string): number {
  return Math.round(
    (Date.parse(`${toKey}T00:00:00Z`) - Date.parse(`${fromKey}T00:00:00Z`)) / (24 * HOUR),
  )
}

/** The names to keep. Entries with an unreadable date are kept: never delete what we cannot date. */
export function backupsToKeep(
  backups: readonly DatedBackup[],
  now: Date,
  timeZone = 'UTC',
): Set<string> {
  const keep = new Set<string>()
  const dated = backups
    .map((b) => ({ ...b, time: Date.parse(b.createdAt) }))
    .filter((b) => {
      if (Number.isNaN(b.time)) keep.add(b.name)
      return !Number.isNaN(b.time)
    })
    .sort((a, b) => b.time - a.time || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))

  if (dated[0]) keep.add(dated[0].name)
  // A backup dated in the future (a clock that was wrong) counts as recent.
  dated
    .filter((b) => now.getTime() - b.time < RECENT_HOURS * HOUR)
    .slice(0, RECENT_MAX)
    .forEach((b) => keep.add(b.name))

  const today = dayKey(now, timeZone)
  const newestOfDay = new Set<string>()
  for (const b of dated) {
    const day = dayKey(new Date(b.time), timeZone)
    const age = daysBetween(day, today)
    if (age < 0 || age >= DAILY_DAYS || newestOfDay.has(day)) continue
    newestOfDay.add(day)
    keep.add(b.name)
  }
  return keep
}

/** The complement: what a cleanup may delete, oldest first. */
export function backupsToDelete(
  backups: readonly DatedBackup[],
  now: Date,
  timeZone = 'UTC',
): string[] {
  const keep = backupsToKeep(backups, now, timeZone)
  return backups
    .filter((b) => !keep.has(b.name))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((b) => b.name)
}
