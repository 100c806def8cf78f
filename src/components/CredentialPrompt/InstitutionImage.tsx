import { useState } from 'react'

interface CredentialImageProps {
  id: string
  src: string | undefined
  alt: string
  unavailableText: string
}

/** The picture an institution sent (QR code, captcha). Only safe `src` values get here. */
export function CredentialImage({ id, src, alt, unavailableText }: CredentialImageProps) {
  const [failed, setFailed] = useState(false)
  if (!src || failed) {
    return (
      <p id={id} className="farol-CredentialPrompt-imageUnavailable">
        {unavailableText}
      </p>
    )
  }
  return (
    <img
      id={id}
      className="farol-CredentialPrompt-image"
      src={src}
      alt={alt}
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  )
}
