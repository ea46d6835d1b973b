// The passport retention rule: passport data of an event (numbers and expiry dates) is kept
// while it is needed for visas and travel, and purged a chosen number of days after the event
// ended. Dates are the event's local calendar dates (YYYY-MM-DD).

export const DEFAULT_PURGE_DAYS = 30
export const MAX_PURGE_DAYS = 3650

/** The first day the purge may run: `days` after the event's last day. */
export function purgeDueDate(endDate: string, days: number): string {
  const end = Date.parse(`${endDate}T00:00:00Z`)
  if (Number.isNaN(end)) throw new Error('invalid end date')
  return new Date(end + days * 86_400_000).toISOString().slice(0, 10)
}

export function isPurgeDue(endDate: string, days: number, today: string): boolean {
  return today >= purgeDueDate(endDate, days)
}

export function isValidPurgeDays(days: number): boolean {
  return Number.isInteger(days) && days >= 0 && days <= MAX_PURGE_DAYS
}

interface WithDocuments {
  documents: { passportNumber: string; passportExpiry?: string | undefined }
}

/** Participants who still hold passport data. */
export function holdsPassportData(p: WithDocuments): boolean {
  return p.documents.passportNumber !== '' || !!p.documents.passportExpiry
}

/** The documents with the passport data removed and everything else kept. */
export function withoutPassportData<T extends WithDocuments['documents']>(documents: T): T {
  const { passportExpiry: _expiry, ...rest } = documents
  return { ...rest, passportNumber: '' } as T
}
