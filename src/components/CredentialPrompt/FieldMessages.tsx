import type { FieldMessage } from './use-credential-form'

/** The error messages under a field, client-side ones first. */
export function FieldMessages({ id, messages }: { id: string; messages: FieldMessage[] }) {
  if (messages.length === 0) return null
  return (
    <div id={id} className="farol-CredentialPrompt-error">
      {messages.map((message, index) => (
        <p key={index} lang={message.lang}>
          {message.text}
        </p>
      ))}
    </div>
  )
}
