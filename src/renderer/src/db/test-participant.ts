import type { ParsedParticipant } from '../../../shared/registry/participant-input'

/** What the participant form hands a repository, for data-layer tests. */
export function parsedPerson(
  given: string,
  family: string,
  options: { passportNumber?: string; country?: string } = {},
): ParsedParticipant {
  const country = options.country ?? 'TO'
  return {
    contact: {
      honorific: '',
      givenName: given,
      familyName: family,
      fullName: '',
      gender: 'unspecified',
      organisation: '',
      position: '',
      emails: [`${given.toLowerCase()}@gov.${country.toLowerCase()}`],
      phones: [],
      notes: '',
    },
    participant: {
      role: 'delegate',
      mode: 'in_person',
      status: 'invited',
      dietary: '',
      accessibility: '',
      tags: [],
      documents: {
        nominationLetter: false,
        passportNumber: options.passportNumber ?? '',
        visaLetter: 'not_needed',
      },
      notes: '',
    },
    delegation: { kind: 'country', countryCode: country },
  }
}
