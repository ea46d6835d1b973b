import type { Contact, Delegation, Participant } from '../../../shared/registry/model'

/** A contact as stored: the record plus its derived name key (an index). */
export type StoredContact = Contact & { nameKey: string; mergedFrom?: string[] }

/** Everything the registry screens of one event need, loaded at once. */
export interface EventRegistry {
  participants: Participant[]
  contacts: Map<string, StoredContact>
  delegations: Delegation[]
}

/** What an undoable registry change needs to put things back as they were. */
export interface RegistryUndo {
  /** Participants as they were before; restored with put. */
  before: Participant[]
  /** Participants created by the change; removed on undo. */
  createdIds: string[]
}
