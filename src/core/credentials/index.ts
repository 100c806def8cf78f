export { validateCredentials, MAX_PATTERN_INPUT_LENGTH } from './validate-credentials'
export type {
  CredentialIssue,
  CredentialIssueCode,
  CredentialValidation,
} from './validate-credentials'
export { credentialAutocomplete, credentialInputKind } from './input-kind'
export type { CredentialAutocomplete, CredentialInputKind } from './input-kind'
