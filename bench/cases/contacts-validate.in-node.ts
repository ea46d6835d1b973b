// Measured: contactSchema.parse of each record (zod builds a checked copy with defaults).
// Baseline: a plain deep copy of each record, i.e. the same output without any checking.
// (Not structuredClone: its per-call serializer overhead costs more than zod itself.)
import { contactSchema, type Contact } from '../../src/shared/registry/model'
import { generateContacts } from '../data/contacts'
import type { CaseImpl } from '../types'

const copy = (c: Contact): Contact => ({
  ...c,
  emails: [...c.emails],
  phones: c.phones.map((p) => ({ ...p })),
})

export const impl: CaseImpl<Contact[]> = {
  setup: async (size) => generateContacts(0, size),
  measured: async (rows) => rows.map((row) => contactSchema.parse(row)),
  baseline: async (rows) => rows.map(copy),
}
