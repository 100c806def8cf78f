import { useState, type InputHTMLAttributes, type Ref } from 'react'

interface PasswordInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  inputRef: Ref<HTMLInputElement>
  revealLabel: string
}

/** A password input with a show/hide toggle (a real toggle button, `aria-pressed`). */
export function PasswordInput({ inputRef, revealLabel, id, ...rest }: PasswordInputProps) {
  const [revealed, setRevealed] = useState(false)
  return (
    <span className="farol-CredentialPrompt-password">
      <input
        {...rest}
        ref={inputRef}
        id={id}
        type={revealed ? 'text' : 'password'}
        className="farol-CredentialPrompt-input"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
      />
      <button
        type="button"
        className="farol-Button farol-CredentialPrompt-reveal"
        aria-pressed={revealed}
        aria-controls={id}
        onClick={() => setRevealed((shown) => !shown)}
      >
        {revealLabel}
      </button>
    </span>
  )
}
