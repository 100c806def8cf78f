export { CredentialPrompt } from './CredentialPrompt'
export type { CredentialPromptProps, CredentialPromptMode, CredentialValues } from './types'
export {
  useCredentialForm,
  type CredentialFieldProps,
  type CredentialFormField,
  type CredentialFormState,
  type UseCredentialFormProps,
} from './use-credential-form'
