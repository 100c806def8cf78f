import { useState, type InputHTMLAttributes } from 'react'

interface PasswordInputProps {
  /** Everything but `type`, which the toggle owns. */
  input: InputHTMLAttributes<HTMLInputElement>
  revealLabel: string
}

/** A password input with a show/hide toggle (a real toggle button, `aria-pressed`). */
export function PasswordInput({ input, revealLabel }: PasswordInputProps) {
  const [revealed, setRevealed] = useState(false)
  return (
    <span className="farol-CredentialPrompt-password">
      <input {...input} type={revealed ? 'text' : 'password'} />
      <button
        type="button"
        className="farol-Button farol-CredentialPrompt-reveal"
        aria-pressed={revealed}
        aria-controls={input.id}
        onClick={() => setRevealed((shown) => !shown)}
      >
        {revealLabel}
      </button>
    </span>
  )
}
