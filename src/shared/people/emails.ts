// Email cells as embassies fill them: "a@x.org; B@X.ORG", "a@x.org / b@y.gov", "a@x.org or b@y.org",
// "Jane Doe <jane@x.org>", "mailto:a@x.org". Shape only: whether a mailbox exists is not knowable.

const MAX_EMAIL = 254
// Local part: the usual atext characters, dots inside only. Domain: dot-separated labels and a
// letter top-level domain. Unicode domains must be written in punycode (xn--…).
const EMAIL_SHAPE =
  /^[a-z0-9!#$%&'*+=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/
const SEPARATORS = /[\s,;/]+/
// Conjunctions between addresses, in the languages our forms come back in.
const CONJUNCTIONS = new Set(['or', 'and', 'atau', 'dan', 'ou', 'et', '&'])
// "Jane Doe <jane@x.org>": keep what is inside the brackets, drop the display name.
// The display name runs from the start of the cell or a separator, and holds no '@'.
const NAMED_ADDRESS = /(^|[,;])\s*(?:"[^"]*"\s*|[^,;<>"@]*)<([^<>]*)>/g

export interface NormalisedEmails {
  /** Valid addresses, trimmed, lower-cased, in first-seen order, without repeats. */
  emails: string[]
  /** Fragments that are not addresses, as written (trimmed), for the user to fix. */
  invalid: string[]
}

export function isEmailShape(text: string): boolean {
  return text.length <= MAX_EMAIL && EMAIL_SHAPE.test(text)
}

/** Splits, cleans, validates and deduplicates the addresses in one cell. */
export function normaliseEmails(text: string): NormalisedEmails {
  const emails: string[] = []
  const invalid: string[] = []
  const unwrapped = text.replace(NAMED_ADDRESS, '$1 $2 ')
  for (const fragment of unwrapped.split(SEPARATORS)) {
    if (fragment === '' || CONJUNCTIONS.has(fragment.toLowerCase())) continue
    const candidate = fragment
      .toLowerCase()
      .replace(/^mailto:/, '')
      .replace(/^[<("'[]+|[>)"'\].:]+$/g, '')
    if (isEmailShape(candidate)) {
      if (!emails.includes(candidate)) emails.push(candidate)
    } else {
      invalid.push(fragment)
    }
  }
  return { emails, invalid }
}
