import { z } from 'zod'
import type { ProtocolOrderBy } from '../../people/protocol-order'
import { countryCode } from '../model'

// The protocol order staff chose for one event, as remembered in settings. A drawn country is
// kept with the choice: the lot is drawn once, in front of the delegations, and must not change
// when the screen is opened again.

const nameLang = z.enum(['en', 'id'])

export const protocolOrderChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('alphabetical'), lang: nameLang }),
  z.object({ kind: z.literal('drawn'), lang: nameLang, firstCountry: countryCode.optional() }),
])

export type ProtocolOrderChoice = z.infer<typeof protocolOrderChoiceSchema>

/** What protocolOrder needs; a lot not drawn yet orders alphabetically. */
export function toProtocolOrderBy(choice: ProtocolOrderChoice): ProtocolOrderBy {
  if (choice.kind === 'drawn' && choice.firstCountry)
    return { drawnFirst: choice.firstCountry, lang: choice.lang }
  return choice.lang
}

/**
 * A fair draw of one index in [0, count): random 32-bit values above the largest multiple of
 * `count` are rejected, so no country is more likely than another (no modulo bias).
 * `nextUint32` is crypto.getRandomValues in the app and a fixed sequence in tests.
 */
export function drawIndex(count: number, nextUint32: () => number): number {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('nothing to draw from')
  const range = 2 ** 32
  const limit = range - (range % count)
  for (;;) {
    const value = nextUint32()
    if (value < limit) return value % count
  }
}
