// A word-level comparison of two texts, for comparing versions of a draft: Myers' O(ND)
// algorithm over words and the spaces between them, so a changed word shows as one deletion and
// one insertion and unchanged paragraphs stay unmarked.

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

/** Words, spaces and punctuation as separate tokens ("Tonga," → "Tonga", ","). */
export function wordTokens(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}\p{M}'’-]+|[^\s\p{L}\p{N}\p{M}]/gu) ?? []
}

// Beyond this many changed tokens the texts are shown as replaced (bounds time and memory).
const MAX_EDIT = 1_000

function myers(a: readonly string[], b: readonly string[]): DiffPart[] {
  const n = a.length
  const m = b.length
  const max = Math.min(n + m, MAX_EDIT)
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  let found = false
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) {
        found = true
        break
      }
    }
  }
  if (!found) {
    // Too different to be worth aligning: everything out, everything in.
    return [
      { op: 'delete', text: a.join('') },
      { op: 'insert', text: b.join('') },
    ]
  }
  const parts: DiffPart[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!
    const k = x - y
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1
    const prevX = vd[offset + prevK]!
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      x -= 1
      y -= 1
      parts.push({ op: 'equal', text: a[x]! })
    }
    if (d > 0) {
      if (x === prevX) parts.push({ op: 'insert', text: b[--y]! })
      else parts.push({ op: 'delete', text: a[--x]! })
    }
  }
  return parts.reverse()
}

/** The parts of `after` against `before`, neighbours of the same kind merged. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = wordTokens(before)
  const b = wordTokens(after)
  // Common start and end are cheap to take off first and usually most of a draft.
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail))
  const all: DiffPart[] = [
    ...a.slice(0, head).map((text) => ({ op: 'equal' as const, text })),
    ...middle,
    ...a.slice(a.length - tail).map((text) => ({ op: 'equal' as const, text })),
  ]
  return groupChanges(all)
}

// A run of spaces or punctuation alone is not worth keeping as "unchanged" between two changes:
// "Informasi lebih" replaced by "Fiji, Kaledonia" would otherwise read as words deleted and
// inserted in turn, around the shared spaces.
const FILLER = /^[\s\p{P}]*$/u

/**
 * Neighbours of the same kind merged; filler between changes folded into them, so each changed
 * stretch reads as one deletion followed by one insertion.
 */
function groupChanges(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  let deleted = ''
  let inserted = ''
  const flush = () => {
    if (deleted) out.push({ op: 'delete', text: deleted })
    if (inserted) out.push({ op: 'insert', text: inserted })
    deleted = ''
    inserted = ''
  }
  const pushEqual = (text: string) => {
    const last = out[out.length - 1]
    if (last?.op === 'equal') last.text += text
    else out.push({ op: 'equal', text })
  }
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    if (part.text === '') continue
    if (part.op === 'delete') deleted += part.text
    else if (part.op === 'insert') inserted += part.text
    else {
      const between = (deleted || inserted) && FILLER.test(part.text)
      const next = parts[i + 1]
      if (between && next !== undefined && next.op !== 'equal') {
        deleted += part.text
        inserted += part.text
      } else {
        flush()
        pushEqual(part.text)
      }
    }
  }
  flush()
  return out
}
