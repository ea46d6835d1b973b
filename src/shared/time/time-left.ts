// "About 20 seconds left" for long work that reports how far it is: the rate so far, applied to
// what remains. Rounded up to steps a person reads at a glance, so the figure does not flicker
// with every update, and only offered once there is enough to go on.

/** Work must have run this long, and this share of it be done, before a guess is worth showing. */
const MIN_ELAPSED_MS = 1_000
const MIN_SHARE_DONE = 0.02

export type TimeLeft = { unit: 'second' | 'minute'; value: number }

/**
 * The time left, rounded up: seconds in steps of 5 under a minute, whole minutes above; null
 * while it is too early to say, when nothing is left, or for nonsense input.
 */
export function timeLeft(elapsedMs: number, done: number, total: number): TimeLeft | null {
  if (!(elapsedMs >= MIN_ELAPSED_MS) || !(total > 0) || !(done > 0) || done >= total) return null
  if (done / total < MIN_SHARE_DONE) return null
  const leftMs = (elapsedMs / done) * (total - done)
  if (!Number.isFinite(leftMs)) return null
  const seconds = Math.ceil(leftMs / 1000)
  if (seconds < 60) return { unit: 'second', value: Math.max(5, Math.ceil(seconds / 5) * 5) }
  return { unit: 'minute', value: Math.ceil(seconds / 60) }
}
