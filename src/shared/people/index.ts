// People rules: search folding, honorifics, names and name keys, duplicates, phones, emails and
// protocol order. Pure functions over registry records; no storage, no UI text.
export { foldForSearch, matchesSearch, searchTokens } from './fold-text'
export { editDistance, similarity } from './edit-distance'
export { splitHonorific, type SplitName } from './honorifics'
export { displayName, looseNameKey, nameKey, nameTokens, sortName, type NameParts } from './names'
export { classifyDuplicate, type DuplicateCandidate, type DuplicateClass } from './duplicates'
export { findDuplicateGroups, type DuplicateGroup, type DuplicatePair } from './duplicate-groups'
export { parsePhone, parsePhones } from './phones'
export { isEmailShape, normaliseEmails, type NormalisedEmails } from './emails'
export {
  checkSingleHead,
  orderWithinDelegation,
  protocolOrder,
  roleProtocolOrder,
  type DelegationMember,
  type ProtocolOrderBy,
  type ProtocolOrderOptions,
} from './protocol-order'
