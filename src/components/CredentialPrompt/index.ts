export { CredentialPrompt } from './CredentialPrompt'
export type { CredentialPromptProps, CredentialPromptMode, CredentialValues } from './types'
